import Foundation
import Testing
@testable import SiftReport

@Suite struct ReportBuilderTests {
    private func line(_ index: Int) -> String {
        ReportFixtures.record(id: "doc-\(index)", text: "Putin spoke in Moscow.", entities: [(0, 5, "PERSON", "p:putin"), (15, 21, "GPE", "g:moscow")],
                              sentences: [(0, 22, 0.3)], documentSentiment: 0.3)
    }

    @Test func fewDocumentsStartExpandedManyCollapsed() throws {
        let few = try ReportBuilder.html(lines: (1...3).map(line), options: ReportOptions(title: "t"))
        #expect(few.components(separatedBy: "<details class=\"doc\"").count - 1 == 3)
        #expect(few.contains("<details class=\"doc\" id=\"doc-3\" open>"))
        let many = try ReportBuilder.html(lines: (1...21).map(line), options: ReportOptions(title: "t"))
        #expect(many.components(separatedBy: "<details class=\"doc\"").count - 1 == 21)
        #expect(!many.contains(" open>"))
        #expect(many.range(of: "id=\"doc-1\"")!.lowerBound < many.range(of: "id=\"doc-21\"")!.lowerBound, "sections stay in order")
        #expect(many.range(of: "id=\"overview\"")!.lowerBound < many.range(of: "id=\"doc-1\"")!.lowerBound, "the overview is on top")
    }

    @Test func everyNonBlankLineIsOneSectionWithItsLineNumber() throws {
        let html = try ReportBuilder.html(lines: [line(1), "", "   ", "{broken", line(2)], options: ReportOptions(title: "t"))
        #expect(html.contains("id=\"doc-1\"") && html.contains("id=\"doc-2\"") && html.contains("id=\"doc-3\""))
        #expect(!html.contains("id=\"doc-4\""))
        #expect(html.contains("<details class=\"doc failed\" id=\"doc-2\" open>"))
        #expect(html.contains("Line 4 of the results could not be read"))
    }

    @Test func maxDocumentsLimitsSectionsNotTheOverview() throws {
        let html = try ReportBuilder.html(lines: (1...5).map(line), options: ReportOptions(title: "t", maxDocuments: 2))
        #expect(html.contains("id=\"doc-2\""))
        #expect(!html.contains("id=\"doc-3\""))
        #expect(!html.contains("href=\"#doc-3\""), "no links to documents without a section")
        #expect(html.contains("<b>5</b> documents"))
        #expect(html.contains("3 more documents are counted in the overview but have no section here"))
    }

    @Test func manyDocumentsGetACompactStanceTableAndABucketedChart() throws {
        let lines = (1...450).map { index in
            ReportFixtures.record(id: "d\(index)", text: "Putin spoke.", entities: [(0, 5, "PERSON", "p:putin")], sentences: [(0, 12, 0.3)],
                                  stance: ReportFixtures.stance(target: "deal", document: "favor", holders: [("Putin", "p:putin", index % 2 == 0 ? "favor" : "against", 0, [])]),
                                  documentSentiment: index % 3 == 0 ? -0.5 : 0.5)
        }
        let html = try ReportBuilder.html(lines: lines, options: ReportOptions(title: "t"))
        #expect(html.contains("<table class=\"matrix compact\">"))
        #expect(html.contains("<small>+185 more</small>"), "225 favour cells, 40 listed")
        #expect(html.components(separatedBy: "<rect").count - 1 == 225, "450 documents in bars of 2")
        #expect(html.contains("each bar is the mean of 2 consecutive documents"))
        #expect(html.contains("<b>450</b> documents"))
    }

    @Test func spoolMovesToAnUnlinkedScratchFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spool = ReportSpool(directory: folder, memoryLimit: 10)
        try spool.append(Array("0123456".utf8))
        #expect(!spool.isOnDisk)
        try spool.append(Array("789abc".utf8))
        try spool.append(Array("def".utf8))
        #expect(spool.isOnDisk)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the scratch file is unlinked")
        var drained: [UInt8] = []
        try spool.drain { (bytes) throws(ReportError) in drained.append(contentsOf: bytes) }
        #expect(String(decoding: drained, as: UTF8.self) == "0123456789abcdef")
    }

    @Test func reportFileIsRenamedIntoPlaceAndReadsLineByLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let results = folder + "/results.jsonl"
        try Data(((1...3).map(line).joined(separator: "\r\n")).utf8).write(to: URL(fileURLWithPath: results))
        let summary = try ReportBuilder.makeReport(inputs: [results, results], output: folder + "/report.html", options: ReportOptions(title: "t"))
        #expect(summary.records == 6)
        #expect(summary.succeeded == 6, "CRLF line ends and a last line without one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["report.html", "results.jsonl"])
        #expect(throws: ReportError.self) { try ReportBuilder.makeReport(inputs: [folder + "/missing.jsonl"], output: folder + "/r2.html", options: ReportOptions(title: "t")) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/r2.html") && !FileManager.default.fileExists(atPath: folder + "/.r2.html.sift-tmp"))
        try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: URL(fileURLWithPath: folder + "/results.jsonl.gz"))
        do {
            _ = try ReportBuilder.makeReport(inputs: [folder + "/results.jsonl.gz"], output: folder + "/r3.html", options: ReportOptions(title: "t"))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .compressedInput)
            #expect(error.message.contains("gzip -dc"))
        }
    }
}
