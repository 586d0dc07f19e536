import ArgumentParser
import Foundation
import SiftCore
import SiftEntities
import SiftJSON
import SiftText

/// `pipeline bench-gazetteer`: build time, memory and matching throughput of the gazetteer stage for lists
/// of 1k, 100k and 1M entries on the same text.
struct GazetteerBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-gazetteer",
        abstract: "Measure gazetteer build time, memory and matching throughput for 1k, 100k and 1M entries.",
        discussion: """
            Synthetic lists (1-4 words of 5-12 letters, plus the same few hundred capitalised words and word pairs \
            of the corpus in every list, so every size finds the same names) are written as TSV and loaded the way \
            the stage loads them. The text is tokenized and split into sentences first (not timed); matching is \
            timed alone, one thread, after a warm-up pass; times are the thread's CPU time (steady on a shared machine). Build in release mode; Tools/bench/gazetteer.sh runs \
            flashtext on the same text and lists in the same run.
            """
    )

    @Option(help: "The text: ground-truth.json (article bodies), a .jsonl file with a \"text\" field, or a .txt file.")
    var corpus = "../shared/corpora/dev/extraction/ground-truth.json"

    @Option(help: "List sizes to generate, comma-separated.")
    var sizes = "1000,100000,1000000"

    @Option(name: .customLong("list"), help: "An existing list file (TSV or .jsonl) to measure as well; repeatable.")
    var lists: [String] = []

    @Option(help: "Timed matching passes over the text (after one warm-up pass); the median pass counts.")
    var passes = 5

    @Option(help: "Write the generated lists to this folder (kept) instead of a temporary one.")
    var writeLists: String?

    @Option(help: "Write the text as JSON Lines {\"id\", \"text\"} to this file (for other tools).")
    var writeText: String?

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func validate() throws {
        if passes < 1 { throw ValidationError("--passes must be at least 1") }
        if parsedSizes == nil { throw ValidationError("--sizes must be positive integers separated by commas") }
    }

    var parsedSizes: [Int]? {
        let values = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.compactMap { $0 }
    }

    func run() throws {
        let texts = try GazetteerBenchCorpus.texts(at: corpus)
        guard !texts.isEmpty else { throw ValidationError("no text in '\(corpus)'") }
        if let writeText { try GazetteerBenchCorpus.writeJSONLines(texts, to: writeText) }
        let corpus = try GazetteerBenchCorpus(texts: texts)
        let folder = try writeLists ?? GazetteerBenchCorpus.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var measured: [(String, String)] = []
        for size in parsedSizes ?? [] {
            let path = folder + "/gazetteer-\(size).tsv"
            try GazetteerBenchCorpus.writeSyntheticList(entries: size, realNames: corpus.realNames, to: path)
            measured.append(("\(size)", path))
        }
        measured += lists.map { (URL(fileURLWithPath: $0).lastPathComponent, $0) }
        var rows: [GazetteerBenchRow] = []
        for (name, path) in measured {
            rows.append(try GazetteerBenchRow.measure(name: name, path: path, corpus: corpus, passes: passes))
            if !json { print(rows.last!.line) }
        }
        if writeLists == nil { try? FileManager.default.removeItem(atPath: folder) }
        if json {
            let report: JSONValue = [
                "documents": .integer(corpus.documents.count), "tokens": .integer(corpus.tokenCount),
                "text_bytes": .integer(corpus.byteCount), "passes": .integer(passes),
                "rows": .array(rows.map(\.json)),
            ]
            print(report.prettyText, terminator: "")
        } else {
            print(String(format: "text: %d documents, %d tokens, %.2f MB (UTF-8); %d passes, one thread",
                         corpus.documents.count, corpus.tokenCount, Double(corpus.byteCount) / 1e6, passes))
        }
    }
}

/// The bench's text, tokenized and split into sentences once, and the corpus names every list shares.
struct GazetteerBenchCorpus {
    let documents: [(text: DocumentText, tokens: [Token], sentences: [Sentence])]
    let tokenCount: Int
    let byteCount: Int
    /// Capitalised words and word pairs from inside sentences: names the text really contains.
    let realNames: [String]

