import Foundation
import Testing
import SiftJSON

/// The report as a reader sees it: the seed articles run through the real pipeline, rendered by `pipeline report`,
/// opened in headless Chromium (Debian's `chromium` package). Checks the page's scripts ran without error, the
/// entity highlights and the stance table are in the DOM and every link inside the page has its target; takes a
/// screenshot. Skipped when Chromium or the seeds are missing, unless SIFT_CHROMIUM_TEST=1 (CI sets it): then a
/// missing browser is a failure. SIFT_UPDATE_SCREENSHOT=1 also copies the screenshot to docs/images/seed-report.png.
@Suite(.serialized) struct ReportBrowserTests {
    static let required = ProcessInfo.processInfo.environment["SIFT_CHROMIUM_TEST"] == "1"

    @Test func seedReportInChromium() throws {
        guard let browser = try Chromium.find(required: Self.required) else { return }
        guard let corpora = CLI.sharedCorpora else {
            if Self.required { Issue.record("SIFT_CHROMIUM_TEST=1 but ../shared/corpora/seeds is missing") }
            return
        }
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("seeds.jsonl").path
        let report = folder.appendingPathComponent("seed-report.html").path
        // Relative to the package root (the CLI's working folder), as the README's command has it.
        let seeds = FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("../shared/corpora/seeds").path)
            ? "../shared/corpora/seeds" : corpora + "/seeds"
        let run = try CLI.run(["run", "Pipelines/news-stance.json", seeds, "-o", results, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let render = try CLI.run(["report", results, "-o", report, "--title", "Sift report: the seed articles", "--quiet"])
        #expect(render.status == 0, "\(render.stderr)")

        let dom = try browser.dumpDOM(report, in: folder)
        let body = try #require(dom.firstMatch(of: /<body[^>]*>/)).output
        #expect(body.contains("data-ready=\"1\""), "the page's script finished: \(body)")
        #expect(!body.contains("data-script-error"), "script error: \(body)")
        #expect(dom.contains("<span id=\"page-status\">documents 1–5 of 5</span>"), "the list controls are live")

        // Entity highlights, with label, id and source on hover.
        for (label, id, source, text) in [
            ("PERSON", "local:PERSON:vladimir-putin", "names:title", "Vladimir Putin"),
            ("PERSON", "local:PERSON:sergey-lavrov", "names:linked", "Lavrov"),
            ("PERSON", "local:PERSON:amir-khan-muttaqi", "names:title", "Amir Khan Muttaqi"),
            ("ORG", "org:taliban", "organisations", "Taliban"),
            ("GPE", "iso3166:RU", "countries", "Russia"),
            ("GPE", "iso3166:AF", "countries", "Afghanistan"),
            ("GPE", "geonames:524901", "cities", "Moscow"),
        ] {
            let mark = "<mark class=\"e-\(label.lowercased())\" title=\"\(label) · \(id) · \(source)\">\(text)</mark>"
            #expect(dom.contains(mark), "missing \(mark)")
        }

        // The stance table: holders × documents, cells linking to the evidence rows.
        let table = try #require(dom.firstMatch(of: /<table class="matrix">.*?<\/table>/.dotMatchesNewlines())).output
        for holder in ["<i>the article itself</i>", "Russian Foreign Ministry", "Amir Khan Muttaqi", "Sergey Lavrov", "Vladimir Putin", "Critics"] {
            #expect(table.contains("<th scope=\"row\">\(holder)"), "no row for \(holder)")
        }
        #expect(table.contains("<a class=\"st favor\" href=\"#doc-1-stance-1\""), "Russian Foreign Ministry favours recognition in the first seed")
        #expect(table.contains("class=\"st against\""))

        // Every in-page link has a target.
        let ids = Set(dom.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) })
        let targets = Set(dom.matches(of: /\shref="#([^"]+)"/).map { String($0.output.1) })
        #expect(!targets.isEmpty)
        #expect(targets.subtracting(ids).isEmpty, "links without a target: \(targets.subtracting(ids).sorted())")

