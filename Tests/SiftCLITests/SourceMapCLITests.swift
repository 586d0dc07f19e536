import Foundation
import SiftJSON
import Testing

/// `source_map` end to end through the `pipeline` binary: the issue's check that every entity found in the
/// seed texts and the dev pages maps to source bytes holding its text. The mapping rule is implemented here
/// again from the output schema's description, so the documentation is tested too.
@Suite struct SourceMapCLITests {
    /// The source byte range of a code-point span, by the rule in Schemas/output.schema.json.
    static func sourceRange(_ segments: [[Int]], _ start: Int, _ end: Int) -> Range<Int>? {
        let overlapping = segments.filter { $0[0] < end && $0[0] + $0[1] > start }
        guard let first = overlapping.first, let last = overlapping.last else { return nil }
        let from = first[1] == first[3] && start > first[0] ? first[2] + start - first[0] : first[2]
        let to = last[1] == last[3] && end < last[0] + last[1] ? last[2] + end - last[0] : last[2] + last[3]
        return from..<max(from, to)
    }

    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The entity pipeline of news-stance.json (without sentiment and stance) with the source map on.
    static func config(mode: String, in directory: URL) throws -> URL {
        let root = CLI.packageRoot.path
        let stoplist = "\(root)/Config/gazetteers/stoplist.txt"
        let lists = ["countries": 2, "organisations": 2, "news-agencies": 1, "demonyms": 1, "regions": 1, "cities": 0]
            .sorted { $0.key < $1.key }
            .map { "{\"path\": \"\(root)/Config/gazetteers/\($0.key).tsv\", \"priority\": \($0.value), \"stoplist\": \"\(stoplist)\"}" }
        let json = """
            {"name": "source-map-\(mode)", "stages": [
              {"stage": "html-cleanup", "options": {"mode": "\(mode)", "source_map": true}},
              {"stage": "tokenize", "options": {"locale": "en"}},
              {"stage": "sentences"},
              {"stage": "gazetteer", "options": {"lists": [\(lists.joined(separator: ", "))]}},
              {"stage": "names", "options": {"lexicon_dir": "\(root)/Config/lexicons/names"}}
            ]}
            """
        let url = directory.appendingPathComponent("entities-\(mode).json")
        try Data(json.utf8).write(to: url)
        return url
    }

