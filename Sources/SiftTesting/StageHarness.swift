import SiftBuiltins
import SiftConfig
import SiftCore
import SiftJSON
import SiftRuntime

/// Runs one stage on texts the way a pipeline runs it: built from JSON options through the registry
/// (so option decoding, unknown keys and setup errors behave as in a config), after the stages that
/// provide what it requires, on the text exactly as given.
///
/// ```swift
/// let harness = try StageHarness(QuotesStage.self, options: ["minimum_words": 2])
/// let result = try harness.run("“Hello there,” she said.")
/// #expect(result.covered(QuotesLayer.name) == ["Hello there,"])
/// ```
public struct StageHarness: Sendable {
    /// The pipeline the harness runs: the exact-text source, the prerequisites, the stage.
    public let pipeline: Pipeline

    /// Builds the harness.
    /// - Parameters:
    ///   - stage: the stage type under test; registered for the harness when the registry lacks it.
    ///   - options: the stage's options, as in a config.
    ///   - before: stages to run first (after the text); default: the registry's providers of what the stage requires.
    ///   - registry: where prerequisites come from (default: every built-in stage and plugin).
    ///   - baseDirectory: the folder relative paths in options resolve against.
    /// - Throws: `ConfigError` listing every problem with the options or the pipeline.
    public init<S: Stage>(
        _ stage: S.Type, options: JSONValue = [:], before: [StageConfig]? = nil,
        registry: StageRegistry = BuiltinStages.registry(), baseDirectory: String = ""
    ) throws {
        var registry = registry
        if registry.entry(named: ExactTextStage.descriptor.id) == nil { registry.register(ExactTextStage.self) }
        if registry.entry(named: S.descriptor.id) == nil { registry.register(S.self) }
        var stages = [StageConfig(stage: ExactTextStage.descriptor.id)]
        stages += before ?? Self.providers(of: S.descriptor.requires, in: registry)
        stages.append(StageConfig(stage: S.descriptor.id, options: options))
        let config = PipelineConfig(name: "harness", stages: stages, baseDirectory: baseDirectory)
        pipeline = try PipelineBuilder(registry: registry).build(config)
    }

    /// The earliest registered providers of `layers` (and of what they require), in an order that builds.
    static func providers(of layers: [LayerName], in registry: StageRegistry) -> [StageConfig] {
        var stages: [StageConfig] = []
        var needed = layers.filter { $0 != .text }
        var seen = Set<String>()
        while let layer = needed.popLast() {
            guard let provider = registry.provider(of: layer), seen.insert(provider.id).inserted else { continue }
            stages.insert(StageConfig(stage: provider.id), at: 0)
            needed += provider.requires.filter { $0 != .text }
        }
        return stages
    }

    /// Runs the pipeline on `text`; throws `StageHarnessError.documentFailed` when a stage fails on it.
    public func run(_ text: String, id: String = "doc", metadata: JSONObject = JSONObject()) throws -> AnnotatedDocument {
        var document = Document(id: id, text: text)
        document.metadata = metadata
        switch pipeline.process(document) {
        case .success(let done):
            guard let text = done.text else { throw StageHarnessError.noText }
            return AnnotatedDocument(document: done, text: text)
        case .failure(let failure), .skipped(let failure):
            throw StageHarnessError.documentFailed(failure)
        }
    }

    /// Runs the pipeline on `text`, expecting a failure; throws `StageHarnessError.documentSucceeded` when there is none.
    public func failure(_ text: String, id: String = "doc") throws -> DocumentFailure {
        switch pipeline.process(Document(id: id, text: text)) {
        case .success: throw StageHarnessError.documentSucceeded
        case .failure(let failure), .skipped(let failure): return failure
        }
    }
}

/// Why a harness run did not give what the test asked for.
public enum StageHarnessError: Error, CustomStringConvertible {
    /// A stage failed on the document (the failure names the stage, code and message).
    case documentFailed(DocumentFailure)
    /// The document succeeded where a failure was expected.
    case documentSucceeded
    /// No stage set the document's text.
    case noText

    public var description: String {
        switch self {
        case .documentFailed(let failure): return "stage \(failure.stage) failed on '\(failure.id)' (\(failure.code)): \(failure.message)"
        case .documentSucceeded: return "the document succeeded, but a failure was expected"
        case .noText: return "no stage set the document's text"
        }
    }
}