        let screenshot = folder.appendingPathComponent("seed-report.png").path
        try browser.screenshot(report, to: screenshot, in: folder)
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(png.count > 20_000, "the screenshot is not blank (\(png.count) bytes)")
        if ProcessInfo.processInfo.environment["SIFT_UPDATE_SCREENSHOT"] == "1" {
            let kept = CLI.packageRoot.appendingPathComponent("docs/images/seed-report.png")
            try? FileManager.default.removeItem(at: kept)
            try png.write(to: kept)
        }
    }

    /// Document text, metadata and annotations full of markup are shown as text in the browser: no script runs,
    /// no element is made from them.
    @Test func markupInDocumentsNeverRuns() throws {
        guard let browser = try Chromium.find(required: Self.required) else { return }
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Hello <script>document.body.setAttribute('data-pwned','script')</script> "
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> &amp; bye"
        let record: JSONValue = [
            "schema_version": "1.0", "id": "<b>doc</b>", "source": ["path": "x"], "text": .string(text),
            "metadata": ["title": "</title><script>document.body.setAttribute('data-pwned','title')</script>"],
            "entities": [["start": 6, "end": 14, "text": "<script>", "label": "<i>X</i>", "id": "\"><svg onload=alert(1)>", "source": "s"]],
            "provenance": ["pipeline": "t", "config_sha256": .string(String(repeating: "0", count: 64)), "tool_version": "0.1.0"],
        ]
        let results = folder.appendingPathComponent("hostile.jsonl").path
        try Data((record.jsonText + "\n<script>document.body.setAttribute('data-pwned','line')</script>\n").utf8).write(to: URL(fileURLWithPath: results))
        let report = folder.appendingPathComponent("hostile.html").path
        let render = try CLI.run(["report", results, "-o", report, "--quiet"])
        #expect(render.status == 0, "\(render.stderr)")
        let dom = try browser.dumpDOM(report, in: folder)
        let body = try #require(dom.firstMatch(of: /<body[^>]*>/)).output
        #expect(body.contains("data-ready=\"1\""), "\(body)")
        #expect(!body.contains("data-pwned"), "document markup ran: \(body)")
        #expect(!dom.contains("<img") && !dom.contains("<svg onload") && !dom.contains("<b>doc</b>") && !dom.contains("<i>X</i>"))
        #expect(dom.contains("&lt;script&gt;</mark>document.body.setAttribute('data-pwned','script')&lt;/script&gt;"), "shown as text")
        #expect(dom.contains("&amp;amp; bye"))
        #expect(dom.components(separatedBy: "<script").count - 1 == 2, "only the report's own scripts")
    }
}

/// Headless Chromium, run with a time limit so a hung browser cannot hang the tests.
struct Chromium {
    let path: String

    /// The browser on the PATH (`chromium`, `chromium-browser`), or nil; when `required`, missing is an error.
    static func find(required: Bool) throws -> Chromium? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return Chromium(path: "\(folder)/\(name)")
            }
        }
        if required { throw CLIError("SIFT_CHROMIUM_TEST=1 but no chromium on the PATH: apt-get install -y chromium") }
        return nil
    }

    /// Flags that work as root in a container: no sandbox (it needs user namespaces), no GPU, /tmp instead of
    /// a small /dev/shm, and a fresh profile per run so parallel runs do not share one.
    private func arguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
         "--no-default-browser-check", "--user-data-dir=\(profile.path)"]
    }

    func dumpDOM(_ page: String, in folder: URL) throws -> String {
        let result = try run(arguments(profile: folder.appendingPathComponent("profile-dom")) + ["--dump-dom", "file://" + page])
        guard result.status == 0, !result.stdout.isEmpty else { throw CLIError("chromium --dump-dom failed (\(result.status)): \(result.stderr.suffix(2000))") }
        return String(decoding: result.stdout, as: UTF8.self)
    }

    func screenshot(_ page: String, to png: String, in folder: URL) throws {
        let result = try run(arguments(profile: folder.appendingPathComponent("profile-shot"))
            + ["--screenshot=\(png)", "--window-size=1280,2000", "file://" + page])
        guard result.status == 0, FileManager.default.fileExists(atPath: png) else {
            throw CLIError("chromium --screenshot failed (\(result.status)): \(result.stderr.suffix(2000))")
        }
    }

    /// Runs the browser under coreutils `timeout`, which kills its whole process group (the browser's helper
    /// processes included) after 60 s, and 5 s later with SIGKILL.
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=5", "60", path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var stderr = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { stderr = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        if process.terminationStatus == 124 || process.terminationStatus == 137 { throw CLIError("chromium did not finish within 60 s") }
        return (process.terminationStatus, [UInt8](stdout), String(decoding: stderr, as: UTF8.self))
    }
}
