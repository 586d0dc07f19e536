import SiftBuiltins
import SiftConfig
import SiftCore
import SiftJSON
import SiftRuntime
import SiftTesting
import Testing

/// The stage-author test kit itself: harness runs, failures, spans and in-memory pipelines.
@Suite struct TestKitTests {
    @Test func theHarnessRunsPrerequisitesAndKeepsTheTextExact() throws {
        let result = try StageHarness(SentenceProbe.self).run("  Two  spaces. Kept as given.  ")
        #expect(result.string == "  Two  spaces. Kept as given.  ")
        #expect(result.layerNames == ["tokens", "sentences", "probe"])
        #expect(result.covered("sentences") == ["Two  spaces.", "Kept as given."])
        #expect(result.codePointSpans("probe") == [2..<14, 15..<29])
        StageExpectations.covered(result, "probe", ["Two  spaces.", "Kept as given."])
        StageExpectations.validSpans(result)
    }

    @Test func optionsAreDecodedAsInAConfig() {
        let error = #expect(throws: ConfigError.self) { try StageHarness(SentenceProbe.self, options: ["colour": 1]) }
        #expect(error?.description.contains("unknown option 'colour'") == true)
    }

    @Test func failuresAreReturnedOrThrown() throws {
        let harness = try StageHarness(SentenceProbe.self)
        let failure = try harness.failure("FAIL here")
        #expect(failure.code == "invalid_input")
        #expect(failure.stage == "test.probe.v1")
        StageExpectations.failure(harness, on: "FAIL again", code: "invalid_input")
        #expect(throws: StageHarnessError.self) { try harness.run("FAIL") }
        #expect(throws: StageHarnessError.self) { try harness.failure("fine") }
    }

    @Test func inMemoryPipelinesGiveOutputRecords() throws {
        var registry = BuiltinStages.registry()
        registry.register(SentenceProbe.self)
        let pipeline = try InMemoryPipeline(config: #"{"name": "kit", "stages": [{"stage": "tokenize"}, {"stage": "sentences"}, {"stage": "test.probe.v1"}], "on_error": "skip"}"#,
                                            registry: registry)
        let records = try pipeline.records(["😀 One. Two.", "FAIL", "Three."], jobs: 2)
        #expect(records.count == 2, "the failure is skipped, as the config says")
        #expect(records[0].objectValue?["probe"] == [["start": 0, "end": 6], ["start": 7, "end": 11]])
        #expect(records[0].objectValue?["provenance"]?.objectValue?["pipeline"] == "kit")
        let outcomes = pipeline.run(["x", "FAIL"])
        guard case .success = outcomes[0], case .skipped(let failure) = outcomes[1] else { Issue.record("\(outcomes)"); return }
        #expect(failure.code == "invalid_input")
    }

    @Test func withoutATextSourceTheExactTextStageIsAdded() throws {
        let pipeline = try InMemoryPipeline([StageConfig(stage: "tokenize")])
        #expect(pipeline.pipeline.steps.map(\.descriptor.id) == ["testing.text.v1", "tokenize.icu.v1"])
        let withCleanup = try InMemoryPipeline([StageConfig(stage: "html-cleanup"), StageConfig(stage: "tokenize")])
        #expect(withCleanup.pipeline.steps.first?.descriptor.id == "cleanup.html.v1")
    }
}

/// A test stage: copies the sentence spans into `probe`, fails on documents containing FAIL.
struct SentenceProbe: Stage {
    typealias Options = NoOptions
    static let descriptor = StageDescriptor(
        id: "test.probe.v1", summary: "Copies sentences.", requires: [.text, SentencesLayer.name], provides: ["probe"])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        if try document.requireText().string.contains("FAIL") { throw StageError.invalidInput("the text says FAIL") }
        document.layers["probe"] = ProbeSpans(spans: try document.require(SentencesLayer.self).spans)
    }
}

struct ProbeSpans: SpanLayerValue {
    var spans: [TextSpan]
    func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.write(.array(spans.map { span in
            ["start": .integer(text?.codePointOffset(span.start) ?? span.start), "end": .integer(text?.codePointOffset(span.end) ?? span.end)]
        }))
    }
}
