import ArgumentParser
import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftEvaluation
import SiftRuntime

/// `pipeline eval entities --gold FILE [--config PIPELINE.json] [--map FROM=TO,…] [--json]`: runs a
/// pipeline on each gold text and scores its `entities` layer (exact span and label, per label).
struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score named entities against gold JSON Lines (e.g. ../shared/corpora/dev/uner-ewt/dev.jsonl).",
        discussion: """
            Records are {doc_id, text, entities: [[start, end, "LABEL"]]} in code-point offsets. The pipeline \
            (--config, or the default: html-cleanup, tokenize, sentences, names) runs on each text; its text must \
            come out unchanged. Predicted labels are renamed with --map first (FROM=TO pairs; TO '-' drops a \
            label; labels the map does not mention are dropped too and counted). An entity counts when its span \
            and label equal a gold entity's. Precision, recall and F1 are given per label, overall (micro: \
            counts summed over labels and documents) and for spans alone. The default map is for Universal \
            NER's PER, ORG and LOC: \(EntityLabelMap.universalNERArgument).
            """
    )

    @Option(help: "The gold JSON Lines file.")
    var gold: String

    @Option(help: "A pipeline config to run on each gold text (default: html-cleanup, tokenize, sentences, names).")
    var config: String?

    @Option(help: "How predicted labels map to gold labels: FROM=TO pairs separated by commas; TO '-' drops the label.")
    var map: String = EntityLabelMap.universalNERArgument

    @Option(help: "Also print up to N wrong and N missed entities.")
    var examples: Int = 0

    @Flag(help: "Print the report as JSON.")
    var json = false

    /// The stages run when no --config is given.
    static let defaultStages = ["html-cleanup", "tokenize", "sentences", "names"]

    func run() throws {
        let labelMap: EntityLabelMap
        do {
            labelMap = try EntityLabelMap(parsing: map)
        } catch {
            throw ValidationError("--map: \(error.message)")
        }
        let documents: [EntityGoldDocument]
        do {
            documents = try EntityGoldCorpus.load(path: gold)
        } catch {
            printError("error: \(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let registry = BuiltinStages.registry()
        let pipeline: Pipeline
        let name: String
        if let config {
            pipeline = try loadPipeline(configPath: config, registry: registry).1
            name = config
        } else {
            let stages = Self.defaultStages.map { StageConfig(stage: $0) }
            do {
                pipeline = try PipelineBuilder(registry: registry).build(PipelineConfig(name: "entities", stages: stages))
            } catch {
                printError(error.description)
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            name = Self.defaultStages.joined(separator: " → ")
        }
        let scorer = EntityScorer(labelMap: labelMap, exampleLimit: max(0, examples))
        var nanoseconds: UInt64 = 0
        var report = scorer.score(documents) { text in
            let started = DispatchTime.now().uptimeNanoseconds
            defer { nanoseconds &+= DispatchTime.now().uptimeNanoseconds &- started }
            switch pipeline.process(Document(id: "gold", text: text)) {
            case .success(let document): return document
            case .failure(let failure), .skipped(let failure): throw EvalEntitiesFailure(message: "\(failure.stage): \(failure.message)")
            }
        }
        report.seconds = Double(nanoseconds) / 1e9
        if json {
            print(report.json.jsonText)
        } else {
            print(report.table(title: "Entities, \(name)", examples: max(0, examples)))
        }
    }
}

/// A document the evaluated pipeline failed on.
struct EvalEntitiesFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
