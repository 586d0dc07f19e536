import Foundation
import Testing
import SiftJSON

@Suite(.serialized) struct RunCommandTests {
    @Test func newsPipelineOnTheBundledSamples() throws {
        let result = try CLI.run(["run", "Pipelines/news.json", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines.count == 6, "4 files and 2 JSON Lines records")
        for line in lines { #expect(recordProblems(line).isEmpty, "\(recordProblems(line))") }
        let records = try lines.map { try JSONParser().parse($0) }
        let ids = records.compactMap { $0.objectValue?["id"]?.stringValue }
        #expect(ids == ["chip-plant.txt", "council-bike-lanes.txt", "glacier-study.html", "harbour-strike.html", "wire-0001", "wire-0002"])
        let strike = try #require(records[3].objectValue)
        #expect(strike["metadata"]?.objectValue?["title"]?.stringValue?.hasPrefix("Dock workers") == true)
        #expect(strike["text"]?.stringValue?.contains("gtag") == false, "script content must not leak")
        #expect((strike["sentences"]?.arrayValue?.count ?? 0) > 5)
        let wire = try #require(records[4].objectValue)
        #expect(wire["metadata"]?.objectValue?["section"] == "science", "extra JSON Lines fields are kept as metadata")
        #expect(wire["source"] == ["path": .string(CLI.packageRoot.path + "/Pipelines/samples/wire.jsonl"), "line": 1, "url": "https://example.org/wire/0001", "date": "2025-05-02"]
                || wire["source"]?.objectValue?["line"] == 1)
    }

    @Test func outputIsIdenticalForAnyNumberOfJobs() throws {
        let one = try CLI.run(["run", "Pipelines/news.json", "--quiet", "--jobs", "1"])
        let four = try CLI.run(["run", "Pipelines/news.json", "--quiet", "--jobs", "4"])
        let again = try CLI.run(["run", "Pipelines/news.json", "--quiet", "--jobs", "2"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(one.stdout == again.stdout)
    }

    @Test func seedArticles() throws {
        guard let corpora = CLI.sharedCorpora else { return }
        let result = try CLI.run(["run", "Pipelines/news.json", corpora + "/seeds", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 5)
        for line in result.lines { #expect(recordProblems(line).isEmpty, "\(recordProblems(line))") }
    }

    @Test func badInputsYieldOneRecordEachAndNeverCrash() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let deep = String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        let files: [(String, [UInt8])] = [
            ("a-empty.html", []),
            ("b-empty.txt", []),
            ("c-binary.html", junk),
            ("d-invalid-utf8.txt", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x20, 0xFF, 0xFE, 0x21]),
            ("e-deep.html", Array(deep.utf8)),
            ("f-records.jsonl", Array("{\"id\": \"good\", \"text\": \"Fine.\"}\n{not json}\n[1]\n{\"id\": \"nofield\"}\n\n{\"id\": 7, \"html\": \"<p>x</p>\"}\n".utf8)),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        let result = try CLI.run(["run", "Pipelines/news.json", folder.path])
        #expect(result.status == 1, "some records fail, so the exit status is 1: \(result.stderr)")
        let lines = result.lines
        #expect(lines.count == 10, "5 files + 5 non-blank JSON Lines records")
        for line in lines { #expect(recordProblems(line).isEmpty, "\(recordProblems(line))") }
        let records = try lines.map { try JSONParser().parse($0).objectValue ?? JSONObject() }
        let errors = records.filter { $0["error"] != nil }.compactMap { $0["id"]?.stringValue }
        #expect(errors.count == 3, "\(errors)")
        #expect(records[3]["diagnostics"]?.objectValue?["invalid_utf8_sequences"]?.intValue ?? 0 >= 2)
        #expect(result.stderr.contains("10 documents"))
    }

    @Test func unknownFileTypesGiveAnErrorRecord() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.xyz")
        try Data("hello".utf8).write(to: file)
        let result = try CLI.run(["run", "Pipelines/news.json", file.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.output.contains("unsupported_format"))
    }

    @Test func readsJSONLinesFromStandardInput() throws {
        let paragraph = "The council met on Tuesday and agreed, after a long debate, to keep the library open on Sundays for another year. "
        let html = "<html><body><nav><a href='/'>Home</a></nav><article><p>Hi &amp; bye were the only words the mayor said as she left the council chamber on Tuesday, to the surprise of everyone who had waited.</p>"
            + String(repeating: "<p>" + paragraph + paragraph + "</p>", count: 3) + "</article></body></html>"
        let records: [JSONValue] = [["id": "s1", "text": "Hello there. General Kenobi!"], ["id": "s2", "html": .string(html)]]
        let input = Array(records.map(\.jsonText).joined(separator: "\n").utf8) + [0x0A]
        let result = try CLI.run(["run", "Pipelines/news.json", "-", "--quiet"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 2)
        let second = try JSONParser().parse(result.lines[1])
        let text = second.objectValue?["text"]?.stringValue ?? ""
        #expect(text.hasPrefix("Hi & bye were the only words"), "entities decoded, navigation dropped: \(text.prefix(80))")
    }

    @Test func writesToAnOutputFile() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.jsonl").path
        let result = try CLI.run(["run", "Pipelines/news.json", "-o", out])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("6 succeeded"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 6)
    }
}

@Suite struct DevCorpusRunTests {
    /// The UD English-EWT dev documents through the CLI, with JSON Lines field names mapped in the config.
    @Test func udDevDocumentsWithMappedFieldNames() throws {
        guard let corpora = CLI.sharedCorpora else { return }
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("ud.json")
        try Data("""
            {"name": "ud", "input": {"paths": ["\(corpora)/dev/ud-ewt/dev.jsonl"], "fields": {"id": "doc_id"}},
             "stages": ["html-cleanup", "tokenize", "sentences"], "output": {"path": "ud.jsonl"}}
            """.utf8).write(to: config)
        let result = try CLI.run(["run", config.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: folder.appendingPathComponent("ud.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 318)
        var checked = 0
        for line in lines where checked < 60 {
            let problems = recordProblems(line)
            #expect(problems.isEmpty, "\(problems.prefix(3))")
            checked += 1
        }
        let first = try JSONParser().parse(lines[0]).objectValue
        #expect(first?["id"]?.stringValue?.isEmpty == false)
        #expect(first?["metadata"]?.objectValue?["sentences"] != nil, "unmapped fields are kept as metadata")
    }
}

@Suite struct SpecialOutputTests {
    /// Output to a device is written straight to it: a temporary file renamed onto `/dev/null` would replace the device.
    @Test func writingToDevNullKeepsTheDevice() throws {
        let result = try CLI.run(["run", "Pipelines/news.json", "-o", "/dev/null", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null must still be a character device")
        let resumed = try CLI.run(["run", "Pipelines/news.json", "-o", "/dev/null", "--resume", "--quiet"])
        #expect(resumed.status == 2)
        #expect(resumed.stderr.contains("cannot be resumed"))
    }
}
