import SiftCore
import SiftJSON
import SiftText
import Testing

/// The descriptor's examples run as tests, and its option docs match the decoded defaults.
@Suite struct TokenizeExamplesTests {
    @Test(arguments: TokenizeStage.descriptor.examples.indices)
    func example(_ index: Int) throws {
        let example = TokenizeStage.descriptor.examples[index]
        let decoded = try JSONValueDecoder().decode(TokenizeStage.Options.self, from: example.options)
        #expect(decoded.unknownKeys.isEmpty)
        let stage = try TokenizeStage(options: decoded.value, context: StageContext(baseDirectory: ""))
        var document = Document(text: example.text)
        document.setText(example.text)
        try stage.process(&document)
        let text = try document.requireText()
        let got = try document.require(TokensLayer.self).items.map { text.substring($0.span) }
        #expect(got == example.expected[TokensLayer.name], "example \(index): \(example.text)")
    }

    @Test func optionDefaultsMatchDocs() throws {
        let defaults = try JSONValueDecoder().decode(TokenizeStage.Options.self, from: [:]).value
        let docs = Dictionary(uniqueKeysWithValues: TokenizeStage.descriptor.options.map { ($0.name, $0.defaultValue) })
        #expect(docs.count == 2)
        #expect(docs["locale"] == .some(.string(defaults.locale)))
        #expect(docs["split_clitics"] == .some(.bool(defaults.splitClitics)))
    }

    @Test func unknownOptionKeysAreReported() throws {
        let decoded = try JSONValueDecoder().decode(TokenizeStage.Options.self, from: ["split_clitic": true])
        #expect(decoded.unknownKeys.map(\.key) == ["split_clitic"])
    }

    @Test func badLocaleIsASetupError() {
        #expect(throws: StageSetupError.self) {
            try TokenizeStage(options: .init(locale: "en us/../x"), context: StageContext(baseDirectory: ""))
        }
        #expect(throws: StageSetupError.self) {
            try TokenizeStage(options: .init(locale: ""), context: StageContext(baseDirectory: ""))
        }
    }

    @Test func otherLocalesOpen() throws {
        for locale in ["ja", "th", "de_CH", "en@ss=standard"] {
            let stage = try TokenizeStage(options: .init(locale: locale), context: StageContext(baseDirectory: ""))
            #expect(!stage.tokenize(Array("東京に住んでいます。ภาษาไทย".utf16)).isEmpty)
        }
    }

    @Test func descriptorContract() {
        let descriptor = TokenizeStage.descriptor
        #expect(descriptor.id == "tokenize.icu.v1")
        #expect(descriptor.aliases == ["tokenize"])
        #expect(descriptor.requires == [.text])
        #expect(descriptor.provides == [TokensLayer.name])
    }

    @Test func missingTextIsAStageError() throws {
        var document = Document(text: "raw only")
        #expect(throws: StageError.self) { try TokenizeTestSupport.stage().process(&document) }
    }
}
