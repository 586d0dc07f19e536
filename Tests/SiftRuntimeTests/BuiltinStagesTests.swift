import Foundation
import Testing
import SiftBuiltins
import SiftConfig
import SiftCore
import SiftJSON
@testable import SiftRuntime

/// Generic checks over every built-in stage: docs match behaviour, examples hold, the shipped schema is current.
@Suite struct BuiltinStagesTests {
    static let registry = BuiltinStages.registry()
    static var descriptors: [StageDescriptor] { registry.entries.map(\.descriptor) }

    @Test(arguments: descriptors.map(\.id))
    func optionDocsMatchTheDecodedDefaults(id: String) throws {
        let entry = try #require(Self.registry.entry(named: id))
        let defaults = try Self.registry.defaultOptions(of: entry).objectValue ?? JSONObject()
        let documented = entry.descriptor.options
        #expect(Set(documented.map(\.name)) == Set(defaults.keys.filter { defaults[$0] != .null }).union(documented.filter { $0.defaultValue == nil }.map(\.name)),
                "every option must be documented, and only real options")
        for option in documented {
            if let value = option.defaultValue {
                #expect(defaults[option.name] == value, "documented default of '\(option.name)' differs from the decoded default")
                #expect(option.type.check(value, at: .root).isEmpty, "default of '\(option.name)' does not match its documented type")
            }
        }
    }

    @Test(arguments: descriptors.map(\.id))
    func descriptorIsWellFormed(id: String) throws {
        let descriptor = try #require(Self.registry.entry(named: id)).descriptor
        #expect(descriptor.id.split(separator: ".").last?.hasPrefix("v") == true, "ids are versioned: family.implementation.vN")
        #expect(!descriptor.summary.isEmpty)
        #expect(!descriptor.provides.isEmpty)
    }

    /// Builds a pipeline that runs `descriptor` with the earliest registered providers of what it requires.
    static func pipeline(for descriptor: StageDescriptor, options: JSONValue) throws -> Pipeline {
        var stages: [StageConfig] = []
        var needed = descriptor.requires
        var seen = Set<String>()
        while let layer = needed.popLast() {
            guard let provider = registry.provider(of: layer), seen.insert(provider.id).inserted else { continue }
            stages.insert(StageConfig(stage: provider.id), at: 0)
            needed += provider.requires
        }
        stages.append(StageConfig(stage: descriptor.id, options: options))
        return try PipelineBuilder(registry: registry).build(PipelineConfig(name: "example", stages: stages))
    }

    @Test(arguments: descriptors.map(\.id))
    func examplesHold(id: String) throws {
        let descriptor = try #require(Self.registry.entry(named: id)).descriptor
        for example in descriptor.examples {
            let pipeline = try Self.pipeline(for: descriptor, options: example.options)
            guard case .success(let document) = pipeline.process(Document(text: example.text)) else {
                Issue.record("example \(example.text.debugDescription) failed")
                continue
            }
            let text = try #require(document.text)
            for (layer, expected) in example.expected {
                if layer == .text {
                    #expect([text.string] == expected, "\(id): text of \(example.text.debugDescription)")
                    continue
                }
                let value = try #require(document.layers[layer] as? any SpanLayerValue, "layer \(layer) is not a span layer")
                #expect(value.spans.map { text.substring($0) } == expected, "\(id): \(layer) of \(example.text.debugDescription)")
            }
        }
    }

    @Test func shippedConfigSchemaIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try String(contentsOf: root.appendingPathComponent("Schemas/pipeline.schema.json"), encoding: .utf8)
        let generated = ConfigSchemaGenerator(registry: Self.registry).schema().prettyText
        #expect(shipped == generated, "run `make schema` to regenerate Schemas/pipeline.schema.json")
    }

    @Test func shippedPipelinesValidate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Pipelines").path
        let configs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        #expect(!configs.isEmpty)
        for name in configs {
            let config = try PipelineConfigParser().load(file: folder + "/" + name)
            let schema = try JSONParser().parse(Array(try Data(contentsOf: root.appendingPathComponent("Schemas/pipeline.schema.json"))))
            let raw = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
            #expect(JSONSchemaValidator(schema: schema).validate(raw).isEmpty, "\(name) does not match the config schema")
            _ = try PipelineBuilder(registry: Self.registry).build(config)
        }
    }
}
