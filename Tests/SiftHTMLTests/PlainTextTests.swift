import SiftCore
import SiftHTML
import SiftJSON
import Testing

@Suite("Plain-text normalisation and UTF-8 handling")
struct PlainTextTests {
    @Test func lineEndingsAndSpaces() throws {
        #expect(try plainText("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(try plainText("one   two\t\tthree  \nfour ") == "one two three\nfour")
        #expect(try plainText("   indented\n\t tabbed") == "indented\ntabbed")
    }

    @Test func blankLines() throws {
        #expect(try plainText("\n\n\npara 1\n\n\n\n\npara 2\n  \n \t \npara 3\n\n\n") == "para 1\n\npara 2\n\npara 3")
        #expect(try plainText("keep\n\none blank line") == "keep\n\none blank line")
        #expect(try plainText("\r\n\r\n") == "")
        #expect(try plainText("") == "")
    }

    @Test func unicodeSpacesSeparatorsAndInvisibles() throws {
        #expect(try plainText("a\u{00A0}b\u{2002}\u{2003}c\u{202F}d\u{3000}e") == "a b c d e")
        #expect(try plainText("line\u{2028}next\u{2029}last") == "line\nnext\nlast")
        #expect(try plainText("soft\u{00AD}hyphen and\u{FEFF}bom") == "softhyphen andbom")
        #expect(try plainText("don\u{0092}t") == "don’t")
    }

    @Test func controlsNeverReachTheText() throws {
        let text = try cleanPlain(bytes: [0x61, 0x00, 0x62, 0x01, 0x1B, 0x63, 0x7F, 0x64, 0x0B, 0x65, 0x0C, 0x66]).text?.string
        #expect(text == "a b c d\ne\nf")
        #expect(!hasForbiddenControl(text ?? ""))
    }

    @Test func stringInputIsNormalisedToo() throws {
        var document = Document(text: "\u{FEFF}  Hello \r\n\r\n\r\nworld \u{0000}!  ")
        try HTMLCleanupStage().process(&document)
        #expect(document.text?.string == "Hello\n\nworld !")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func byteOrderMarkIsStripped() throws {
        #expect(try cleanPlain(bytes: [0xEF, 0xBB, 0xBF] + Array("Text".utf8)).text?.string == "Text")
        let html = try cleanHTML(bytes: [0xEF, 0xBB, 0xBF] + Array("<p>Page</p>".utf8))
        #expect(html.text?.string == "Page")
        #expect(html.diagnostics.isEmpty)
    }

    @Test func invalidUTF8IsRepairedAndCounted() throws {
        // 0xE9 (Latin-1 é), a truncated 3-byte sequence, a lone continuation byte, an overlong "/".
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" x".utf8) + [0xE2, 0x82] + Array(" y".utf8) + [0x80]
            + Array(" z".utf8) + [0xC0, 0xAF]
        let plain = try cleanPlain(bytes: bytes)
        #expect(plain.text?.string == "caf\u{FFFD} x\u{FFFD} y\u{FFFD} z\u{FFFD}\u{FFFD}")
        #expect(plain.diagnostics["invalid_utf8_sequences"] == .integer(5))
        // The same count as Swift's own decoder repairs.
        #expect(String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 5)

        let html = try cleanHTML(bytes: Array("<p>".utf8) + bytes + Array("</p><p>caf\u{E9} ok</p>".utf8))
        #expect(html.text?.string == "caf\u{FFFD} x\u{FFFD} y\u{FFFD} z\u{FFFD}\u{FFFD}\n\ncafé ok")
        #expect(html.diagnostics["invalid_utf8_sequences"] == .integer(5))
    }

    @Test func validInputHasNoDiagnostic() throws {
        #expect(try cleanPlain(bytes: Array("naïve 😀 text".utf8)).diagnostics["invalid_utf8_sequences"] == nil)
        #expect(try cleanHTML("<p>naïve 😀 text</p>").diagnostics.isEmpty)
    }

    @Test func normalizerIsIdempotent() throws {
        let samples = ["a  b\n\n\n\nc", " x \r\n y ", "p1\n\np2\nline", "\u{00A0}lead"]
        for sample in samples {
            let once = PlainTextNormalizer.normalize(sample)
            #expect(PlainTextNormalizer.normalize(once) == once)
        }
    }
}
