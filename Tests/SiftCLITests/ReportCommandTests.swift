import Foundation
import Testing

/// `pipeline report` and `pipeline run --report` as a user runs them.
@Suite(.serialized) struct ReportCommandTests {
    private func stanceResults(in folder: URL) throws -> String {
        let results = folder.appendingPathComponent("results.jsonl").path
        let run = try CLI.run(["run", "Pipelines/news-stance.json", "-o", results, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        return results
    }

    @Test func reportOfAResultsFile() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try stanceResults(in: folder)
        let records = try String(contentsOfFile: results, encoding: .utf8).split(separator: "\n").count
        let report = folder.appendingPathComponent("report.html").path
        let result = try CLI.run(["report", results, "-o", report, "--title", "Samples <today>"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("report: \(records) documents (\(records) processed, 0 failed) → \(report)"), "\(result.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Samples &lt;today&gt;</title>"))
        #expect(html.components(separatedBy: "<details class=\"doc\"").count - 1 == records)
        #expect(html.contains("<mark class=\"e-"), "entities are highlighted")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["report.html", "results.jsonl"], "no temporary file left")
    }

    @Test func standardInputToStandardOutputWithABadLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try stanceResults(in: folder)
        var input = try Data(contentsOf: URL(fileURLWithPath: results))
        input.append(contentsOf: Array("{\"id\": \"half\", \"text\": \"cut off\n".utf8))
        let result = try CLI.run(["report", "-", "--quiet"], stdin: [UInt8](input))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let html = result.output
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<details class=\"doc failed\""))
        #expect(html.contains("of the results could not be read"))
        #expect(html.contains("<b>1</b> unreadable lines"))
    }

    @Test func inputAndOutputErrors() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLI.run(["report", folder.appendingPathComponent("nope.jsonl").path, "-o", folder.appendingPathComponent("r.html").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("results file '\(folder.path)/nope.jsonl' not found"), "\(missing.stderr)")
        let directory = try CLI.run(["report", folder.path, "-o", folder.appendingPathComponent("r.html").path])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("is a folder"), "\(directory.stderr)")
        let results = try stanceResults(in: folder)
        let unwritable = try CLI.run(["report", results, "-o", folder.appendingPathComponent("no/such/dir/r.html").path])
        #expect(unwritable.status == 3)
        #expect(unwritable.stderr.contains("cannot write the report"), "\(unwritable.stderr)")
        let usage = try CLI.run(["report", results, "--max-documents", "0"])
        #expect(usage.status == 2)
    }

    @Test func runWritesAReportToo() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("run-report.html").path
        let result = try CLI.run(["run", "Pipelines/news-stance.json", "--report", report])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("report: \(result.lines.count) documents"), "\(result.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<title>Sift report: pipeline &#39;news-stance&#39;</title>"))
        #expect(html.components(separatedBy: "<details class=\"doc\"").count - 1 == result.lines.count)
        // The same results through pipeline report give the same page, but for the title and subtitle.
        let results = folder.appendingPathComponent("out.jsonl").path
        try Data(result.stdout).write(to: URL(fileURLWithPath: results))
        let again = try CLI.run(["report", results, "-o", "-", "--quiet"])
        let body = { (page: String) in page.components(separatedBy: "<main>").last ?? "" }
        #expect(body(again.output) == body(html))

        let toStdout = try CLI.run(["run", "Pipelines/news-stance.json", "--report", "-"])
        #expect(toStdout.status == 2)
        #expect(toStdout.stderr.contains("--report needs a file name"))
        let resumed = try CLI.run(["run", "Pipelines/news-stance.json", "-o", folder.appendingPathComponent("o.jsonl").path, "--resume", "--report", report])
        #expect(resumed.status == 2)
        #expect(resumed.stderr.contains("--report cannot be combined with --resume"))
        let badPath = try CLI.run(["run", "Pipelines/news-stance.json", "--report", folder.appendingPathComponent("missing/r.html").path])
        #expect(badPath.status == 2, "an unwritable report path stops the run before it starts")
        #expect(badPath.stdout.isEmpty)
    }

    @Test func helpListsTheCommand() throws {
        let help = try CLI.run(["--help"])
        #expect(help.output.contains("report"))
        let reportHelp = try CLI.run(["report", "--help"])
        #expect(reportHelp.status == 0)
        #expect(reportHelp.output.contains("--max-documents"))
        let runHelp = try CLI.run(["run", "--help"])
        #expect(runHelp.output.contains("--report"))
    }
}