    /// Reads a document's raw bytes as the pipeline did (.gz decompressed).
    static func rawBytes(_ path: String) throws -> [UInt8] {
        guard path.hasSuffix(".gz") else { return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gunzip")
        process.arguments = ["-c", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// The encoding of a record's source bytes (metadata.charset when it was converted, else UTF-8).
    static func encoding(_ record: JSONObject) -> String.Encoding? {
        guard let name = record["metadata"]?.objectValue?["charset"]?.objectValue?["name"]?.stringValue else { return .utf8 }
        let known: [String: String.Encoding] = [
            "windows-1251": .windowsCP1251, "windows-1252": .windowsCP1252, "shift_jis": .shiftJIS,
            "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian, "iso-8859-2": .isoLatin2,
        ]
        return known[name]
    }

    /// Runs the entity pipeline with `mode` over `inputs`; maps every entity to its source bytes; cleans those
    /// bytes again (one JSON Lines batch through html-cleanup: tags dropped, references decoded); checks each
    /// holds its entity's text (whitespace aside: cleanup writes its own). Returns the number of entities checked.
    func checkEntities(mode: String, inputs: [String]) throws -> Int {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLI.run(["run", try Self.config(mode: mode, in: directory).path] + inputs + ["-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        var fragments: [String] = []
        var expected: [(id: String, entity: String, where: String)] = []
        for line in run.lines {
            #expect(recordProblems(line).isEmpty, "\(recordProblems(line).prefix(3))")
            let record = try #require(try JSONParser().parse(line).objectValue)
            let path = try #require(record["source"]?.objectValue?["path"]?.stringValue)
            let segments = try #require(record["source_map"]?.objectValue?["segments"]?.arrayValue, "\(path): no source_map")
                .map { $0.arrayValue?.compactMap(\.intValue) ?? [] }
            let raw = try Self.rawBytes(path)
            let encoding = try #require(Self.encoding(record), "\(path): unknown charset")
            let field = path.hasSuffix(".txt") ? "text" : "html"
            for entity in record["entities"]?.arrayValue ?? [] {
                let object = try #require(entity.objectValue)
                let start = try #require(object["start"]?.intValue), end = try #require(object["end"]?.intValue)
                let text = try #require(object["text"]?.stringValue)
                guard let range = Self.sourceRange(segments, start, end) else {
                    Issue.record("\(path): entity '\(text)' [\(start), \(end)) has no source")
                    continue
                }
                let fragment = try #require(String(data: Data(raw[range]), encoding: encoding), "\(path): bytes \(range) do not decode")
                let id = "e\(expected.count)"
                var writer = JSONWriter()
                writer.write(.object(JSONObject([("id", .string(id)), (field, .string(fragment))])))
                fragments.append(String(decoding: writer.bytes, as: UTF8.self))
                expected.append((id, text, "\(path.split(separator: "/").last ?? "") \(range)"))
            }
        }
        // Clean every fragment the same way (full mode): what its bytes say once tags and references are gone.
        let batch = directory.appendingPathComponent("fragments.jsonl")
        try Data((fragments.joined(separator: "\n") + "\n").utf8).write(to: batch)
        let cleanup = directory.appendingPathComponent("cleanup.json")
        try Data(#"{"name": "fragments", "stages": [{"stage": "html-cleanup"}]}"#.utf8).write(to: cleanup)
        let cleaned = try CLI.run(["run", cleanup.path, batch.path, "-o", "-"])
        #expect(cleaned.status == 0, "\(cleaned.stderr)")
        var texts: [String: String] = [:]
        for line in cleaned.lines {
            let record = try JSONParser().parse(line).objectValue
            if let id = record?["id"]?.stringValue { texts[id] = record?["text"]?.stringValue ?? "" }
        }
        for item in expected {
            let source = texts[item.id] ?? "<missing>"
            #expect(Self.squeezed(source).contains(Self.squeezed(item.entity)),
                    "\(item.where): entity '\(item.entity)' not in its source bytes, cleaned: '\(source.prefix(300))'")
        }
        return expected.count
    }

    @Test(.enabled(if: CLI.sharedCorpora != nil, "shared corpora not found"), arguments: ["full", "article"])
    func everyEntityMapsToItsSource(mode: String) throws {
        let corpora = try #require(CLI.sharedCorpora)
        let seeds = try checkEntities(mode: mode, inputs: ["\(corpora)/seeds"])
        let pages = try checkEntities(mode: mode, inputs: ["\(corpora)/dev/extraction/html/*.html.gz"])
        #expect(seeds > 100 && pages > 1000)
        print("source_map \(mode): \(seeds) entities checked in the seed texts, \(pages) in the dev pages")
    }

    @Test func smallPage() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("page.html")
        try Data("<html><body><p>Fish &amp; chips in <b>Paris</b>.</p></body></html>".utf8).write(to: page)
        let config = directory.appendingPathComponent("c.json")
        try Data(#"{"name": "m", "stages": [{"stage": "html-cleanup", "options": {"source_map": true}}]}"#.utf8).write(to: config)
        let run = try CLI.run(["run", config.path, page.path, "-o", "-"])
        let line = try #require(run.lines.first)
        #expect(recordProblems(line).isEmpty)
        let record = try #require(try JSONParser().parse(line).objectValue)
        #expect(record["text"]?.stringValue == "Fish & chips in Paris.")
        let segments = try #require(record["source_map"]?.objectValue?["segments"]?.arrayValue).map { $0.arrayValue?.compactMap(\.intValue) ?? [] }
        let raw = [UInt8](try Data(contentsOf: page))
        func source(_ start: Int, _ end: Int) -> String? {
            Self.sourceRange(segments, start, end).map { String(decoding: raw[$0], as: UTF8.self) }
        }
        #expect(source(0, 12) == "Fish &amp; chips")
        #expect(source(5, 6) == "&amp;")
        #expect(source(16, 22) == "Paris</b>.")
        #expect(source(16, 21) == "Paris")
    }
}
