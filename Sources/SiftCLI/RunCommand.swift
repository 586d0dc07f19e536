import ArgumentParser
import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftIO
import SiftRuntime

/// `pipeline run CONFIG [INPUT...] [-o OUTPUT]`: the whole job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline config: read the inputs, run the stages, write one JSON Lines record per document.",
        discussion: """
            Inputs given here replace the config's input.paths; -o replaces output.path. Inputs: .html/.htm files, \
            .txt files, .jsonl files of {"id", "html" | "text", ...} records, directories (recursive, sorted), \
            or - for JSON Lines on stdin. Output: one line per input document, in input order; a document that \
            fails yields an error record. Exit status: 0 all succeeded, 1 some failed, 2 usage or config error.
            """
    )

    @Argument(help: "The pipeline config (JSON).")
    var config: String

    @Argument(help: "Inputs replacing the config's input.paths (files, directories, or - for stdin).")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Output file, or - for stdout (replaces output.path).")
    var output: String?

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No summary on stderr.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    }

    func run() throws {
        let (loaded, pipeline) = try loadPipeline(configPath: config, registry: BuiltinStages.registry())
        var config = loaded
        if !inputs.isEmpty {
            var missing: [String] = []
            for input in inputs where input != "-" && !FileManager.default.fileExists(atPath: input) { missing.append(input) }
            if !missing.isEmpty {
                printError(missing.map { "input '\($0)' does not exist" }.joined(separator: "\n"))
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            config.input.paths = inputs
        }
        if let output { config.output.path = output }
        guard !config.input.paths.isEmpty else {
            printError("no input: list files or directories in the config's input.paths, or give them on the command line (pipeline run \(self.config) INPUT...)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let writer: OutputWriter
        do {
            writer = try OutputWriter(path: config.output.path)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let encoder = RecordEncoder(pipelineName: pipeline.name, configHash: pipeline.configHash, layerOrder: pipeline.layerOrder, includeText: config.output.includeText)
        var reader = InputReader(config: config.input)
        let summary = try BatchRunner(pipeline: pipeline, jobs: jobs).run(
            next: { reader.next() },
            encode: { encoder.encode($0) },
            write: { try writer.write($0) }
        )
        try writer.finish()
        if !quiet { printError(RunReport(pipeline: pipeline, summary: summary).text) }
        if summary.failed > 0 || summary.stoppedEarly { throw ExitCode(ExitStatus.documentsFailed) }
    }
}

/// The human-readable end-of-run summary.
struct RunReport {
    let pipeline: Pipeline
    let summary: RunSummary

    var text: String {
        let seconds = Double(summary.elapsedNanoseconds) / 1e9
        let megabytes = Double(summary.inputBytes) / 1e6
        var lines = [String(format: "pipeline '%@': %d documents: %d succeeded, %d failed, %d skipped in %.2f s (%.1f MB, %.1f MB/s, %.0f docs/s)",
                            pipeline.name, summary.documents, summary.succeeded, summary.failed, summary.skipped, seconds, megabytes,
                            seconds > 0 ? megabytes / seconds : 0, seconds > 0 ? Double(summary.documents) / seconds : 0)]
        let total = summary.stageNanoseconds.reduce(0, +)
        if total > 0 {
            let shares = zip(pipeline.steps, summary.stageNanoseconds).map { step, ns in
                String(format: "%@ %.0f%%", step.descriptor.id, 100 * Double(ns) / Double(total))
            }
            lines.append("time per stage: " + shares.joined(separator: ", "))
        }
        if let reason = summary.stopReason {
            lines.append("stopped at document '\(reason.id)': stage \(reason.stage) failed (its on_error is \"stop\"): \(reason.message)")
        }
        return lines.joined(separator: "\n")
    }
}
