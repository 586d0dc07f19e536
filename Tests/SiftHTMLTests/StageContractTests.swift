import SiftCore
import SiftHTML
import SiftJSON
import Testing

@Suite("cleanup.html.v1 descriptor and options")
struct StageContractTests {
    @Test func descriptor() {
        let descriptor = HTMLCleanupStage.descriptor
        #expect(descriptor.id == "cleanup.html.v1")
        #expect(descriptor.aliases == ["html-cleanup", "cleanup"])
        #expect(descriptor.requires.isEmpty)
        #expect(descriptor.provides == [.text])
    }

    @Test func optionDocsMatchTheDecodedDefaults() throws {
        let decoded = try JSONValueDecoder().decode(HTMLCleanupStage.Options.self, from: [:])
        #expect(decoded.value == HTMLCleanupStage.Options())
        let encoded = try JSONValueEncoder().encode(decoded.value)
        let docs = HTMLCleanupStage.descriptor.options
        #expect(docs.map(\.name).sorted() == (encoded.objectValue?.keys ?? []).sorted())
        for doc in docs {
            #expect(encoded.objectValue?[doc.name] == doc.defaultValue, "default of \(doc.name)")
        }
    }

    @Test func optionsDecodeAndUnknownKeysAreReported() throws {
        let json: JSONValue = ["include_title": true, "drop_elements": ["nav"], "max_input_bytes": 1000, "typo": 1]
        let result = try JSONValueDecoder().decode(HTMLCleanupStage.Options.self, from: json)
        #expect(result.value == .init(includeTitle: true, dropElements: ["nav"], maxInputBytes: 1000))
        #expect(result.unknownKeys.map(\.key) == ["typo"])
    }

    @Test func badOptionsFailSetup() {
        #expect(throws: StageSetupError.self) { try HTMLCleanupStage(options: .init(maxInputBytes: 0)) }
        #expect(throws: StageSetupError.self) { try HTMLCleanupStage(options: .init(maxInputBytes: Int.max)) }
        #expect(throws: StageSetupError.self) { try HTMLCleanupStage(options: .init(dropElements: ["<p>"])) }
        #expect(throws: StageSetupError.self) { try HTMLCleanupStage(options: .init(dropElements: [""])) }
        #expect(throws: StageSetupError.self) { try HTMLCleanupStage(options: .init(dropElements: ["body"])) }
    }

    @Test func examplesHold() throws {
        for example in HTMLCleanupStage.descriptor.examples {
            let decoded = try JSONValueDecoder().decode(HTMLCleanupStage.Options.self, from: example.options).value
            var document = Document(text: example.text)
            try HTMLCleanupStage(options: decoded).process(&document)
            #expect([document.text?.string ?? ""] == example.expected[.text], "example \(example.text.debugDescription)")
        }
    }

    @Test func inputOverTheLimitFailsTheDocument() throws {
        let stage = try HTMLCleanupStage(options: .init(maxInputBytes: 10))
        var document = Document(id: "big", source: SourceInfo(path: "<test>"), raw: .html(Array("<p>more than ten bytes</p>".utf8)))
        do {
            try stage.process(&document)
            Issue.record("expected limit_exceeded")
        } catch let error as StageError {
            #expect(error.code == "limit_exceeded")
            #expect(error.message.contains("max_input_bytes"))
        }
        #expect(document.text == nil)
    }
}
