import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import Testing

/// `source_map` into inputs that were not UTF-8 (offsets are in the original bytes), and plain text.
@Suite struct SourceMapEncodingTests {
    static let russian = "Москва &amp; Санкт-Петербург: «Газпром» заявил о росте. Второе предложение здесь."
    static let russianText = "Москва & Санкт-Петербург: «Газпром» заявил о росте. Второе предложение здесь."

    func check(_ raw: [UInt8], _ encoding: String.Encoding, text: String, singleByte: Bool = false,
               isHTML: Bool = true, mode: HTMLCleanupStage.Options.Mode = .full) throws -> Document {
        var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: isHTML ? .html(raw) : .plainText(raw))
        try HTMLCleanupStage(options: SourceMapCheck.options(mode)).process(&document)
        #expect(document.text?.string == text)
        try SourceMapCheck.wellFormed(document, raw: raw, utf8: false)
        try SourceMapCheck.everyWordMaps(document, raw: raw, isHTML: isHTML) { String(data: Data($0), encoding: encoding) }
        return document
    }

    func source(_ needle: String, _ document: Document, _ raw: [UInt8], _ encoding: String.Encoding) throws -> String? {
        let bytes = try SourceMapCheck.source(of: SourceMapCheck.range(of: needle, in: document), in: document, raw: raw)
        return String(data: Data(bytes), encoding: encoding)
    }

    @Test func windows1251() throws {
        let html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\(Self.russian)</p></body></html>"
        let raw = [UInt8](try #require(html.data(using: .windowsCP1251)))
        let document = try check(raw, .windowsCP1251, text: Self.russianText)
        #expect(document.metadata["charset"]?.objectValue?["name"] == .string("windows-1251"))
        // One byte per character: positions inside words are exact.
        #expect(try source("Газпром", document, raw, .windowsCP1251) == "Газпром")
        #expect(try source("азпро", document, raw, .windowsCP1251) == "азпро")
        #expect(try source("Москва & Санкт", document, raw, .windowsCP1251) == "Москва &amp; Санкт")
        let map = try SourceMapCheck.map(document)
        #expect(map.segments.contains { $0.isOneBytePerCharacter && $0.textLength > 20 })
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let html = "<html><body><p>\(Self.russian)</p><p>Ascii too &lt;here&gt;.</p></body></html>"
        let raw: [UInt8] = [0xFF, 0xFE] + [UInt8](try #require(html.data(using: .utf16LittleEndian)))
        let document = try check(raw, .utf16LittleEndian, text: Self.russianText + "\n\nAscii too <here>.")
        // Two bytes per character: a part of a word maps to the whole word.
        #expect(try source("Газпром", document, raw, .utf16LittleEndian) == "«Газпром»")
        #expect(try source("Москва", document, raw, .utf16LittleEndian) == "Москва")
        #expect(try source("<here>", document, raw, .utf16LittleEndian) == "&lt;here&gt;.")
    }

    @Test func shiftJIS() throws {
        let japanese = "日本語のテキストです。東京は日本の首都であり、ABC社の本社がある。"
        let html = "<html><head><meta charset=shift_jis></head><body><p>\(japanese)</p></body></html>"
        let raw = [UInt8](try #require(html.data(using: .shiftJIS)))
        let document = try check(raw, .shiftJIS, text: japanese)
        #expect(try source(japanese, document, raw, .shiftJIS) == japanese)
    }

    @Test func plainTextFile() throws {
        let file = "\u{FEFF}Title line\r\n\r\n\r\n  First   para\u{00AD}graph, with\ttabs.\r\nSecond line \u{0092}quoted\u{0092}.\n\n\nLast."
        let raw = Array(file.utf8)
        let text = "Title line\n\nFirst paragraph, with tabs.\nSecond line ’quoted’.\n\nLast."
        let document = try check(raw, .utf8, text: text, isHTML: false)
        #expect(try source("Title line", document, raw, .utf8) == "Title line")
        #expect(try source("paragraph,", document, raw, .utf8) == "para\u{00AD}graph,")
        #expect(try source("with tabs", document, raw, .utf8) == "with\ttabs")
        #expect(try source("’quoted’", document, raw, .utf8) == "\u{0092}quoted\u{0092}")
    }

    @Test func plainTextArticleMode() throws {
        let file = "Home\nWorld\nSports\n\nPrices rose again in May, the bureau said on Friday.\n\nAlso read: Ten tips\n\n© 2025 Example News"
        let raw = Array(file.utf8)
        let document = try check(raw, .utf8, text: "Prices rose again in May, the bureau said on Friday.", isHTML: false, mode: .article)
        #expect(try source("bureau", document, raw, .utf8) == "bureau")
        #expect(try SourceMapCheck.map(document).segments.first?.sourceStart == 19)
    }

    @Test func plainTextString() throws {
        var document = Document(text: "\u{FEFF}  Zürich  and\nBern ")
        try HTMLCleanupStage(options: SourceMapCheck.options()).process(&document)
        #expect(document.text?.string == "Zürich and\nBern")
        let raw = Array("\u{FEFF}  Zürich  and\nBern ".utf8)
        #expect(try source("Bern", document, raw, .utf8) == "Bern")
        #expect(try source("Zürich", document, raw, .utf8) == "Zürich")
    }

    @Test func windows1251PlainText() throws {
        let raw = [UInt8](try #require("Первая строка.\r\nВторая  строка.".data(using: .windowsCP1251)))
        var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: .plainText(raw),
                                metadata: JSONObject([("content_type", .string("text/plain; charset=windows-1251"))]))
        try HTMLCleanupStage(options: SourceMapCheck.options()).process(&document)
        #expect(document.text?.string == "Первая строка.\nВторая строка.")
        #expect(try source("Вторая", document, raw, .windowsCP1251) == "Вторая")
    }
}
