import Foundation
import Testing
import SiftConfig
import SiftCore
@testable import SiftIO

@Suite struct InputSourcesTests {
    func folder(_ files: [String: String]) throws -> String {
        let root = try temporaryDirectory()
        for (name, content) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test func globsExpandSortedAndListsNameInputsRelativeToTheirFolder() throws {
        let root = try folder(["b.html": "<p>b</p>", "a.html": "<p>a</p>", "c.txt": "c", "lists/inputs.txt": "# pages\n../c.txt\n\n../a.html\n"])
        #expect(readAll(InputConfig(paths: [root + "/*.html"])).map(\.id) == [root + "/a.html", root + "/b.html"])
        #expect(readAll(InputConfig(paths: ["@" + root + "/lists/inputs.txt"])).map(\.id) == [root + "/lists/../c.txt", root + "/lists/../a.html"])
        let missing = readAll(InputConfig(paths: [root + "/*.pdf", "@" + root + "/nope.txt"]))
        #expect(missing.map { $0.failure?.code } == ["not_found", "not_found"])
    }

    @Test func theWalkVisitsFullPathsInByteOrder() throws {
        let root = try folder(["a-c.txt": "1", "a/b.txt": "2", "ab.txt": "3", "a.txt": "4", "z/y/x.txt": "5", "Z.txt": "6"])
        #expect(readAll(InputConfig(paths: [root])).map(\.id) == ["Z.txt", "a-c.txt", "a.txt", "a/b.txt", "ab.txt", "z/y/x.txt"])
    }

    @Test func gzipCompressedPagesAndFormatByName() throws {
        let root = try temporaryDirectory()
        try Data(try gzipMember("<p>zipped</p>")).write(to: URL(fileURLWithPath: root + "/page.html.gz"))
        let items = readAll(InputConfig(paths: [root + "/page.html.gz"]))
        #expect(items.first?.document?.raw.bytes == Array("<p>zipped</p>".utf8))
        let walked = readAll(InputConfig(paths: [root]))
        #expect(walked.map(\.id) == ["page.html.gz"], "directories yield gzip-compressed pages too")
        #expect(walked.first?.document?.raw.bytes == Array("<p>zipped</p>".utf8))
        #expect(InputKind(name: "x.warc.gz") == InputKind(format: .warc, compression: .gzip))
        #expect(InputKind(name: "x.tar.zst").format == .archive)
        #expect(InputKind(name: "x.jsonl.zst") == InputKind(format: .jsonl, compression: .other))
        #expect(InputKind(name: "notes.gz").format == .auto)
    }

    @Test func oversizedFilesAndLinesAreRecordedNotRead() throws {
        let root = try folder(["big.html": String(repeating: "<p>x</p>", count: 100), "r.jsonl": "{\"id\":\"s\",\"text\":\"ok\"}\n{\"id\":\"l\",\"text\":\"\(String(repeating: "y", count: 500))\"}\n"])
        let items = readAll(InputConfig(paths: [root], maxDocumentBytes: 300))
        #expect(items.map { $0.failure?.code ?? "ok" } == ["too_large", "ok", "too_large"])
    }

    @Test func progressKnowsTheTotalOnceEveryFolderIsListed() throws {
        let root = try folder(["a.html": "12345", "b/c.txt": "123", "d.txt": "1"])
        var reader = InputReader(config: InputConfig(paths: [root]))
        #expect(reader.progress.totalBytes == nil)
        _ = reader.next()
        #expect(reader.progress.totalBytes == nil, "folder b is listed when the walk reaches it")
        _ = reader.next()
        #expect(reader.progress.totalBytes == 9)
        while reader.next() != nil {}
        #expect(reader.progress.bytesRead == 9)
        let flat = try folder(["x.txt": "12", "y.txt": "3"])
        var flatReader = InputReader(config: InputConfig(paths: [flat]))
        _ = flatReader.next()
        #expect(flatReader.progress.totalBytes == 3)
        #expect(InputReader(config: InputConfig(paths: ["-"])).progress.totalBytes == nil)
    }
}
