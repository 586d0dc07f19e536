import ArgumentParser
import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftIO
import SiftJSON
import SiftRuntime

/// `pipeline bench DIR`: per-stage and end-to-end throughput of a pipeline on a folder of pages, one thread.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure each stage's throughput and the end-to-end throughput on a folder of pages (one thread).",
        discussion: """
            All documents are read into memory first, so the figures are the pipeline's own cost: MB/s of input \
            (HTML bytes) and documents/s, per stage and end to end (stages + JSON Lines encoding). Build in release \
            mode (make bench does) and compare with ../shared/bench/limit.c on the same folder (Tools/bench/bench.sh).
            """
    )

    @Argument(help: "A folder of .html/.txt files (e.g. the gunzipped ../shared/corpora/dev/extraction/html).")
    var corpus: String

    @Option(help: "The pipeline config to measure.")
    var config = "Pipelines/news.json"

    @Option(help: "Timed passes over the corpus (after one warm-up pass).")
    var passes = 3

    @Option(name: .customLong("read"), help: "Also time reading this input (an archive, a WARC file, a folder) without processing it (repeatable): the archive rows.")
    var readInputs: [String] = []

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func validate() throws {
        if passes < 1 { throw ValidationError("--passes must be at least 1") }
    }

    func run() throws {
        let (_, pipeline) = try loadPipeline(configPath: config, registry: BuiltinStages.registry())
        var reader = InputReader(config: InputConfig(paths: [corpus]))
        var documents: [Document] = []
        while let item = reader.next() {
            if case .document(let document) = item { documents.append(document) }
        }
        guard !documents.isEmpty else {
            printError("no .html/.txt documents under '\(corpus)'")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let encoder = RecordEncoder(pipelineName: pipeline.name, configHash: pipeline.configHash, layerOrder: pipeline.layerOrder)
        let inputBytes = documents.reduce(0) { $0 + $1.raw.byteCount }
        var stageNanoseconds = [UInt64](repeating: 0, count: pipeline.steps.count)
        var encodeNanoseconds: UInt64 = 0
        var outputBytes = 0
        var tokens = 0
        for pass in 0...passes {
            var timings = [UInt64](repeating: 0, count: pipeline.steps.count)
            var encodeTime: UInt64 = 0
            for document in documents {
                let outcome = timings.withUnsafeMutableBufferPointer { pipeline.process(document, timings: $0) }
                let started = monotonicNanoseconds()
                let line = encoder.encode(outcome)
                encodeTime &+= monotonicNanoseconds() &- started
                if pass == 1 {
                    outputBytes += line?.count ?? 0
                    if case .success(let done) = outcome { tokens += done.layers[TokensLayer.self]?.items.count ?? 0 }
                }
            }
            if pass > 0 {  // pass 0 warms caches and pools
                for index in timings.indices { stageNanoseconds[index] &+= timings[index] }
                encodeNanoseconds &+= encodeTime
            }
        }
        var report = BenchReport(
            pipeline: pipeline, documents: documents.count, inputBytes: inputBytes, passes: passes,
            stageNanoseconds: stageNanoseconds, encodeNanoseconds: encodeNanoseconds, outputBytes: outputBytes, tokens: tokens)
        report.reading = readInputs.map(ReadingRow.measure)
        print(json ? report.json.prettyText : report.table, terminator: json ? "" : "\n")
    }
}

/// The cost of reading one input (decompressing, unpacking, parsing records) without processing it.
struct ReadingRow {
    let input: String
    let documents: Int
    let bytes: Int
    let nanoseconds: UInt64

    /// Reads every document of `input` twice (the first pass warms the page cache) and times the second.
    static func measure(_ input: String) -> ReadingRow {
        var row = ReadingRow(input: input, documents: 0, bytes: 0, nanoseconds: 0)
        for _ in 0..<2 {
            var reader = InputReader(config: InputConfig(paths: [input]))
            var documents = 0, bytes = 0
            let started = monotonicNanoseconds()
            while let item = reader.next() {
                documents += 1
                if case .document(let document) = item { bytes += document.raw.byteCount }
            }
            row = ReadingRow(input: input, documents: documents, bytes: bytes, nanoseconds: monotonicNanoseconds() &- started)
        }
        return row
    }

