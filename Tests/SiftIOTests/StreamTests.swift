import Foundation
import Testing
@testable import SiftIO

@Suite struct StreamTests {
    func lines(_ stream: ByteStream, maxBytes: Int = .max) throws -> [String] {
        let reader = LineReader(stream: stream, bufferSize: 7)
        var result: [String] = []
        while let line = try reader.next(maxBytes: maxBytes) {
            switch line {
            case .line(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let count): result.append("<\(count) bytes>")
            }
        }
        return result
    }

    @Test func linesAcrossSmallBuffersWithCRLFAndOverlongLines() throws {
        let text = "first\r\nsecond line is long\nthird\n\nlast"
        #expect(try lines(MemoryStream(Array(text.utf8))) == ["first", "second line is long", "third", "", "last"])
        #expect(try lines(MemoryStream(Array(text.utf8)), maxBytes: 10) == ["first", "<19 bytes>", "third", "", "last"])
    }

    @Test func concatenatedGzipMembersReadAsOneStream() throws {
        let bytes = try gzipMember("one\ntwo\n") + gzipMember("three\n") + gzipMember("")
        #expect(try lines(GzipStream(source: MemoryStream(bytes))) == ["one", "two", "three"])
    }

    @Test func damageIsReportedOnceAndReadingGoesOnAtTheNextMember() throws {
        var damaged = try gzipMember(String(repeating: "lost line\n", count: 50))
        for index in 10..<30 { damaged[index] = 0xFF }
        let bytes = try gzipMember("before\n") + damaged + gzipMember("after\n")
        let reader = LineReader(stream: try GzipStream(source: MemoryStream(bytes)))
        var seen: [String] = []
        var errors: [String] = []
        while true {
            do {
                guard let line = try reader.next() else { break }
                if case .line(let text) = line { seen.append(String(decoding: text, as: UTF8.self)) }
            } catch {
                errors.append(error.code)
                #expect(error.recoverable)
            }
        }
        #expect(errors == ["corrupt_data"])
        #expect(seen.first == "before")
        #expect(seen.last == "after")
    }

    @Test func aTruncatedGzipStreamEndsWithTruncated() throws {
        let whole = try gzipMember(String(repeating: "some text that compresses\n", count: 100))
        let stream = try GzipStream(source: MemoryStream(Array(whole.prefix(whole.count / 2))))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var caught: StreamError?
        do {
            while try buffer.read(from: stream, at: 0) > 0 {}
        } catch {
            caught = error
        }
        #expect(caught?.code == "truncated")
        #expect(caught?.recoverable == false)
    }

    @Test func charsetsFromHTTPMetaDetectionAndBOM() {
        let latin: [UInt8] = [0x43, 0x61, 0x66, 0xE9]  // "Café" in ISO-8859-1
        let fromHTTP = CharsetDecoder.decode(latin, contentType: "text/html; charset=\"ISO-8859-1\"", isHTML: true)
        #expect(String(decoding: fromHTTP.bytes, as: UTF8.self) == "Café")
        #expect(fromHTTP.charset == "windows-1252")
        let meta = Array("<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>".utf8) + [0xCF, 0xF0, 0xE8]
        let fromMeta = CharsetDecoder.decode(meta, contentType: "text/html", isHTML: true)
        #expect(fromMeta.origin == "meta")
        #expect(String(decoding: fromMeta.bytes, as: UTF8.self).hasSuffix("При"))
        #expect(CharsetDecoder.decode(Array("plain ascii".utf8), contentType: nil, isHTML: true).charset == "utf-8")
        let utf16 = CharsetDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00], contentType: nil, isHTML: true)
        #expect(String(decoding: utf16.bytes, as: UTF8.self) == "Hi")
        let unknownLabel = CharsetDecoder.decode(latin, contentType: "text/html; charset=no-such-charset", isHTML: true)
        #expect(unknownLabel.origin != "http")
    }
}
