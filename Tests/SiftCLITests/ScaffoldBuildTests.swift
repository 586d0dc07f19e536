import Foundation
import Testing

/// The promise of `pipeline new-stage`, kept in a copy of the package: a fresh scaffold builds and passes
/// its tests without edits, and the out-of-tree package in `Plugins/External/ReadingTime` links into a
/// custom build of the CLI by the steps in docs/writing-a-stage.md. A full build: opt-in locally with
/// `SIFT_SCAFFOLD_TEST=1` (CI sets it); the copy's `.build` is kept in the temporary folder between runs.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SIFT_SCAFFOLD_TEST"] == "1", "set SIFT_SCAFFOLD_TEST=1 (a full build of a copy)"))
struct ScaffoldBuildTests {
    static let work = FileManager.default.temporaryDirectory.appendingPathComponent("sift-scaffold-test")
    static let copy = work.appendingPathComponent("sift")

    @Test(.timeLimit(.minutes(20)))
    func aFreshScaffoldAndAnOutOfTreeStageBuildPassAndRun() throws {
        try Self.makeCopy()
        let scaffold = try CLI.run(["new-stage", "Demo", "--package-dir", Self.copy.path])
        try #require(scaffold.status == 0, "\(scaffold.stderr)")
        try Self.linkExternalPackage()

        let build = try Self.shell(["swift", "build"])
        try #require(build.status == 0, "swift build failed in \(Self.copy.path):\n\(build.output.suffix(4000))")
        let test = try Self.shell(["swift", "test", "--filter", "DemoPluginTests"])
        #expect(test.status == 0, "the scaffold's tests failed:\n\(test.output.suffix(4000))")
        #expect(test.output.contains("DemoStageTests"), "\(test.output.suffix(2000))")

        let pipeline = Self.copy.appendingPathComponent(".build/debug/pipeline").path
        let stages = try Self.shell([pipeline, "stages", "--json"])
        #expect(stages.output.contains("\"demo.custom.v1\"") && stages.output.contains("\"reading_time.external.v1\""), "\(stages.output.prefix(500))")
        let config = #"{"stages": [{"stage": "html-cleanup"}, {"stage": "tokenize"}, {"stage": "demo"}, {"stage": "reading-time"}]}"#
        try config.write(to: Self.work.appendingPathComponent("demo.json"), atomically: true, encoding: .utf8)
        let run = try Self.shell([pipeline, "run", Self.work.appendingPathComponent("demo.json").path, "-", "--quiet"],
                                 stdin: #"{"id": "d1", "text": "The NASA team said WOW."}"# + "\n")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(#""demo":[{"start":4,"end":8,"text":"NASA"},{"start":19,"end":22,"text":"WOW"}]"#), "\(run.output)")
        #expect(run.output.contains(#""reading_time":{"words":5,"minutes":0}"#), "\(run.output)")
    }

    /// Copies the package (symlinks followed, no `.build`) and stubs every other test target, so that
    /// `swift test` builds the scaffold's tests, not the whole suite.
    static func makeCopy() throws {
        let manager = FileManager.default
        try manager.createDirectory(at: copy, withIntermediateDirectories: true)
        for item in try manager.contentsOfDirectory(atPath: copy.path) where item != ".build" {
            try manager.removeItem(at: copy.appendingPathComponent(item))
        }
        for item in ["Package.swift", "Package.resolved", "Sources", "Plugins", "Tests", "Schemas", "Pipelines"] {
            let source = CLI.packageRoot.appendingPathComponent(item)
            guard manager.fileExists(atPath: source.path) else { continue }
            let copied = try shell(["cp", "-RLp", source.path, copy.appendingPathComponent(item).path], in: work)
            try #require(copied.status == 0, "\(copied.output)")
        }
        try? manager.removeItem(at: copy.appendingPathComponent("Plugins/External/ReadingTime/.build"))
        var testFolders = try manager.contentsOfDirectory(atPath: copy.appendingPathComponent("Tests").path).map { "Tests/\($0)" }
        testFolders += try manager.contentsOfDirectory(atPath: copy.appendingPathComponent("Plugins/Stages").path).map { "Plugins/Stages/\($0)/Tests" }
        for folder in testFolders {
            let url = copy.appendingPathComponent(folder)
            try? manager.removeItem(at: url)
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            try "import Testing\n".write(to: url.appendingPathComponent("Stub.swift"), atomically: true, encoding: .utf8)
        }
    }

    /// The three edits of docs/writing-a-stage.md, "Stages in another repository".
    static func linkExternalPackage() throws {
        let manifestURL = copy.appendingPathComponent("Package.swift")
        var manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let dependencies = "\n    dependencies: [\n"  // the package's, not a target's
        try #require(manifest.contains(dependencies))
        manifest = manifest.replacingOccurrences(of: dependencies, with: dependencies + "        .package(name: \"sift-reading-time\", path: \"Plugins/External/ReadingTime\"),\n")
        manifest = manifest.replacingOccurrences(of: "// new-stage: plugin libraries go above this line.",
                                                 with: ".product(name: \"ReadingTime\", package: \"sift-reading-time\"),\n            // new-stage: plugin libraries go above this line.")
        try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
        let listURL = copy.appendingPathComponent("Sources/SiftPlugins/PluginStages.swift")
        var list = try String(contentsOf: listURL, encoding: .utf8)
        list = list.replacingOccurrences(of: "// new-stage: plugin imports go above this line.", with: "import ReadingTime\n// new-stage: plugin imports go above this line.")
        list = list.replacingOccurrences(of: "// new-stage: plugin stages go above this line.", with: "ReadingTimeStage.self,\n        // new-stage: plugin stages go above this line.")
        try list.write(to: listURL, atomically: true, encoding: .utf8)
    }

    struct Output {
        var status: Int32
        var output: String
    }

    /// Runs a program (looked up in PATH) in the copy, stdout and stderr together in a file.
    static func shell(_ argv: [String], in directory: URL = copy, stdin: String? = nil) throws -> Output {
        let log = work.appendingPathComponent("shell-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = argv
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try handle.close()
        return Output(status: process.terminationStatus, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
