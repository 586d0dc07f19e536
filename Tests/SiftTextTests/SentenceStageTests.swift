import SiftCore
import SiftJSON
import SiftText
import Testing

/// The descriptor's examples run as tests; options, defaults and the stage contract.
@Suite struct SentenceStageTests {
    @Test(arguments: SentenceStage.descriptor.examples.indices)
    func example(_ index: Int) throws {
        let example = SentenceStage.descriptor.examples[index]
        let decoded = try JSONValueDecoder().decode(SentenceStage.Options.self, from: example.options)
        #expect(decoded.unknownKeys.isEmpty)
        let got = try SentenceTestSupport.sentences(example.text, options: decoded.value)
        #expect(got == example.expected[SentencesLayer.name], "example \(index): \(example.text)")
    }

    @Test func optionDefaultsMatchDocs() throws {
        let defaults = try JSONValueDecoder().decode(SentenceStage.Options.self, from: [:]).value
        #expect(defaults == SentenceStage.Options())
        let docs = Dictionary(uniqueKeysWithValues: SentenceStage.descriptor.options.map { ($0.name, $0.defaultValue) })
        #expect(docs.count == 4)
        #expect(docs["locale"] == .some(.string(defaults.locale)))
        #expect(docs["extra_abbreviations"] == .some(.array(defaults.extraAbbreviations.map { .string($0) })))
        #expect(docs["builtin_abbreviations"] == .some(.bool(defaults.builtinAbbreviations)))
        #expect(docs["line_breaks"] == .some(.string(defaults.lineBreaks)))
    }

    @Test func optionsDecode() throws {
        let options: JSONValue = ["locale": "en_GB", "extra_abbreviations": ["Gov.", "Rep."], "builtin_abbreviations": false, "line_breaks": "split"]
        let decoded = try JSONValueDecoder().decode(SentenceStage.Options.self, from: options)
        #expect(decoded.unknownKeys.isEmpty)
        #expect(decoded.value == SentenceStage.Options(locale: "en_GB", extraAbbreviations: ["Gov.", "Rep."], builtinAbbreviations: false, lineBreaks: "split"))
    }

    @Test func unknownOptionKeysAreReported() throws {
        let decoded = try JSONValueDecoder().decode(SentenceStage.Options.self, from: ["line_break": "split"])
        #expect(decoded.unknownKeys.map(\.key) == ["line_break"])
    }

    @Test func wrongOptionTypesAreDecodingErrors() {
        #expect(throws: (any Error).self) {
            try JSONValueDecoder().decode(SentenceStage.Options.self, from: ["extra_abbreviations": "Gov."])
        }
    }

    @Test func badLocaleIsASetupError() {
        for locale in ["", "en us", "../x", String(repeating: "a", count: 200)] {
            #expect(throws: StageSetupError.self, "\(locale)") { try SentenceTestSupport.stage(.init(locale: locale)) }
        }
    }

    @Test func otherLocalesWork() throws {
        #expect(try SentenceTestSupport.sentences("Hallo Welt. Wie geht's?", options: .init(locale: "de")) == ["Hallo Welt.", "Wie geht's?"])
        #expect(try SentenceTestSupport.sentences("Hi there. Ok.", options: .init(locale: "en@ss=standard")) == ["Hi there.", "Ok."])
    }

    @Test func descriptorContract() {
        let descriptor = SentenceStage.descriptor
        #expect(descriptor.id == "sentences.icu.v1")
        #expect(descriptor.aliases == ["sentences", "sentencize"])
        #expect(descriptor.requires == [.text, TokensLayer.name])
        #expect(descriptor.provides == [SentencesLayer.name])
        #expect(descriptor.examples.count >= 5)
    }

    @Test func processAddsTheLayerAndKeepsTokens() throws {
        let document = try SentenceTestSupport.document("One. Two.")
        #expect(document.layers.names == [TokensLayer.name, SentencesLayer.name])
        let sentences = try document.require(SentencesLayer.self).items
        #expect(sentences == [Sentence(span: TextSpan(start: 0, end: 4), tokens: 0..<2), Sentence(span: TextSpan(start: 5, end: 9), tokens: 2..<4)])
    }
}
