import Foundation
import SiftConfig
import SiftCore
import SiftJSON

/// Turns a `PipelineConfig` into a frozen `Pipeline`, checking everything that needs the registry
/// before any document is read: stage names, option keys and types, referenced files, layer order.
/// Every problem is collected and reported together.
public struct PipelineBuilder {
    public let registry: StageRegistry

    public init(registry: StageRegistry) {
        self.registry = registry
    }

    /// Builds the pipeline or throws a `ConfigError` listing every problem.
    public func build(_ config: PipelineConfig) throws(ConfigError) -> Pipeline {
        let (pipeline, diagnostics) = buildCollecting(config)
        guard let pipeline, diagnostics.isEmpty else { throw ConfigError(file: config.file, diagnostics: diagnostics) }
        return pipeline
    }

    /// Reads a config file and builds its pipeline, reporting the parser's and the builder's problems together.
    public func load(file: String) throws(ConfigError) -> (PipelineConfig, Pipeline) {
        let (config, parseProblems) = PipelineConfigParser().loadCollecting(file: file)
        guard let config else { throw ConfigError(file: file, diagnostics: parseProblems) }
        let (pipeline, buildProblems) = buildCollecting(config)
        let all = parseProblems + buildProblems
        guard let pipeline, all.isEmpty else { throw ConfigError(file: file, diagnostics: all) }
        return (config, pipeline)
    }

    /// Builds what can be built and returns every problem found.
    func buildCollecting(_ config: PipelineConfig) -> (Pipeline?, [ConfigDiagnostic]) {
        var diagnostics: [ConfigDiagnostic] = []
        var steps: [Pipeline.Step] = []
        var available: [LayerName: String] = [:]  // layer → id of the stage providing it
        var layersUnknown = false  // a stage declaring its layers when built failed to build: later checks would mislead
        let context = StageContext(baseDirectory: config.baseDirectory, pipelineName: config.name)

        for (index, stageConfig) in config.stages.enumerated() {
            let path = JSONPath.root.appending("stages").appending(index: stageConfig.position ?? index)
            guard let entry = registry.entry(named: stageConfig.stage) else {
                let hint = registry.suggestion(for: stageConfig.stage).map { "; did you mean '\($0)'?" }
                    ?? "; run 'pipeline stages' to list them"
                diagnostics.append(ConfigDiagnostic(path.appending("stage"), "unknown stage '\(stageConfig.stage)'\(hint)"))
                continue
            }
            let descriptor = entry.descriptor
            let declaredWhenBuilt = descriptor.provides.contains(.declaredWhenBuilt)
            if !layersUnknown {
                diagnostics += missingLayers(descriptor.requires, of: stageConfig.stage, available: available, at: path)
            }
            let optionsPath = path.appending("options")
            let optionProblems = checkOptions(stageConfig.options, of: descriptor, at: optionsPath, context: context)
            diagnostics += optionProblems
            for layer in descriptor.provides where layer != .declaredWhenBuilt { available[layer] = descriptor.id }
            guard optionProblems.isEmpty else {
                layersUnknown = layersUnknown || declaredWhenBuilt
                continue
            }
            let unknownBefore = layersUnknown
            if declaredWhenBuilt { layersUnknown = true }  // until the stage is built and has declared its layers
            do {
                let built = try entry.make(stageConfig.options, optionsPath, context)
                var stepDescriptor = descriptor
                if let dynamic = built.instance as? any DynamicLayers {
                    stepDescriptor.requires = dynamic.requiredLayers
                    stepDescriptor.provides = dynamic.providedLayers
                    if !unknownBefore {
                        let unchecked = dynamic.requiredLayers.filter { !descriptor.requires.contains($0) }
                        diagnostics += missingLayers(unchecked, of: stageConfig.stage, available: available, at: path)
                    }
                    for layer in dynamic.providedLayers { available[layer] = descriptor.id }
                    layersUnknown = unknownBefore
                }
                steps.append(Pipeline.Step(descriptor: stepDescriptor, stage: built.instance, options: built.resolvedOptions, onError: stageConfig.onError ?? config.onError))
            } catch let error as JSONDecodingError {
                diagnostics.append(ConfigDiagnostic(error.path, error.message))
            } catch let error as StageSetupError {
                diagnostics.append(ConfigDiagnostic(error.option.isEmpty ? optionsPath : optionsPath.appending(path: error.option), error.message))
            } catch {
                diagnostics.append(ConfigDiagnostic(optionsPath, "stage could not be built: \(error)"))
            }
        }
        if !diagnostics.isEmpty { return (nil, diagnostics) }
        return (Pipeline(name: config.name, steps: steps), [])
    }

    /// One diagnostic per required layer that no earlier stage provides, naming a stage that would.
    private func missingLayers(_ required: [LayerName], of stage: String, available: [LayerName: String], at path: JSONPath) -> [ConfigDiagnostic] {
        required.filter { available[$0] == nil }.map { layer in
            var message = "stage '\(stage)' requires layer '\(layer)', which no earlier stage provides"
            if let provider = registry.provider(of: layer) {
                message += ": add '\(provider.aliases.first ?? provider.id)' before it"
            }
            return ConfigDiagnostic(path.appending("stage"), message)
        }
    }

    /// Checks option keys against the descriptor and that path options name existing files.
    func checkOptions(_ options: JSONValue, of descriptor: StageDescriptor, at path: JSONPath, context: StageContext) -> [ConfigDiagnostic] {
        guard case .object(let object) = options else { return [ConfigDiagnostic(path, "expected an object, got \(options.excerpt)")] }
        var problems: [ConfigDiagnostic] = []
        let known = descriptor.options.map(\.name)
        for key in object.keys where !known.contains(key) {
            let hint: String
            if known.isEmpty {
                hint = "; stage '\(descriptor.id)' takes no options"
            } else {
                hint = nearestName(to: key, among: known).map { "; did you mean '\($0)'?" } ?? "; known options: \(known.joined(separator: ", "))"
            }
            problems.append(ConfigDiagnostic(path.appending(key), "unknown option '\(key)'\(hint)"))
        }
        for doc in descriptor.options {
            guard let value = object[doc.name] else { continue }
            let typeProblems = doc.type.check(value, at: path.appending(doc.name))
            problems += typeProblems
            if !typeProblems.isEmpty { continue }
            problems += checkPaths(value, type: doc.type, at: path.appending(doc.name), context: context)
        }
        return problems
    }

    private func checkPaths(_ value: JSONValue, type: OptionType, at path: JSONPath, context: StageContext) -> [ConfigDiagnostic] {
        switch (type, value) {
        case (.path, .string(let file)):
            let resolved = context.resolvePath(file)
            return FileManager.default.fileExists(atPath: resolved)
                ? [] : [ConfigDiagnostic(path, "file '\(file)' does not exist (looked for \(resolved))")]
        case (.array(let element), .array(let items)):
            return items.enumerated().flatMap { checkPaths($0.element, type: element, at: path.appending(index: $0.offset), context: context) }
        default:
            return []
        }
    }
}
