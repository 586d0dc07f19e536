import Foundation
import Testing
import SiftConfig
import SiftCore
import SiftIO

@Suite struct InputReaderTests {
    func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sift-input-\(UUID().uuidString)").path
        for (name, content) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    func read(_ config: InputConfig) -> [(id: String, ok: Bool)] {
        var reader = InputReader(config: config)
        var items: [(String, Bool)] = []
        while let item = reader.next() {
            switch item {
            case .document(let document): items.append((document.id, true))
            case .failure(let failure): items.append((failure.id, false))
            }
        }
        return items
    }

    @Test func walksDirectoriesRecursivelyInByteOrderSkippingHiddenAndOtherFiles() throws {
        let root = try folder(["b.html": "<p>b</p>", "a/z.txt": "z", "a/B.txt": "B", ".hidden.txt": "h", "notes.pdf": "%PDF", "a/.git/x.txt": "x", "c.jsonl": "{\"id\": \"r1\", \"text\": \"t\"}\n{\"id\": \"r2\", \"text\": \"u\"}\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = read(InputConfig(paths: [root]))
        #expect(items.map(\.id) == ["a/B.txt", "a/z.txt", "b.html", "r1", "r2"])
        #expect(items.allSatisfy { $0.ok })
    }

    @Test func keepsTheOrderOfSeveralInputsAndReportsMissingOnes() throws {
        let root = try folder(["one.txt": "1", "two.txt": "2"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = read(InputConfig(paths: [root + "/two.txt", root + "/missing.txt", root + "/one.txt"]))
        #expect(items.map(\.id) == [root + "/two.txt", root + "/missing.txt", root + "/one.txt"])
        #expect(items.map(\.ok) == [true, false, true])
    }

    @Test func extensionsAndFormatCanBeChosen() throws {
        let root = try folder(["page.data": "<p>x</p>", "skip.txt": "y"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let items = read(InputConfig(paths: [root], format: .html, extensions: ["data"]))
        #expect(items.map(\.id) == ["page.data"])
    }

    @Test func jsonLinesRecordsKeepExtraFieldsAndNameBadLines() throws {
        let root = try folder(["r.jsonl": "{\"id\": 1, \"text\": \"a\", \"lang\": \"en\"}\n\n{\"text\": 5}\n{oops\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var reader = InputReader(config: InputConfig(paths: [root + "/r.jsonl"]))
        guard case .document(let first)? = reader.next() else { Issue.record("expected a document"); return }
        #expect(first.id == "1")
        #expect(first.metadata["lang"] == "en")
        #expect(first.source.line == 1)
        guard case .failure(let second)? = reader.next() else { Issue.record("expected a failure"); return }
        #expect(second.source.line == 3)
        #expect(second.message.contains("r.jsonl:3"))
        guard case .failure(let third)? = reader.next() else { Issue.record("expected a failure"); return }
        #expect(third.code == "invalid_json")
        #expect(reader.next() == nil)
    }
}
