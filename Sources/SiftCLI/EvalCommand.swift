import ArgumentParser
import Foundation
import SiftBuiltins
import SiftCore
import SiftEvaluation
import SiftJSON
import SiftText

/// `pipeline eval …`: score stages against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score stages against gold-annotated data.",
        subcommands: [Segmentation.self, EvalEntitiesCommand.self, EvalExtractionCommand.self, EvalStanceCommand.self]
    )

    /// `pipeline eval segmentation --gold FILE`: tokens and sentences against gold JSON Lines.
    struct Segmentation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segmentation",
            abstract: "Score tokenize + sentences against gold JSON Lines (e.g. ../shared/corpora/dev/ud-ewt/dev_paragraphs.jsonl).",
            discussion: """
                Records are {doc_id, text, sentences: [[s,e]], tokens: [[s,e]], words: [[s,e]]} in code-point offsets. \
                Tokens: exact span match (against 'words' with --split-clitics). Sentence boundaries: the set of sentence \
                end offsets (trimmed of white space) except the document's final end. Sentences: exact span match. \
                Precision/recall/F1 are summed over documents. Tools/eval/segmentation_peers.py scores pySBD and spaCy \
                the same way; Tools/eval/compare_segmentation.sh prints them side by side.
                """
        )

        @Option(help: "The gold JSON Lines file.")
        var gold: String

        @Flag(help: "Split clitics (tokenize option split_clitics) and compare tokens with the gold 'words'.")
        var splitClitics = false

        @Option(help: "ICU locale of both stages.")
        var locale = "en"

        @Option(help: "The sentences stage's line_breaks option: auto, split or join.")
        var lineBreaks = "auto"

        @Option(help: "Rewrite the gold texts first (offsets stay valid): original, single-newlines (blank lines become single line breaks) or wrapped (hard-wrapped at 72 columns).")
        var variant = "original"

        @Flag(help: "Print the report as JSON.")
        var json = false

        func run() throws {
            guard let textVariant = GoldTextVariant(rawValue: variant) else {
                let names = GoldTextVariant.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--variant must be one of \(names)")
            }
            let documents: [GoldDocument]
            do {
                documents = try GoldCorpus.load(path: gold).map { textVariant.apply(to: $0) }
            } catch {
                printError("error: \(error)")
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            let context = StageContext(baseDirectory: FileManager.default.currentDirectoryPath)
            let tokenize: TokenizeStage
            let sentences: SentenceStage
            do {
                tokenize = try TokenizeStage(options: .init(locale: locale, splitClitics: splitClitics), context: context)
                sentences = try SentenceStage(options: .init(locale: locale, lineBreaks: lineBreaks), context: context)
            } catch {
                printError("error: \(error)")
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            let scorer = SegmentationScorer(tokenReference: splitClitics ? .words : .tokens)
            var nanoseconds: UInt64 = 0
            var report = scorer.score(documents) { text in
                let started = DispatchTime.now().uptimeNanoseconds
                defer { nanoseconds &+= DispatchTime.now().uptimeNanoseconds &- started }
                var document = Document(text: text)
                document.setText(text)
                try tokenize.process(&document)
                try sentences.process(&document)
                return document
            }
            report.seconds = Double(nanoseconds) / 1e9
            if json {
                print(report.json.jsonText)
            } else {
                print(report.table(title: "Sift tokenize + sentences (line_breaks \(lineBreaks), variant \(variant))"))
            }
        }
    }
}