    init(texts: [String]) throws {
        let tokenizer = try TokenizeStage(locale: "en")
        let splitter = try SentenceStage(locale: "en")
        var documents: [(DocumentText, [Token], [Sentence])] = []
        var names: [String] = []
        var seen = Set<String>()
        for text in texts {
            let documentText = DocumentText(text)
            let tokens = tokenizer.tokenize(documentText.utf16)
            let sentences = try splitter.sentences(documentText.utf16, tokens: tokens)
            documents.append((documentText, tokens, sentences))
            for sentence in sentences where sentence.tokens.count > 2 {
                for index in sentence.tokens.dropFirst() where Self.isCapitalised(tokens[index], documentText) {
                    var name = documentText.substring(tokens[index].span)
                    if index + 1 < sentence.tokens.upperBound, Self.isCapitalised(tokens[index + 1], documentText), names.count % 3 == 0 {
                        name += " " + documentText.substring(tokens[index + 1].span)
                    }
                    if names.count < 500, seen.insert(name).inserted { names.append(name) }
                }
            }
        }
        self.documents = documents
        self.tokenCount = documents.reduce(0) { $0 + $1.1.count }
        self.byteCount = texts.reduce(0) { $0 + $1.utf8.count }
        self.realNames = names
    }

    static func isCapitalised(_ token: Token, _ text: DocumentText) -> Bool {
        token.kind == .word && token.span.length >= 3 && text.utf16[token.span.start] &- 0x41 < 26
    }

    /// Article bodies of a ground-truth.json, `text` fields of a .jsonl file, or a whole .txt file.
    static func texts(at path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if path.hasSuffix(".txt") { return [String(decoding: data, as: UTF8.self)] }
        if path.hasSuffix(".jsonl") {
            return try data.split(separator: 0x0A).compactMap { try JSONParser().parse(Array($0)).objectValue?["text"]?.stringValue }
        }
        guard case .object(let records) = try JSONParser().parse(Array(data)) else { return [] }
        return records.members.compactMap { $0.value.objectValue?["articleBody"]?.stringValue }
    }

    static func writeJSONLines(_ texts: [String], to path: String) throws {
        let lines = texts.enumerated().map { JSONValue.object(JSONObject([("id", .string("doc\($0.offset)")), ("text", .string($0.element))])).jsonText }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func temporaryFolder() throws -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sift-bench-gazetteer-\(getpid())").path
    }

    /// `entries` TSV lines: the corpus names, then random 1–4-word names of 5–12 letters (fixed seed).
    static func writeSyntheticList(entries: Int, realNames: [String], to path: String) throws {
        let labels = Gazetteer.newsLabels
        var random = GazetteerBenchRandom(seed: 0x5EED)
        var out = [UInt8]()
        out.reserveCapacity(entries * 40)
        for index in 0..<entries {
            if index < realNames.count {
                out += Array(realNames[index].utf8)
            } else {
                for word in 0..<Int(random.next() % 4 + 1) {
                    if word > 0 { out.append(0x20) }
                    for letter in 0..<Int(random.next() % 8 + 5) {
                        out.append(UInt8((letter == 0 ? 0x41 : 0x61) + random.next() % 26))
                    }
                }
            }
            out += Array("\t\(labels[index % labels.count])\tbench:\(index)\n".utf8)
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
    }
}

/// Figures for one list.
struct GazetteerBenchRow {
    let name: String
    let entries: Int
    let buildSeconds: Double
    let rssBytes: Int
    let tableBytes: Int
    /// The median pass, and the fastest (the least disturbed by other work on a shared machine).
    let matchSeconds: Double
    let bestMatchSeconds: Double
    let matches: Int
    let tokens: Int
    let bytes: Int
    /// Reading the compiled lists back from their cache file (wall time), and the file's size.
    let cacheLoadSeconds: Double
    let cacheBytes: Int

