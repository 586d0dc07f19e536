import Foundation
import SiftScaffold
import Testing

/// The scaffolder on a throwaway package skeleton: names, files, manifest and list edits, refusals.
/// (The full check — a fresh scaffold builds and passes its tests — is the CLI's ScaffoldBuildTests.)
@Suite struct StageScaffoldTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of Package.swift, the plugin list and the templates in a temporary folder.
    func skeleton() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-scaffold-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("Sources/SiftPlugins"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("Plugins"), withIntermediateDirectories: true)
        for path in ["Package.swift", "Sources/SiftPlugins/PluginStages.swift"] {
            try manager.copyItem(at: Self.root.appendingPathComponent(path), to: folder.appendingPathComponent(path))
        }
        try manager.copyItem(at: Self.root.appendingPathComponent("Plugins/Templates"), to: folder.appendingPathComponent("Plugins/Templates"))
        return folder
    }

    static let names: [(String, String, String)] = [
        ("WordCount", "word-count", "word_count"), ("Demo", "demo", "demo"), ("NER2", "ner2", "ner2"),
        ("HTMLCleaner", "html-cleaner", "html_cleaner"), ("Top10Words", "top10-words", "top10_words"),
    ]

    @Test(arguments: names)
    func namesGiveIdsAliasesAndLayers(name: String, alias: String, layer: String) throws {
        let scaffold = try StageScaffold(name: name)
        #expect(scaffold.alias == alias)
        #expect(scaffold.layer == layer)
        #expect(scaffold.id == "\(layer).custom.v1")
    }

    @Test(arguments: ["wordCount", "Word-Count", "Word Count", "", "SiftThing", "Ünïcode", String(repeating: "A", count: 41)])
    func badNamesAreRefused(name: String) {
        #expect(throws: ScaffoldError.self) { try StageScaffold(name: name) }
    }

    @Test func badIdsAreRefused() {
        #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo", id: "Demo.V1") }
        #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo", id: "demo") }
        #expect(throws: Never.self) { try StageScaffold(name: "Demo", id: "demo.rules.v2") }
    }

    @Test func applyCreatesThePluginAndRegistersIt() throws {
        let folder = try skeleton()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try StageScaffold(name: "WordCount").apply(to: folder.path)
        #expect(created.contains("Plugins/Stages/WordCount/Sources/WordCountStage.swift"))
        #expect(created.contains("Plugins/Stages/WordCount/Sources/WordCountLayer.swift"))
        #expect(created.contains("Plugins/Stages/WordCount/Tests/WordCountStageTests.swift"))
        #expect(created.contains("Plugins/Stages/WordCount/README.md"))
        for path in created {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("__NAME__") && !text.contains("__ID__") && !text.contains("__ALIAS__") && !text.contains("__LAYER__"), "\(path)")
        }
        let stage = try String(contentsOf: folder.appendingPathComponent("Plugins/Stages/WordCount/Sources/WordCountStage.swift"), encoding: .utf8)
        #expect(stage.contains("public struct WordCountStage: Stage"))
        #expect(stage.contains("id: \"word_count.custom.v1\", aliases: [\"word-count\"]"))
        let manifest = try String(contentsOf: folder.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("        .target(name: \"WordCountPlugin\", dependencies: [\"SiftCore\", \"SiftJSON\"], path: \"Plugins/Stages/WordCount/Sources\"),\n"))
        #expect(manifest.contains("name: \"WordCountPluginTests\""))
        #expect(manifest.contains("            \"WordCountPlugin\",\n            // new-stage: plugin libraries go above this line."))
        let list = try String(contentsOf: folder.appendingPathComponent("Sources/SiftPlugins/PluginStages.swift"), encoding: .utf8)
        #expect(list.contains("import WordCountPlugin\n// new-stage: plugin imports go above this line."))
        #expect(list.contains("        WordCountStage.self,\n        // new-stage: plugin stages go above this line."))
    }

    @Test func aPluginIsNotAddedTwice() throws {
        let folder = try skeleton()
        defer { try? FileManager.default.removeItem(at: folder) }
        try StageScaffold(name: "Demo").apply(to: folder.path)
        let manifest = try String(contentsOf: folder.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo").apply(to: folder.path) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Plugins/Stages/Demo"))
        #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo").apply(to: folder.path) }
        #expect(try String(contentsOf: folder.appendingPathComponent("Package.swift"), encoding: .utf8) == manifest, "nothing written on refusal")
    }

    @Test func aMissingMarkerIsReportedAndNothingIsWritten() throws {
        let folder = try skeleton()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifestURL = folder.appendingPathComponent("Package.swift")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8).replacingOccurrences(of: "// new-stage: plugin targets go above this line.", with: "")
        try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
        let error = #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo").apply(to: folder.path) }
        #expect(error?.message.contains("no line with the marker") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Plugins/Stages/Demo").path))
    }

    @Test func notAPackageIsReported() {
        let error = #expect(throws: ScaffoldError.self) { try StageScaffold(name: "Demo").apply(to: "/nonexistent-sift-package") }
        #expect(error?.message.contains("a Sift package checkout") == true)
    }
}
