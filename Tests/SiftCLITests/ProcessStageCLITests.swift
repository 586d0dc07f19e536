import Foundation
import SiftJSON
import Testing

/// Process stages through the `pipeline` binary: a Python stage in a pipeline, and a worker that
/// crashes and hangs mid-run without stopping it.
@Suite(.serialized, .enabled(if: PythonWorkers.available, "needs python3 on PATH"))
struct ProcessStageCLITests {
    @Test func thePythonReadabilityStageRunsInAPipeline() throws {
        let config = "Plugins/Process/Readability/readability.json"
        let one = try CLI.run(["run", config, "--jobs", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.lines.count == 6)
        #expect(one.stderr.contains("process.v1"), "the summary names the stage: \(one.stderr)")
        for line in one.lines {
            #expect(recordProblems(line).isEmpty, "\(recordProblems(line))")
            let record = try #require(try JSONParser().parse(line).objectValue)
            let readability = try #require(record["readability"]?.objectValue, "\(line.prefix(200))")
            let sentences = record["sentences"]?.arrayValue ?? []
            #expect(readability["by_sentence"]?.arrayValue?.count == sentences.count)
            #expect(readability["by_sentence"]?.arrayValue?.first?.objectValue?["start"] == sentences.first?.objectValue?["start"])
        }
        let two = try CLI.run(["run", config, "--jobs", "2", "--quiet"])
        #expect(two.stdout == one.stdout, "same bytes with two workers and two jobs")
    }

    @Test func aCrashingAndAHangingWorkerCostOneDocumentEach() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = """
            {"name": "faulty", "stages": [{"stage": "html-cleanup"},
             {"stage": "process", "options": {"command": ["python3", "\(CLI.packageRoot.path)/Plugins/Process/Examples/faulty_worker.py"], "timeout_seconds": 1}}]}
            """
        try config.write(to: folder.appendingPathComponent("faulty.json"), atomically: true, encoding: .utf8)
        let input = ["first fine", "then CRASH", "still fine", "then HANG", "fine at last"].enumerated()
            .map { #"{"id": "d\#($0.offset)", "text": "\#($0.element)"}"# }.joined(separator: "\n") + "\n"
        let result = try CLI.run(["run", folder.appendingPathComponent("faulty.json").path, "-", "--jobs", "1"], stdin: Array(input.utf8))
        #expect(result.status == 1, "some documents failed: \(result.stderr)")
        let records = try result.lines.map { try #require(try JSONParser().parse($0).objectValue) }
        #expect(records.count == 5)
        let codes = records.map { $0["error"]?.objectValue?["code"]?.stringValue ?? "ok" }
        #expect(codes == ["ok", "worker_crashed", "ok", "worker_timeout", "ok"])
        #expect(records[1]["error"]?.objectValue?["stage"] == "process.v1")
        #expect(records[4]["marks"] == [["start": 0, "end": 4]])
        #expect(result.stderr.contains("process 'faulty' [pid "), "worker stderr is forwarded with its name: \(result.stderr)")
        #expect(result.stderr.contains("RuntimeError: crashing on purpose"))
    }

    @Test func validateStartsTheWorkerAndReportsItsProblems() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = #"{"stages": [{"stage": "html-cleanup"}, {"stage": "sentences"}, {"stage": "process", "options": {"command": ["no-such-sift-worker"]}}]}"#
        try config.write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", folder.appendingPathComponent("bad.json").path])
        let report = result.output + result.stderr
        #expect(result.status == 2)
        #expect(report.contains("stages[2].options.command: cannot start worker 'no-such-sift-worker'"), "\(report)")
        #expect(report.contains("stages[1].stage: stage 'sentences' requires layer 'tokens'"), "other problems are still reported")
    }
}

/// Whether the Python example workers can run here.
enum PythonWorkers {
    static let available = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }
}