    static func measure(name: String, path: String, corpus: GazetteerBenchCorpus, passes: Int) throws -> GazetteerBenchRow {
        let rssBefore = residentBytes()
        let started = cpuSeconds()
        let gazetteer = try Gazetteer(lists: [GazetteerListOptions(path: path, label: "MISC")], context: StageContext(baseDirectory: ""))
        let buildSeconds = cpuSeconds() - started
        let rss = residentBytes() - rssBefore
        var matches = 0
        var times: [Double] = []
        for pass in 0...passes {
            let passStart = cpuSeconds()
            var found = 0
            for document in corpus.documents {
                found += try gazetteer.entities(in: document.text, tokens: document.tokens, sentences: document.sentences).count
            }
            if pass > 0 { times.append(cpuSeconds() - passStart) }
            matches = found
        }
        let matchSeconds = times.sorted()[times.count / 2]
        let bestMatchSeconds = times.min() ?? matchSeconds
        let cache = try measureCache(path: path, corpus: corpus, matches: matches)
        return GazetteerBenchRow(
            name: name, entries: gazetteer.statistics.first?.entries ?? 0, buildSeconds: buildSeconds, rssBytes: rss,
            tableBytes: gazetteer.byteCount, matchSeconds: matchSeconds, bestMatchSeconds: bestMatchSeconds, matches: matches,
            tokens: corpus.tokenCount, bytes: corpus.byteCount, cacheLoadSeconds: cache.seconds, cacheBytes: cache.bytes)
    }

    /// Writes the list's cache file to a temporary folder, then times reading it back (wall time: it is
    /// mostly reading a file); checks the cached gazetteer finds the same matches.
    static func measureCache(path: String, corpus: GazetteerBenchCorpus, matches: Int) throws -> (seconds: Double, bytes: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-bench-gazetteer-cache-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lists = [GazetteerListOptions(path: path, label: "MISC")]
        _ = try Gazetteer(lists: lists, context: StageContext(baseDirectory: ""), cache: .folder(folder))
        let started = wallSeconds()
        let cached = try Gazetteer(lists: lists, context: StageContext(baseDirectory: ""), cache: .folder(folder))
        let seconds = wallSeconds() - started
        guard let file = cached.cacheFile else { throw ValidationError("the cache file for '\(path)' was not written or not read back") }
        var found = 0
        for document in corpus.documents {
            found += try cached.entities(in: document.text, tokens: document.tokens, sentences: document.sentences).count
        }
        guard found == matches else { throw ValidationError("the cached gazetteer found \(found) matches, the compiled one \(matches)") }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
        return (seconds, bytes ?? 0)
    }

    static func wallSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    var tokensPerSecond: Double { Double(tokens) / matchSeconds }
    var megabytesPerSecond: Double { Double(bytes) / 1e6 / matchSeconds }
    var bestMegabytesPerSecond: Double { Double(bytes) / 1e6 / bestMatchSeconds }

    var line: String {
        String(format: "GAZ_BENCH list=%@ entries=%d build_s=%.3f entries_per_s=%.0f rss_mib=%.1f tables_mib=%.1f cache_load_s=%.3f cache_mib=%.1f match_tokens_per_s=%.0f match_mb_per_s=%.2f match_best_mb_per_s=%.2f matches=%d",
               name, entries, buildSeconds, Double(entries) / buildSeconds, Double(rssBytes) / 1_048_576,
               Double(tableBytes) / 1_048_576, cacheLoadSeconds, Double(cacheBytes) / 1_048_576, tokensPerSecond, megabytesPerSecond, bestMegabytesPerSecond, matches)
    }

    var json: JSONValue {
        ["list": .string(name), "entries": .integer(entries), "build_s": .number(buildSeconds), "rss_bytes": .integer(rssBytes),
         "table_bytes": .integer(tableBytes), "cache_load_s": .number(cacheLoadSeconds), "cache_bytes": .integer(cacheBytes), "match_s": .number(matchSeconds), "tokens_per_s": .number(tokensPerSecond.rounded()),
         "mb_per_s": .number((megabytesPerSecond * 100).rounded() / 100),
         "best_mb_per_s": .number((bestMegabytesPerSecond * 100).rounded() / 100), "matches": .integer(matches)]
    }

    /// CPU time of this thread: steadier than wall time on a shared machine (the peers script uses the same).
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Resident set size from /proc/self/statm (0 where there is none).
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }
}

/// A small deterministic random generator (GazetteerBenchRandom) for the synthetic lists.
struct GazetteerBenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
