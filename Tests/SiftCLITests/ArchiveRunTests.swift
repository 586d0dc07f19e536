import Foundation
import Testing
import SiftJSON

@Suite(.serialized, .enabled(if: ArchiveFixtures.enabled, ArchiveFixtures.skipMessage))
struct ArchiveRunTests {
    @Test func everyArchiveFormatGivesTheFoldersTextsInOrder() throws {
        let root = try ArchiveFixtures.folder()
        let reference = try CLI.run(["run", "Pipelines/news.json", root + "/pages", "--quiet"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let texts = try records(reference).map { $0["text"]?.stringValue }
        for name in ["pages.tar", "pages.tar.gz", "pages.tar.bz2", "pages.tar.xz", "pages.tar.zst", "pages.zip", "pages.7z", "pages.warc", "pages.warc.gz", "pages.jsonl.gz"] {
            let result = try CLI.run(["run", "Pipelines/news.json", root + "/good/" + name, "--quiet", "--jobs", "2"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            for line in result.lines { #expect(recordProblems(line).isEmpty, "\(name): \(recordProblems(line))") }
            let output = try records(result)
            #expect(output.map { $0["text"]?.stringValue } == texts, "\(name)")
            if name.contains("tar") || name.hasSuffix("zip") || name.hasSuffix("7z") {
                #expect(output.first?["source"]?.objectValue?["member"]?.stringValue?.hasPrefix("pages/") == true)
            }
            if name.contains("warc") {
                let source = try #require(output.first?["source"]?.objectValue)
                #expect(source["url"]?.stringValue?.hasPrefix("https://example.org/") == true)
                #expect(source["date"] == "2020-01-01T00:00:00Z")
                #expect(source["member"]?.stringValue?.hasPrefix("<urn:test:") == true)
            }
        }
    }

    /// Good documents mixed with damaged members, truncated streams, junk and pathological HTML: one line
    /// per document, every line a valid record, the same bytes for any --jobs.
    @Test func faultyInputsYieldExactlyOneLinePerDocument() throws {
        let root = try ArchiveFixtures.folder()
        let faulty = root + "/faulty"
        let deep = String(repeating: "<div><b>", count: 60_000) + "x"
        try Data(deep.utf8).write(to: URL(fileURLWithPath: faulty + "/pathological.html"))
        try Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: faulty + "/binary.html"))
        let one = try CLI.run(["run", "Pipelines/news.json", faulty, "--jobs", "1", "--quiet"])
        let two = try CLI.run(["run", "Pipelines/news.json", faulty, "--jobs", "2", "--quiet"])
        #expect(one.status == 1, "some documents fail: \(one.stderr)")
        #expect(one.stdout == two.stdout)
        for line in one.lines { #expect(recordProblems(line).isEmpty, "\(recordProblems(line))") }
        let output = try records(one)
        let manifest = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: faulty + "/manifest.json")))).objectValue ?? JSONObject()
        for (name, expectation) in manifest.members {
            let lines = output.filter { $0["source"]?.objectValue?["path"]?.stringValue == faulty + "/" + name }
            if let count = expectation.objectValue?["lines"]?.intValue { #expect(lines.count == count, "\(name)") } else { #expect(lines.count >= 2, "\(name)") }
            let codes = Set(lines.compactMap { $0["error"]?.objectValue?["code"]?.stringValue })
            for code in expectation.objectValue?["errors"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                #expect(codes.contains(code), "\(name): \(codes)")
            }
        }
        for name in ["pathological.html", "binary.html"] {
            #expect(output.filter { $0["source"]?.objectValue?["path"]?.stringValue == faulty + "/" + name }.count == 1, "\(name)")
        }
    }

    @Test func sizeLimitsErrorBudgetsAndStats() throws {
        let root = try ArchiveFixtures.folder()
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stats = folder.appendingPathComponent("stats.json").path
        let limited = try CLI.run(["run", "Pipelines/news.json", root + "/good/pages.tar.gz", "--max-document-bytes", "1000", "--stats", stats])
        #expect(limited.status == 0, "documents over the limit are skipped, not failed")
        let codes = try records(limited).map { $0["error"]?.objectValue?["code"]?.stringValue }
        #expect(codes.count == 6 && codes.allSatisfy { $0 == "too_large" })
        #expect(limited.stderr.contains("6 too large"))
        let document = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: stats)))).objectValue
        #expect(document?["oversized"] == 6)
        #expect(document?["documents"] == 6)
        #expect((document?["peak_rss_bytes"]?.intValue ?? 0) > 0)
        #expect(document?["stages"]?.arrayValue?.count == 3)

        let stopped = try CLI.run(["run", "Pipelines/news.json", root + "/faulty", "--max-errors", "2"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("more than --max-errors 2 allows"))
        #expect(try records(stopped).filter { $0["error"] != nil && $0["error"]?.objectValue?["code"] != "too_large" }.count == 3)
        let bad = try CLI.run(["run", "Pipelines/news.json", root + "/faulty", "--max-errors", "many"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-errors must be a count"))
    }

    @Test func documentsOverTheTimeBudgetAreRecordedAndTheRunGoesOn() throws {
        let root = try ArchiveFixtures.folder()
        let result = try CLI.run(["run", "Pipelines/news.json", root + "/good/pages.warc.gz", "--document-timeout", "0.0005", "--jobs", "2"])
        let output = try records(result)
        #expect(output.count == 6)
        let timeouts = output.filter { $0["error"]?.objectValue?["code"] == "timeout" }
        #expect(!timeouts.isEmpty, "a debug build needs far more than 0.5 ms per page")
        #expect(timeouts.first?["error"]?.objectValue?["message"]?.stringValue?.contains("--document-timeout") == true)
        #expect(result.status == 1)
    }
}
