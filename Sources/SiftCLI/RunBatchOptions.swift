import ArgumentParser
import SiftConfig
import SiftRuntime

/// The batch options of `pipeline run`: output layout, resume, limits, progress and stats.
struct RunBatchOptions: ParsableArguments {
    @Option(help: "Input documents per output shard: -o must be a folder (part-00000.jsonl, ...). Replaces output.shard_size.")
    var shardSize: Int?

    @Option(help: "Output compression: auto (by the output file's ending), none, gzip, zstd. Replaces output.compression.")
    var compression: String?

    @Flag(help: "Continue an interrupted run into the same output (same config, inputs and output settings).")
    var resume = false

    @Option(help: "Read input as this format: auto, html, text, jsonl, warc, archive. Replaces input.format.")
    var format: String?

    @Option(help: "Archive members to read, as a glob (repeatable; e.g. '*.html'). Replaces input.members.")
    var members: [String] = []

    @Option(help: "Documents larger than this many bytes get a too_large error record instead of being read. Replaces input.max_document_bytes.")
    var maxDocumentBytes: Int?

    @Option(help: "Seconds one document may take before it gets a timeout error record and the run goes on (0: no limit).")
    var documentTimeout: Double = 60

    @Option(help: "Stop the run once more than N documents failed, or more than P% of them (checked after 100 documents): N or P%.")
    var maxErrors: String?

    @Option(help: "Progress on stderr: auto (a live line when stderr is a terminal), tty, plain (a line every 10 s), off.")
    var progress: ProgressMode = .auto

    @Option(help: "Write the run's counts, throughput, per-stage time and peak memory to this JSON file.")
    var stats: String?

    @Flag(help: "Report Hadoop Streaming counters on stderr (reporter:counter:pipeline,documents,N).")
    var hadoopCounters = false

    func check() throws {
        if let shardSize, shardSize < 1 { throw ValidationError("--shard-size must be at least 1, got \(shardSize)") }
        if let compression, OutputCompression(rawValue: compression) == nil {
            throw ValidationError("--compression must be one of \(OutputCompression.allCases.map(\.rawValue).joined(separator: ", ")), got '\(compression)'")
        }
        if let format, InputFormat(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(format)'")
        }
        if let maxDocumentBytes, maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be at least 1, got \(maxDocumentBytes)") }
        if documentTimeout < 0 || !documentTimeout.isFinite { throw ValidationError("--document-timeout must be 0 (no limit) or a number of seconds, got \(documentTimeout)") }
        if let maxErrors, ErrorBudget(parsing: maxErrors) == nil {
            throw ValidationError("--max-errors must be a count (e.g. 100) or a percentage (e.g. 5%), got '\(maxErrors)'")
        }
    }

    var batchOptions: BatchOptions {
        BatchOptions(documentTimeout: documentTimeout > 0 ? documentTimeout : nil, maxErrors: maxErrors.flatMap(ErrorBudget.init(parsing:)))
    }
}

extension ProgressMode: ExpressibleByArgument {}
