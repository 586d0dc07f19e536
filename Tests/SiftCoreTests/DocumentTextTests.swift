import Testing
import SiftJSON
@testable import SiftCore

@Suite struct DocumentTextTests {
    @Test func bmpTextHasIdentityOffsets() {
        let text = DocumentText("Café au lait")
        #expect(text.isBMPOnly)
        #expect(text.codePointOffset(5) == 5)
        #expect(text.codePointCount == 12)
    }

    @Test func surrogatePairsShiftCodePointOffsets() {
        // "a😀b😀c": UTF-16 offsets a=0, 😀=1-2, b=3, 😀=4-5, c=6
        let text = DocumentText("a😀b😀c")
        #expect(text.count == 7)
        #expect(text.codePointCount == 5)
        #expect(text.codePointOffset(3) == 2)
        #expect(text.codePointOffset(6) == 4)
        #expect(text.codePointOffset(7) == 5)
        #expect(text.utf16Offset(codePoint: 4) == 6)
        #expect(text.substring(TextSpan(start: 1, end: 3)) == "😀")
    }

    @Test func layersAreWrittenWithCodePointOffsets() {
        var document = Document(text: "")
        document.setText("😀 hi")
        let tokens = Tokens([Token(span: TextSpan(start: 0, end: 2), kind: .emoji), Token(span: TextSpan(start: 3, end: 5), kind: .word)])
        document.layers[TokensLayer.self] = tokens
        var writer = JSONWriter()
        document.layers[TokensLayer.self]?.writeJSON(to: &writer, text: document.text)
        #expect(writer.string == #"[{"start":0,"end":1,"kind":"emoji"},{"start":2,"end":4,"kind":"word"}]"#)
    }

    @Test func settingTextDropsLayersThatReferToTheOldText() throws {
        var document = Document(text: "")
        document.setText("one")
        document.layers[TokensLayer.self] = Tokens([Token(span: TextSpan(start: 0, end: 3), kind: .word)])
        document.setText("two")
        #expect(document.layers[TokensLayer.self] == nil)
        #expect(throws: StageError.self) { try document.require(TokensLayer.self) }
    }

    @Test func contextResolvesRelativePaths() {
        let context = StageContext(baseDirectory: "/etc/sift")
        #expect(context.resolvePath("lexicon.tsv") == "/etc/sift/lexicon.tsv")
        #expect(context.resolvePath("/abs/x") == "/abs/x")
    }
}
