import SiftBuiltins
import SiftConfig
import SiftCore
import SiftIO
import SiftJSON
import SiftRuntime

/// A small pipeline run in memory: stages as in a config, texts in, outcomes or output records out —
/// the same builder, runner and record encoder as `pipeline run`, without files.
///
/// ```swift
/// let pipeline = try InMemoryPipeline(config: #"{"stages": [{"stage": "tokenize"}, {"stage": "quotes"}]}"#)
/// let records = try pipeline.records(["“Hello there,” she said."])
/// ```
public struct InMemoryPipeline: Sendable {
    public let pipeline: Pipeline

    /// Builds a pipeline from stage entries. Without a text source (a stage providing `text`) first,
    /// the exact-text stage is put in front, so texts are used as given.
    public init(_ stages: [StageConfig], name: String = "test", registry: StageRegistry = BuiltinStages.registry(), baseDirectory: String = "") throws {
        var registry = registry
        if registry.entry(named: ExactTextStage.descriptor.id) == nil { registry.register(ExactTextStage.self) }
        var stages = stages
        let first = stages.first.flatMap { registry.entry(named: $0.stage) }?.descriptor
        if first?.provides.contains(.text) != true { stages.insert(StageConfig(stage: ExactTextStage.descriptor.id), at: 0) }
        pipeline = try PipelineBuilder(registry: registry).build(PipelineConfig(name: name, stages: stages, baseDirectory: baseDirectory))
    }

    /// Builds a pipeline from the text of a config file (its `stages`, `name` and `on_error` are used;
    /// inputs and outputs are not).
    public init(config json: String, registry: StageRegistry = BuiltinStages.registry(), baseDirectory: String = "") throws {
        let config = try PipelineConfigParser().parse(Array(json.utf8), baseDirectory: baseDirectory, defaultName: "test")
        var stages = config.stages
        for index in stages.indices where stages[index].onError == nil { stages[index].onError = config.onError }
        try self.init(stages, name: config.name, registry: registry, baseDirectory: baseDirectory)
    }

    /// Runs every text as a document `doc-1`, `doc-2`, … and returns the outcomes in order.
    public func run(_ texts: [String]) -> [Outcome] {
        run(documents: texts.enumerated().map { Document(id: "doc-\($0.offset + 1)", text: $0.element) })
    }

    /// Runs documents (e.g. HTML ones: `Document(id:source:raw: .html(bytes))`) and returns the outcomes in order.
    public func run(documents: [Document]) -> [Outcome] {
        documents.map { pipeline.process($0) }
    }

    /// Runs every text and returns the output records, parsed, exactly as `pipeline run` would write them.
    public func records(_ texts: [String], jobs: Int = 1) throws -> [JSONValue] {
        let encoder = RecordEncoder(pipelineName: pipeline.name, configHash: pipeline.configHash, layerOrder: pipeline.layerOrder)
        var items = texts.enumerated().map { InputItem.document(Document(id: "doc-\($0.offset + 1)", text: $0.element)) }.makeIterator()
        var lines: [[UInt8]] = []
        _ = try BatchRunner(pipeline: pipeline, jobs: jobs).run(next: { items.next() }, encode: { encoder.encode($0) }, write: { lines.append($0) })
        return try lines.map { try JSONParser().parse($0) }
    }
}
