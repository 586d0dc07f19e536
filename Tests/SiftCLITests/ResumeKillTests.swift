import Foundation
import Testing

/// Runs killed with SIGKILL at random moments, again and again, then finished with `--resume`, must
/// end with exactly the bytes of an uninterrupted run: no document missing, none duplicated.
@Suite(.serialized) struct ResumeKillTests {
    /// Kill rounds per output layout (bounded: CI has 2 cores and a time limit).
    static let rounds = 6

    struct Layout: CustomTestStringConvertible, Sendable {
        var output: String
        var extra: [String]
        var testDescription: String { output + " " + extra.joined(separator: " ") }
    }

    static let layouts = [
        Layout(output: "out.jsonl", extra: []),
        Layout(output: "out.jsonl.gz", extra: []),
        Layout(output: "shards/", extra: ["--shard-size", "37", "--compression", "gzip"]),
    ]

    @Test(arguments: layouts)
    func killedRunsResumeToIdenticalOutput(layout: Layout) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("docs.jsonl").path
        try writeTextRecords(240, to: input)
        let reference = folder.appendingPathComponent("reference-" + layout.output).path
        let whole = try CLI.run(["run", "Pipelines/news.json", input, "-o", reference, "--quiet", "--jobs", "2"] + layout.extra)
        #expect(whole.status == 1, "the broken lines fail: \(whole.stderr)")
        let elapsed = try timeOneRun(["run", "Pipelines/news.json", input, "-o", folder.appendingPathComponent("timing-" + layout.output).path,
                                      "--quiet", "--jobs", "2"] + layout.extra)

        let target = folder.appendingPathComponent(layout.output).path
        let arguments = ["run", "Pipelines/news.json", input, "-o", target, "--quiet", "--jobs", "2", "--resume"] + layout.extra
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<Self.rounds {
            // Anywhere from start-up to near the expected end: some rounds die early, some late, some finish
            // (a finished run leaves no progress file, so the next round starts over). The first dies early.
            let latest = max(0.1, elapsed * (round == 0 ? 0.3 : 0.9))
            let delay = Double.random(in: 0.02...latest, using: &generator)
            if try runAndKill(arguments, after: delay) { killed += 1 }
        }
        let last = try CLI.run(arguments)
        #expect(last.status == 1, "\(last.stderr)")
        #expect(killed > 0, "at least one round was killed mid-run")
        try expectSameOutput(reference, target)
    }

    func expectSameOutput(_ reference: String, _ target: String) throws {
        let manager = FileManager.default
        if reference.hasSuffix("/") {
            let names = try manager.contentsOfDirectory(atPath: reference).sorted()
            #expect(try manager.contentsOfDirectory(atPath: target).sorted() == names, "no temporary or progress files remain")
            for name in names {
                #expect(manager.contents(atPath: reference + name) == manager.contents(atPath: target + name), "\(name)")
            }
        } else {
            #expect(manager.contents(atPath: reference) == manager.contents(atPath: target))
            let leftovers = try manager.contentsOfDirectory(atPath: (target as NSString).deletingLastPathComponent).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    func timeOneRun(_ arguments: [String]) throws -> Double {
        let started = Date()
        _ = try CLI.run(arguments)
        return Date().timeIntervalSince(started)
    }

    /// Starts the binary, SIGKILLs it after `delay` seconds; false when it finished first.
    func runAndKill(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        guard process.isRunning else { return false }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return true
    }
}
