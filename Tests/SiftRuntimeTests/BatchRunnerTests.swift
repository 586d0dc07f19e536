import Testing
import SiftConfig
import SiftCore
import SiftJSON
@testable import SiftRuntime

@Suite struct BatchRunnerTests {
    func pipeline(onError: ErrorPolicy) throws -> Pipeline {
        let config = PipelineConfig(name: "t", stages: [StageConfig(stage: "test-text"), StageConfig(stage: "test-fail")], onError: onError)
        return try PipelineBuilder(registry: testRegistry()).build(config)
    }

    func documents(_ texts: [String]) -> [InputItem] {
        texts.enumerated().map { .document(Document(id: "d\($0.offset)", text: $0.element)) }
    }

    func run(_ pipeline: Pipeline, _ items: [InputItem], jobs: Int) throws -> (RunSummary, [String]) {
        var iterator = items.makeIterator()
        var lines: [String] = []
        let summary = try BatchRunner(pipeline: pipeline, jobs: jobs, window: 7).run(
            next: { iterator.next() },
            encode: { outcome in
                switch outcome {
                case .success(let d): return Array("ok \(d.id)".utf8)
                case .failure(let f): return Array("error \(f.id) \(f.stage)".utf8)
                case .skipped: return nil
                }
            },
            write: { lines.append(String(decoding: $0, as: UTF8.self)) })
        return (summary, lines)
    }

    @Test(arguments: [1, 2, 4])
    func keepsInputOrderAndRecordsFailures(jobs: Int) throws {
        let texts = (0..<50).map { $0 % 10 == 3 ? "please fail now" : "doc number \($0)" }
        let (summary, lines) = try run(pipeline(onError: .record), documents(texts), jobs: jobs)
        #expect(lines.count == 50)
        #expect(lines[3] == "error d3 test.fail.v1")
        #expect(lines[4] == "ok d4")
        #expect(summary.succeeded == 45)
        #expect(summary.failed == 5)
    }

    @Test func inputFailuresStillYieldOneLine() throws {
        var items = documents(["a", "b"])
        items.insert(.failure(DocumentFailure(id: "bad", source: SourceInfo(path: "x.jsonl", line: 2), stage: "input", code: "invalid_json", message: "m")), at: 1)
        let (summary, lines) = try run(pipeline(onError: .stop), items, jobs: 2)
        #expect(lines == ["ok d0", "error bad input", "ok d1"])
        #expect(summary.failed == 1)
        #expect(!summary.stoppedEarly)
    }

    @Test func skipPolicyDropsTheDocument() throws {
        let (summary, lines) = try run(pipeline(onError: .skip), documents(["a", "fail", "b"]), jobs: 1)
        #expect(lines == ["ok d0", "ok d2"])
        #expect(summary.skipped == 1)
    }

    @Test func stopPolicyEndsTheRunAfterTheFailingDocument() throws {
        let texts = (0..<30).map { $0 == 9 ? "fail" : "fine" }
        let (summary, lines) = try run(pipeline(onError: .stop), documents(texts), jobs: 2)
        #expect(lines.count == 10)
        #expect(lines.last == "error d9 test.fail.v1")
        #expect(summary.stoppedEarly)
    }

    @Test func perStagePolicyOverridesTheRunPolicy() throws {
        let config = PipelineConfig(name: "t", stages: [StageConfig(stage: "test-text"), StageConfig(stage: "test-fail", onError: .skip)], onError: .stop)
        let pipeline = try PipelineBuilder(registry: testRegistry()).build(config)
        let (summary, lines) = try run(pipeline, documents(["fail", "ok"]), jobs: 1)
        #expect(lines == ["ok d1"])
        #expect(!summary.stoppedEarly)
    }
}
