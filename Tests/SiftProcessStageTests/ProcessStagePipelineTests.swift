import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftJSON
import SiftRuntime
import SiftTesting
import Testing
@testable import SiftProcessStage

/// Process stages inside pipelines: built and checked like any stage, with the layers their workers declare.
@Suite(.enabled(if: Workers.hasPython, "needs python3 on PATH"))
struct ProcessStagePipelineTests {
    let minimal: JSONValue = ["command": ["python3", "minimal_worker.py"], "directory": .string(Workers.examples)]

    @Test func theMinimalWorkerRunsInAPipelineWithCodePointOffsets() throws {
        let pipeline = try InMemoryPipeline([StageConfig(stage: "tokenize"), StageConfig(stage: "process", options: minimal)])
        #expect(pipeline.pipeline.layerOrder == [.text, "tokens", "shouts"])
        let records = try pipeline.records(["😀 The NASA team said WOW.", "nothing loud"])
        #expect(records[0].objectValue?["shouts"] == [["start": 6, "end": 10, "text": "NASA"], ["start": 21, "end": 24, "text": "WOW"]])
        #expect(records[1].objectValue?["shouts"] == [])
    }

    @Test func laterStagesMayRequireTheLayersAWorkerProvides() throws {
        var registry = BuiltinStages.registry()
        registry.register(NeedsShouts.self)
        let pipeline = try InMemoryPipeline([StageConfig(stage: "tokenize"), StageConfig(stage: "process", options: minimal), StageConfig(stage: "needs-shouts")],
                                            registry: registry)
        let outcome = pipeline.run(["LOUD words"]).first
        guard case .success(let document)? = outcome else { Issue.record("\(String(describing: outcome))"); return }
        #expect(document.metadata["shouts"] == 1)
    }

    @Test func missingRequirementsOfAWorkerAreConfigErrors() throws {
        let error = #expect(throws: ConfigError.self) {
            try InMemoryPipeline([StageConfig(stage: "process", options: minimal)])
        }
        #expect(error?.diagnostics.map(\.message) == ["stage 'process' requires layer 'tokens', which no earlier stage provides: add 'tokenize' before it"])
    }

    @Test func aStageThatFailsToBuildHidesNoOtherProblemsButInventsNone() throws {
        let broken: JSONValue = ["command": ["no-such-program-for-sift-tests"]]
        let error = #expect(throws: ConfigError.self) {
            try InMemoryPipeline([StageConfig(stage: "process", options: broken), StageConfig(stage: "needs-shouts"), StageConfig(stage: "tokenize", options: ["locale": 3])],
                                 registry: { var r = BuiltinStages.registry(); r.register(NeedsShouts.self); return r }())
        }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.contains("stages[1].options.command") && $0.contains("cannot start worker") })
        #expect(messages.contains { $0.contains("locale") }, "problems after it are still reported")
        #expect(!messages.contains { $0.contains("'shouts'") }, "no missing-layer error for what the broken stage would have declared")
    }

    @Test func theReadabilityExampleRunsOnRealText() throws {
        let options: JSONValue = ["command": ["python3", "readability_worker.py"], "directory": .string(Workers.process + "/Readability"), "workers": 2]
        let pipeline = try InMemoryPipeline([StageConfig(stage: "tokenize"), StageConfig(stage: "sentences"), StageConfig(stage: "process", options: options)])
        let text = "The cat sat on the mat. Notwithstanding considerable institutional opposition, the legislation passed."
        let records = try pipeline.records([text, text], jobs: 2)
        let readability = try #require(records[0].objectValue?["readability"]?.objectValue)
        #expect(readability["sentences"] == 2)
        let bySentence = try #require(readability["by_sentence"]?.arrayValue)
        #expect(bySentence.count == 2)
        let easy = try #require(bySentence[0].objectValue?["flesch_reading_ease"]?.doubleValue)
        let hard = try #require(bySentence[1].objectValue?["flesch_reading_ease"]?.doubleValue)
        #expect(easy > 90 && hard < 20, "\(easy) \(hard)")
        #expect(bySentence[1].objectValue?["start"] == 24)
        #expect(records[0].objectValue?["readability"] == records[1].objectValue?["readability"], "two workers, same results")
    }
}

/// A Swift stage that requires the `shouts` layer a worker provides.
struct NeedsShouts: Stage {
    typealias Options = NoOptions
    static let descriptor = StageDescriptor(id: "test.needs-shouts.v1", aliases: ["needs-shouts"], summary: "Counts shouts.", requires: ["shouts"], provides: ["shout_count"])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        guard let shouts = document.layers["shouts"] as? ProcessLayerValue else { throw StageError.missingLayer("shouts") }
        document.metadata["shouts"] = .integer(shouts.spans.count)
    }
}
