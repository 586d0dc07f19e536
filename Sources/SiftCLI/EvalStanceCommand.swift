import ArgumentParser
import Foundation
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftJSON
import SiftRuntime
import SiftSentiment

/// `pipeline eval stance --gold FILE --config PIPELINE.json [--mistakes] [--json]`: runs a pipeline on each gold
/// text, with the stance stage given the record's own targets, and scores holder and document stances.
struct EvalStanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Score stance detection against gold JSON Lines (e.g. Tests/SiftSentimentTests/Fixtures/stance_dev.jsonl).",
        discussion: """
            Records are {id, text, targets: {"targets": [...]}, document: {TARGET: favor|against|none}, holders: \
            [{target, holder, label}]}. The config's stages run on each text; its stance stage (it must have one) \
            keeps its options but gets the record's targets. A gold holder pairs with the predicted holder of the \
            same target whose normalised text equals it or ends with it (either way); unmatched gold holders count \
            as predicted none, predicted holders with a stance that no gold holder matches count as gold none. \
            Reported: accuracy, and macro-F1 = mean of the favor and against F1 (SemEval stance), for holders and \
            for documents.
            """
    )

    @Option(help: "The gold JSON Lines file.")
    var gold: String

    @Option(help: "The pipeline config (it must include a stance stage).")
    var config: String = "Pipelines/news-stance.json"

    @Flag(help: "List the mismatches.")
    var mistakes = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let records: [StanceGoldRecord]
        var pipelineConfig: PipelineConfig
        do {
            records = try StanceGoldRecord.load(path: gold)
            pipelineConfig = try PipelineConfigParser().load(file: config)
        } catch {
            printError("error: \(error)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let registry = BuiltinStages.registry()
        guard let position = pipelineConfig.stages.firstIndex(where: { registry.entry(named: $0.stage)?.descriptor.id == StanceStage.descriptor.id }) else {
            printError("error: \(config) has no stance stage")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        var stanceOptions = pipelineConfig.stages[position].options.objectValue ?? JSONObject()
        stanceOptions["targets"] = nil
        pipelineConfig.stages.remove(at: position)
        let pipeline: Pipeline
        do {
            pipeline = try PipelineBuilder(registry: registry).build(pipelineConfig)
        } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        let context = StageContext(baseDirectory: pipelineConfig.baseDirectory, pipelineName: pipelineConfig.name)
        let report = try StanceEvaluator.evaluate(records) { record in
            guard case .success(var document) = pipeline.process(Document(id: record.id, text: record.text)) else {
                throw StanceEvaluationError("\(record.id): the pipeline failed on this text")
            }
            var options = stanceOptions
            options["inline_targets"] = record.targets
            let stage = try StanceStage(options: JSONValueDecoder().decode(StanceStage.Options.self, from: .object(options)).value, context: context)
            try stage.process(&document)
            return document.layers[StanceLayer.self] ?? StanceResults(targets: [])
        }
        if json {
            let value: JSONValue = [
                "records": .integer(records.count),
                "holders": ["n": .integer(report.holders.pairs.count), "accuracy": .number(report.holders.accuracy), "macro_f1": .number(report.holders.macroF1)],
                "documents": ["n": .integer(report.documents.pairs.count), "accuracy": .number(report.documents.accuracy), "macro_f1": .number(report.documents.macroF1)],
            ]
            print(value.jsonText)
            return
        }
        print("Stance, \(config) on \(gold) (\(records.count) records)")
        print("  holders:   n \(report.holders.pairs.count), accuracy \(Self.format(report.holders.accuracy)), macro-F1 \(Self.format(report.holders.macroF1))")
        print("  documents: n \(report.documents.pairs.count), accuracy \(Self.format(report.documents.accuracy)), macro-F1 \(Self.format(report.documents.macroF1))")
        if mistakes { for line in report.mistakes { print("  - \(line)") } }
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
