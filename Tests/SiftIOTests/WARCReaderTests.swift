import Foundation
import Testing
import SiftConfig
import SiftCore
import SiftJSON
@testable import SiftIO

@Suite struct WARCReaderTests {
    func warc(_ records: [(type: String, id: String, block: String)]) -> [UInt8] {
        var text = ""
        for record in records {
            text += "WARC/1.0\r\nWARC-Type: \(record.type)\r\nWARC-Record-ID: <\(record.id)>\r\nWARC-Target-URI: https://example.org/\(record.id)\r\n"
            text += "WARC-Date: 2024-05-01T00:00:00Z\r\nContent-Type: \(record.type == "conversion" ? "text/plain" : record.type == "resource" ? "text/html" : "application/http; msgtype=response")\r\n"
            text += "Content-Length: \(record.block.utf8.count)\r\n\r\n\(record.block)\r\n\r\n"
        }
        return Array(text.utf8)
    }

    func read(_ bytes: [UInt8], types: [WARCRecordType] = InputConfig.defaultWARCRecordTypes, limit: Int = 1 << 20) -> [InputItem] {
        let reader = WARCReader(lines: LineReader(stream: MemoryStream(bytes)), displayPath: "x.warc", types: types, maxDocumentBytes: limit)
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello</p>"

    @Test func responsesBecomeDocumentsWithTheirSource() throws {
        let items = read(warc([("warcinfo", "info", "software: x"), ("response", "r1", page), ("request", "q", "GET / HTTP/1.1\r\n\r\n")]))
        #expect(items.count == 1)
        let document = try #require(items.first?.document)
        #expect(document.id == "r1")
        #expect(document.source.member == "<r1>")
        #expect(document.source.recordID == "r1")
        #expect(document.source.url == "https://example.org/r1")
        #expect(document.source.date == "2024-05-01T00:00:00Z")
        #expect(document.raw.bytes == Array("<p>Hello</p>".utf8))
        #expect(document.metadata["warc"]?.objectValue?["http_status"] == 200)
        #expect(document.metadata["warc"]?.objectValue?["charset_source"] == "http")
    }

    @Test func nonHTMLResponsesAreSkippedAndConversionRecordsAreOptIn() throws {
        let image = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG"
        let bytes = warc([("response", "img", image), ("resource", "res", "<p>R</p>"), ("conversion", "wet", "Plain text.")])
        #expect(read(bytes).map(\.id) == ["res"])
        let withWET = read(bytes, types: [.response, .resource, .conversion])
        #expect(withWET.map(\.id) == ["res", "wet"])
        if case .plainText(let text)? = withWET.last?.document?.raw { #expect(text == Array("Plain text.".utf8)) } else { Issue.record("WET is plain text") }
    }

    @Test func malformedRecordsAreReportedAndTheReaderResynchronises() {
        var bytes = warc([("response", "a", page)])
        bytes += Array("garbage line\r\nmore garbage\r\n".utf8)
        bytes += Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <nolen>\r\n\r\n".utf8)
        bytes += warc([("response", "b", page)])
        let items = read(bytes)
        #expect(items.map { $0.document != nil } == [true, false, false, true])
        #expect(items[1].failure?.code == "invalid_record")
        #expect(items[2].failure?.id == "nolen")
        #expect(items[3].id == "b")
    }

    @Test func oversizedPayloadsAreRecordedAndSkipped() {
        let big = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + String(repeating: "<p>x</p>", count: 1000)
        let items = read(warc([("response", "big", big), ("response", "small", page)]), limit: 2000)
        #expect(items.map(\.id) == ["big", "small"])
        #expect(items[0].failure?.code == "too_large")
    }

    @Test func aTruncatedFileEndsWithOneError() {
        let bytes = warc([("response", "a", page), ("response", "b", page)])
        let items = read(Array(bytes.dropLast(20)))
        #expect(items.map(\.id) == ["a", "b"])
        #expect(items[1].failure?.code == "truncated")
    }

    @Test func gzipMembersResynchroniseAfterDamage() throws {
        var first = try OutputCodec.gzip.encode(warc([("response", "a", page)]))
        let second = try OutputCodec.gzip.encode(warc([("response", "b", page)]))
        let third = try OutputCodec.gzip.encode(warc([("response", "c", page)]))
        var damaged = second
        for index in 12..<min(40, damaged.count - 8) { damaged[index] ^= 0x55 }
        first += damaged + third
        let reader = WARCReader(lines: LineReader(stream: try GzipStream(source: MemoryStream(first))), displayPath: "x.warc.gz",
                                types: [.response], maxDocumentBytes: 1 << 20)
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }
        #expect(items.first?.id == "a")
        #expect(items.last?.id == "c")
        #expect(items.dropFirst().dropLast().allSatisfy { $0.failure?.code == "corrupt_data" })
        #expect(items.count == 3)
    }

    @Test(.enabled(if: TestPython.enabled, "needs SIFT_TEST_PYTHON (make test-venv); always runs in CI"))
    func warcioFilesAndTheirDamagedVariant() throws {
        let folder = try Fixtures.folder()
        let pages = readAll(InputConfig(paths: [folder + "/pages"])).compactMap(\.document)
        for name in ["pages.warc", "pages.warc.gz"] {
            let documents = readAll(InputConfig(paths: [folder + "/good/" + name])).compactMap(\.document)
            #expect(documents.map(\.id) == pages.map { "urn:test:" + $0.id })
            #expect(documents.map(\.raw.bytes) == pages.map(\.raw.bytes))
        }
        let mixed = readAll(InputConfig(paths: [folder + "/faulty/mixed.warc.gz"]))
        #expect(mixed.map(\.id) == ["urn:test:a", "urn:test:latin", "urn:test:cyr", "urn:test:chunked", folder + "/faulty/mixed.warc.gz#6",
                                    "urn:test:nolength", "urn:test:deep", "urn:test:z"])
        let texts = mixed.map { String(decoding: $0.document?.raw.bytes ?? [], as: UTF8.self) }
        #expect(texts[1].contains("Café crème naïve."))
        #expect(texts[2].contains("Привет мир."))
        #expect(mixed[2].document?.metadata["warc"]?.objectValue?["charset"] == "windows-1251")
        #expect(texts[3].contains("A good page."))
        let truncated = readAll(InputConfig(paths: [folder + "/faulty/truncated.warc.gz"]))
        #expect(truncated.count == 8)
        #expect(truncated.last?.failure?.code == "truncated")
    }
}
