import ArgumentParser
import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftIO
import SiftReport
import SiftRuntime

/// `pipeline run CONFIG [INPUT...] [-o OUTPUT]`: the whole job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline config: read the inputs, run the stages, write one JSON Lines record per document.",
        discussion: """
            Inputs given here replace the config's input.paths; -o replaces output.path. Inputs: .html/.htm/.txt \
            files (also .gz), JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst) of {"id", "html" | "text", ...} records, \
            WARC and WARC.gz files, archives (.tar, .tar.gz, .tgz, .tar.bz2, .tar.xz, .tar.zst, .zip, .7z), \
            directories (recursive, sorted), glob patterns, @FILE (a list of inputs, one per line), or - for \
            JSON Lines or WARC on stdin. Output: one line per input document, in input order; a document that \
            fails yields an error record. -o DIR/ writes shards (part-00000.jsonl ...), each renamed into place \
            when complete; --resume continues an interrupted run. --report FILE also writes an HTML report of the \
            results (see pipeline report). Exit status: 0 all succeeded, 1 some failed (or the run stopped early), \
            2 usage or config error, 3 the output (or the report) could not be written. See docs/batch.md.
            """
    )

    @Argument(help: "The pipeline config (JSON).")
    var config: String

    @Argument(help: "Inputs replacing the config's input.paths (files, directories, globs, @lists, or - for stdin).")
    var inputs: [String] = []

    @Option(name: .customLong("input"), help: "An input (repeatable; same as the positional inputs).")
    var inputOptions: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Output file, DIR/ for shards, or - for stdout (replaces output.path).")
    var output: String?

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Also write an HTML report of the results to this file (what pipeline report makes of the output).")
    var report: String?

    @OptionGroup var batch: RunBatchOptions

    @Flag(help: "No progress and no summary on stderr.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        try batch.check()
        if report == "-" { throw ValidationError("--report needs a file name (standard output carries the results): e.g. --report report.html") }
        if report != nil && batch.resume {
            throw ValidationError("--report cannot be combined with --resume (the report would miss the documents of the interrupted run): once the run is done, run pipeline report OUTPUT -o REPORT")
        }
    }

    func run() throws {
        // A reader that goes away (a closed pipe) becomes a write error with a message and exit status 3,
        // not a silent death by SIGPIPE in the middle of a stream.
        signal(SIGPIPE, SIG_IGN)
        let (loaded, pipeline) = try loadPipeline(configPath: config, registry: BuiltinStages.registry())
        let setup = try RunSetup(config: loaded, configPath: config, inputs: inputs + inputOptions, output: output, options: batch, pipeline: pipeline)
        let sink: OutputSink
        do {
            sink = try OutputSink(setup.outputSettings)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let encoder = RecordEncoder(pipelineName: pipeline.name, configHash: pipeline.configHash, layerOrder: pipeline.layerOrder,
                                    includeText: setup.config.output.includeText)
        let attachment: ReportCommand.RunAttachment?
        do {
            attachment = try report.map { path throws(ReportError) in try ReportCommand.RunAttachment(path: path, pipelineName: pipeline.name, config: config) }
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        var reader = InputReader(config: setup.config.input)
        let resumed = skipDone(sink.resumedItems, in: &reader)
        let base = RunStats.summary(from: sink.resumedCounts, steps: pipeline.steps.count)
        var progress = ProgressReporter(mode: batch.progress, quiet: quiet, hadoopCounters: batch.hadoopCounters,
                                        resultsOnTerminal: setup.config.output.path == "-" && isatty(1) != 0)
        var hooks = BatchHooks(next: { reader.next() }, deliver: { line, summary in
            try sink.append(line) { RunStats.counts(base.adding(summary)) }
            if let line { attachment?.add(line) }
        })
        hooks.isReadable = { reader.isReadable }
        hooks.idle = { try sink.idle() }
        if progress.isActive {
            hooks.tick = { summary in
                let position = reader.progress
                progress.update(summary, base: base, bytesRead: position.bytesRead, totalBytes: position.totalBytes)
            }
        }
        let runner = BatchRunner(pipeline: pipeline, jobs: jobs, options: batch.batchOptions)
        var summary: RunSummary
        do {
            summary = try runner.run(hooks, encode: { encoder.encode($0) })
            progress.finish(summary)
            summary = base.adding(summary)
            try sink.finish(counts: RunStats.counts(summary))
        } catch {
            progress.finish(RunSummary())
            printError("pipeline run aborted: \(error)")
            throw ExitCode(RunExitStatus.outputFailed)
        }
        if !quiet { printError(RunReport(pipeline: pipeline, summary: summary, resumedDocuments: resumed).text) }
        if let statsPath = batch.stats {
            let document = RunStats.document(pipeline: pipeline, summary: summary, jobs: jobs, resumedDocuments: resumed)
            do {
                try Data((document.prettyText + "\n").utf8).write(to: URL(fileURLWithPath: statsPath))
            } catch {
                printError("cannot write the stats file '\(statsPath)': \(error.localizedDescription)")
            }
        }
        if let attachment, !attachment.finish(quiet: quiet) { throw ExitCode(RunExitStatus.outputFailed) }
        if summary.failed > 0 || summary.stoppedEarly { throw ExitCode(ExitStatus.documentsFailed) }
    }

    /// Reads past the documents an interrupted run already wrote; returns how many.
    private func skipDone(_ count: Int, in reader: inout InputReader) -> Int {
        guard count > 0 else { return 0 }
        var skipped = 0
        while skipped < count, reader.next() != nil { skipped += 1 }
        if !quiet { printError("resuming: \(skipped) documents were done by the interrupted run") }
        return skipped
    }
}

/// Exit statuses of `pipeline run` beyond the shared ones.
enum RunExitStatus {
    /// The output could not be written (disk full, closed pipe): the run was aborted.
    static let outputFailed: Int32 = 3
}

extension RunSummary {
    /// This summary's counts plus `other`'s (timings and flags from `other`).
    func adding(_ other: RunSummary) -> RunSummary {
        var total = other
        total.add(self)
        return total
    }
}
