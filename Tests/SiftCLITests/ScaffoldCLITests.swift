import Foundation
import Testing

/// `pipeline new-stage`: refusals and the files it writes (fast; the full build is ScaffoldBuildTests).
@Suite(.serialized, .enabled(if: NewStageCLI.available, "this build's PipelineCommand does not list NewStageCommand yet"))
struct ScaffoldCLITests {
    /// A throwaway folder holding what the scaffolder reads and edits.
    static func skeleton() throws -> URL {
        let folder = try CLI.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("Sources/SiftPlugins"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("Plugins"), withIntermediateDirectories: true)
        for path in ["Package.swift", "Sources/SiftPlugins/PluginStages.swift"] {
            try manager.copyItem(at: CLI.packageRoot.appendingPathComponent(path), to: folder.appendingPathComponent(path))
        }
        try manager.copyItem(at: CLI.packageRoot.appendingPathComponent("Plugins/Templates"), to: folder.appendingPathComponent("Plugins/Templates"))
        return folder
    }

    @Test func createsThePluginAndSaysWhatToDoNext() throws {
        let folder = try Self.skeleton()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["new-stage", "WordCount", "--package-dir", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains("created stage plugin WordCount (id word_count.custom.v1, alias word-count, layer word_count)"))
        #expect(result.output.contains("swift test --filter WordCount"))
        for path in ["Plugins/Stages/WordCount/Sources/WordCountStage.swift", "Plugins/Stages/WordCount/Tests/WordCountStageTests.swift"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test(arguments: [
        (["new-stage", "word_count"], "not a plugin name"),
        (["new-stage", "Quotes"], "already registered"),
        (["new-stage", "Demo", "--id", "tokenize"], "not a stage id"),
        (["new-stage", "Demo", "--package-dir", "/nonexistent-sift"], "a Sift package checkout"),
    ])
    func refusesWithAReason(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

/// Whether the built `pipeline` has the `new-stage` subcommand.
enum NewStageCLI {
    static let available = ((try? CLI.run(["--help"]))?.output ?? "").contains("new-stage")
}
