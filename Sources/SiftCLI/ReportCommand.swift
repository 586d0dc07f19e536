import ArgumentParser
import Foundation
import SiftReport

/// `pipeline report RESULTS... [-o report.html]`: the results of a run as one self-contained HTML page for reading.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render results (the JSON Lines of pipeline run) as one self-contained HTML page.",
        discussion: """
            The page works offline (no network, no external scripts or fonts) and prints. On top, an overview of \
            all documents: how many were processed and failed, the most frequent entities per label (mentions and \
            documents), each document's sentiment as a chart, and per stance target a table of holders × documents \
            whose cells link to the evidence. Below, a section per document: metadata, its text with entities \
            highlighted by label (hover for label, id and source), sentences tinted by sentiment, stance evidence \
            sentences outlined with their cues, and failed documents with their error. More than 20 documents start \
            collapsed; the list is filtered and paged (50 a page) by a small script. Every line of the results \
            becomes a section: lines that are not records are shown as failures with their line number. Document \
            text is always shown as text, never run as markup. Shards: give them in order (out/part-*.jsonl); \
            compressed results: decompress on the way in (gzip -dc out.jsonl.gz | pipeline report - -o report.html). \
            Exit status: 0 the report was written (whatever the documents' status), 2 usage error or unreadable \
            results, 3 the report could not be written.
            """
    )

    @Argument(help: "Results files (JSON Lines written by pipeline run), or - for standard input.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")],
            help: "The HTML file to write (as a temporary file renamed into place), or - for standard output (the default when it is not a terminal).")
    var output: String?

    @Option(help: "The page's title (default: 'Sift report: ' and the results file's name).")
    var title: String?

    @Option(help: "Give sections to the first N documents only; the overview still covers every document.")
    var maxDocuments: Int?

    @Flag(help: "No summary on stderr.")
    var quiet = false

    func validate() throws {
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if let maxDocuments, maxDocuments < 1 { throw ValidationError("--max-documents must be at least 1, got \(maxDocuments)") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let output = output ?? "-"
        if output == "-" && isatty(1) != 0 {
            printError("the report is an HTML page: write it to a file with -o report.html (or redirect standard output)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let names = inputs.map { $0 == "-" ? "standard input" : ($0.split(separator: "/").last.map(String.init) ?? $0) }
        let options = ReportOptions(title: title ?? "Sift report: " + (names.first ?? "results"),
                                    subtitle: "from " + names.joined(separator: ", "), maxDocuments: maxDocuments)
        let clock = ContinuousClock()
        let start = clock.now
        let summary: ReportSummary
        do {
            summary = try ReportBuilder.makeReport(inputs: inputs, output: output, options: options)
        } catch {
            printError("pipeline report: \(error.message)")
            throw ExitCode(error.code == .unwritableOutput ? RunExitStatus.outputFailed : ExitStatus.usageOrConfig)
        }
        if !quiet { printError(Self.summaryLine(summary, output: output, seconds: (clock.now - start).seconds)) }
    }

    /// "report: 5 documents (5 processed, 0 failed) → report.html (180 KB) in 0.04 s"
    static func summaryLine(_ summary: ReportSummary, output: String, seconds: Double?) -> String {
        var counts = "\(summary.succeeded) processed, \(summary.failedDocuments) failed"
        if summary.unreadableLines > 0 { counts += ", \(summary.unreadableLines) unreadable lines" }
        var target = output == "-" ? "standard output" : output
        if output != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: output),
           attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? NSNumber {
            let bytes = size.doubleValue
            target += bytes < 1e6 ? String(format: " (%.0f KB)", (bytes / 1e3).rounded(.up)) : String(format: " (%.1f MB)", bytes / 1e6)
        }
        let line = "report: \(summary.records) documents (\(counts)) → \(target)"
        return seconds.map { line + String(format: " in %.2f s", $0) } ?? line
    }

    /// The report `pipeline run --report FILE` writes: built from the output lines as the run delivers them.
    final class RunAttachment {
        let file: ReportFile
        private var builder: ReportBuilder?
        private var failure: ReportError?

        /// Opens the report file before the run, so an unwritable path stops the run before any document is read.
        init(path: String, pipelineName: String, config: String) throws(ReportError) {
            file = try ReportFile(path: path)
            builder = ReportBuilder(options: ReportOptions(title: "Sift report: pipeline '\(pipelineName)'", subtitle: "pipeline run \(config)"),
                                    scratchDirectory: file.directory)
        }

        /// Adds one output line; a failure is kept for `finish` (the run itself goes on).
        func add(_ line: [UInt8]) {
            do {
                try builder?.add(line: line)
            } catch {
                failure = error
                builder = nil
            }
        }

        /// Writes the report; prints what went wrong and returns false when it could not be written.
        func finish(quiet: Bool) -> Bool {
            do throws(ReportError) {
                if let failure { throw failure }
                guard let builder else { return false }
                try builder.finish { (bytes) throws(ReportError) in try file.write(bytes) }
                try file.commit()
                if !quiet { printError(ReportCommand.summaryLine(builder.summary, output: file.path, seconds: nil)) }
                return true
            } catch {
                file.discard()
                printError("pipeline run: the report could not be written: \(error.message)")
                return false
            }
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
