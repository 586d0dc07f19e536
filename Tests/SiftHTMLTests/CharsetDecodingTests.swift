import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import Testing

@Suite struct CharsetDecodingTests {
    static let russian = "Съешь же ещё этих мягких французских булок, да выпей чаю. Широкая электрификация южных губерний даст мощный толчок подъёму сельского хозяйства."
    static let japanese = "日本語のテキストです。東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。"
    static let french = "Le garçon a mangé une crème brûlée à la française. Ça fait déjà très longtemps qu'il était là."

    func page(_ text: String, head: String = "") -> String {
        "<html><head>\(head)<title>T</title></head><body><p>\(text)</p></body></html>"
    }

    func clean(_ data: Data?, metadata: JSONObject = JSONObject()) throws -> Document {
        let bytes = [UInt8](try #require(data))
        var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: .html(bytes), metadata: metadata)
        try HTMLCleanupStage().process(&document)
        return document
    }

    func charset(_ document: Document) -> (String?, String?) {
        let object = document.metadata["charset"]?.objectValue
        return (object?["name"]?.stringValue, object?["source"]?.stringValue)
    }

    @Test func windows1251MetaCharset() throws {
        let html = page(Self.russian, head: "<meta charset=\"windows-1251\">")
        let document = try clean(html.data(using: .windowsCP1251))
        #expect(document.text?.string == Self.russian)
        #expect(charset(document) == ("windows-1251", "meta"))
    }

    @Test func windows1251HTTPEquiv() throws {
        let html = page(Self.russian, head: "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=Windows-1251\">")
        let document = try clean(html.data(using: .windowsCP1251))
        #expect(document.text?.string == Self.russian)
        #expect(charset(document) == ("windows-1251", "meta"))
    }

    @Test func windows1251Detected() throws {
        let document = try clean(page(Self.russian).data(using: .windowsCP1251))
        #expect(document.text?.string == Self.russian)
        #expect(charset(document).0 == "windows-1251")
        #expect(charset(document).1 == "detected")
    }

    @Test func shiftJIS() throws {
        let document = try clean(page(Self.japanese, head: "<meta charset=shift_jis>").data(using: .shiftJIS))
        #expect(document.text?.string == Self.japanese)
        #expect(charset(document) == ("shift_jis", "meta"))
    }

    @Test func isoLatin1IsReadAsWindows1252() throws {
        let document = try clean(page(Self.french, head: "<meta charset='ISO-8859-1'>").data(using: .isoLatin1))
        #expect(document.text?.string == Self.french)
        #expect(charset(document) == ("windows-1252", "meta"))
    }

    @Test func latin1WithoutDeclaration() throws {
        let document = try clean(page(Self.french).data(using: .isoLatin1))
        #expect(document.text?.string == Self.french)
        #expect(document.metadata["charset"] != nil)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let body = try #require(page(Self.russian + " " + Self.japanese).data(using: .utf16LittleEndian))
        let document = try clean(Data([0xFF, 0xFE]) + body)
        #expect(document.text?.string == Self.russian + " " + Self.japanese)
        #expect(charset(document) == ("utf-16le", "bom"))
    }

    @Test func httpContentTypeWinsOverMeta() throws {
        let html = page(Self.russian, head: "<meta charset=\"iso-8859-1\">")
        let metadata = JSONObject([("http", .object(JSONObject([("content_type", .string("text/html; charset=windows-1251"))])))])
        let document = try clean(html.data(using: .windowsCP1251), metadata: metadata)
        #expect(document.text?.string == Self.russian)
        #expect(charset(document) == ("windows-1251", "http"))
    }

    @Test func warcPayloadIsNotDecodedAgain() throws {
        let html = page(Self.french, head: "<meta charset=\"iso-8859-1\">")
        let metadata = JSONObject([("warc", .object(JSONObject([("charset", .string("iso-8859-1"))])))])
        let document = try clean(html.data(using: .utf8), metadata: metadata)
        #expect(document.text?.string == Self.french)
        #expect(document.metadata["charset"] == nil)
    }

    @Test func unknownDeclarationFallsBackToDetection() throws {
        let document = try clean(page(Self.russian, head: "<meta charset=\"x-no-such-charset\">").data(using: .windowsCP1251))
        #expect(document.text?.string == Self.russian)
    }

    @Test func declaredUTF8WithInvalidBytesIsRepaired() throws {
        let bytes = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array(" ok</p>".utf8)
        let document = try clean(Data(bytes))
        #expect(document.text?.string == "caf\u{FFFD} ok")
        #expect(document.diagnostics["invalid_utf8_sequences"] == .integer(1))
        #expect(document.metadata["charset"] == nil)
    }

    @Test func plainTextWindows1251IsDetected() throws {
        let bytes = [UInt8](try #require(Self.russian.data(using: .windowsCP1251)))
        let document = try cleanPlain(bytes: bytes)
        #expect(document.text?.string == Self.russian)
    }
}