    var megabytesPerSecond: Double { nanoseconds == 0 ? 0 : Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9) }
}

/// Throughput figures from a bench run.
struct BenchReport {
    let pipeline: Pipeline
    let documents: Int
    let inputBytes: Int
    let passes: Int
    let stageNanoseconds: [UInt64]
    let encodeNanoseconds: UInt64
    let outputBytes: Int
    let tokens: Int
    var reading: [ReadingRow] = []

    var stagesNanoseconds: UInt64 { stageNanoseconds.reduce(0, +) }

    func megabytesPerSecond(_ nanoseconds: UInt64) -> Double {
        nanoseconds == 0 ? 0 : Double(inputBytes * passes) / 1e6 / (Double(nanoseconds) / 1e9)
    }

    func documentsPerSecond(_ nanoseconds: UInt64) -> Double {
        nanoseconds == 0 ? 0 : Double(documents * passes) / (Double(nanoseconds) / 1e9)
    }

    var rows: [(String, UInt64)] {
        zip(pipeline.steps, stageNanoseconds).map { ($0.descriptor.id, $1) }
            + [("all stages", stagesNanoseconds), ("JSON Lines encoding", encodeNanoseconds), ("end to end", stagesNanoseconds + encodeNanoseconds)]
    }

    var table: String {
        var lines = [String(format: "pipeline '%@' on %d documents, %.2f MB of input, %d passes, 1 thread; %d tokens, %.2f MB of output per pass",
                            pipeline.name, documents, Double(inputBytes) / 1e6, passes, tokens, Double(outputBytes) / 1e6)]
        lines.append("stage".padding(toLength: 28, withPad: " ", startingAt: 0) + "    MB/s   docs/s")
        for (name, nanoseconds) in rows {
            lines.append(name.padding(toLength: 28, withPad: " ", startingAt: 0)
                + String(format: " %7.1f %8.0f", megabytesPerSecond(nanoseconds), documentsPerSecond(nanoseconds)))
        }
        let endToEnd = megabytesPerSecond(stagesNanoseconds + encodeNanoseconds)
        for row in reading {
            // Reading cost as a share of processing cost for the same number of bytes.
            let share = endToEnd > 0 && row.megabytesPerSecond > 0 ? 100 * endToEnd / row.megabytesPerSecond : 0
            let name = "read " + (row.input.split(separator: "/").last.map(String.init) ?? row.input)
            lines.append(name.padding(toLength: 28, withPad: " ", startingAt: 0)
                + String(format: " %7.1f %8.0f   (%d documents; adds %.1f%% to end to end)", row.megabytesPerSecond,
                         row.nanoseconds == 0 ? 0 : Double(row.documents) / (Double(row.nanoseconds) / 1e9), row.documents, share))
        }
        lines.append(String(format: "SIFT_STAGES_MBPS %.2f SIFT_END_TO_END_MBPS %.2f", megabytesPerSecond(stagesNanoseconds), megabytesPerSecond(stagesNanoseconds + encodeNanoseconds)))
        return lines.joined(separator: "\n")
    }

    var json: JSONValue {
        [
            "pipeline": .string(pipeline.name), "documents": .integer(documents), "input_bytes": .integer(inputBytes),
            "passes": .integer(passes), "tokens": .integer(tokens), "output_bytes": .integer(outputBytes),
            "reading": .array(reading.map { row in
                ["input": .string(row.input), "documents": .integer(row.documents), "bytes": .integer(row.bytes),
                 "mb_per_s": .number((row.megabytesPerSecond * 100).rounded() / 100)]
            }),
            "rows": .array(rows.map { name, nanoseconds in
                ["name": .string(name), "mb_per_s": .number((megabytesPerSecond(nanoseconds) * 100).rounded() / 100),
                 "docs_per_s": .number(documentsPerSecond(nanoseconds).rounded())]
            }),
        ]
    }
}
