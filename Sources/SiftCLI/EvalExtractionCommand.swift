import ArgumentParser
import Foundation
import SiftCore
import SiftEvaluation
import SiftHTML
import SiftJSON

/// `pipeline eval extraction --gold DIR`: main-content extraction against gold article bodies, with the
/// article-extraction benchmark's metric.
struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score html-cleanup's article extraction against gold article bodies (e.g. ../shared/corpora/dev/extraction).",
        discussion: """
            DIR holds ground-truth.json ({id: {"articleBody", "url"}}) and html/<id>.html.gz (or .html). Each page \
            goes through html-cleanup (cleanup.html.v1) with the given mode, and its text is compared with the gold \
            body as the benchmark does (../shared/bench/score_extraction.py): tokens are \\w+ runs, bags of 4-token \
            shingles, per-page precision and recall, each averaged over pages, F1 of the two averages. Prints \
            precision, recall, F1, accuracy (exact token match), pages/s (extraction only, one thread, pages in \
            memory) and the worst pages. Tools/eval/extraction_compare.sh runs trafilatura, readability and jusText \
            on the same pages and prints one table.
            """
    )

    @Option(help: "The gold folder: ground-truth.json and html/.")
    var gold: String

    @Option(help: "html-cleanup mode: article or full.")
    var mode = "article"

    @Option(help: "Timed passes over the pages (throughput is their mean).")
    var passes = 1

    @Option(help: "How many of the worst pages to list.")
    var worst = 10

    @Option(help: "Write the extracted texts as JSON Lines {\"id\", \"text\"} to this file (score_extraction.py reads it).")
    var predictions: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        guard HTMLCleanupStage.Options.Mode(rawValue: mode) != nil else {
            throw ValidationError("--mode must be article or full, got '\(mode)'")
        }
        if passes < 1 { throw ValidationError("--passes must be at least 1") }
    }

    func run() throws {
        let stage: HTMLCleanupStage
        let pages: [ExtractionGoldPage]
        do {
            stage = try HTMLCleanupStage(options: .init(mode: HTMLCleanupStage.Options.Mode(rawValue: mode) ?? .article))
            pages = try ExtractionCorpus.load(directory: gold)
        } catch {
            printError("error: \(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let (report, texts) = try ExtractionScorer().score(pages, passes: passes) { html in
            var document = Document(id: "page", source: SourceInfo(path: "<eval>"), raw: .html(html))
            try stage.process(&document)
            return document.text?.string ?? ""
        }
        if let predictions {
            var lines = ""
            for (id, text) in texts {
                lines += JSONValue.object(JSONObject([("id", .string(id)), ("text", .string(text))])).jsonText + "\n"
            }
            do {
                try Data(lines.utf8).write(to: URL(fileURLWithPath: predictions))
            } catch {
                printError("error: cannot write \(predictions): \(error)")
                throw ExitCode(ExitStatus.usageOrConfig)
            }
        }
        if json {
            print(report.json.jsonText)
        } else {
            print(report.table(title: "Sift html-cleanup (mode \(mode))", worstCount: worst))
        }
    }
}
