import SiftCore
import SiftJSON

/// The stages a pipeline may use, looked up by id or alias. A value, not a global: hand it to the builder.
public struct StageRegistry: Sendable {
    /// A registered stage: its descriptor and how to build it from JSON options.
    public struct Entry: Sendable {
        public let descriptor: StageDescriptor
        let make: @Sendable (JSONValue, JSONPath, StageContext) throws -> BuiltStage
        let defaults: @Sendable () throws -> JSONValue
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Registers a stage type. Ids and aliases must be unique; a later registration of a taken name is a programming error.
    public mutating func register<S: Stage>(_ type: S.Type) {
        let descriptor = S.descriptor
        let position = entries.count
        entries.append(Entry(descriptor: descriptor, make: { options, path, context in
            try StageFactory<S>.build(options: options, at: path, context: context)
        }, defaults: {
            try StageFactory<S>.defaultOptions()
        }))
        for name in [descriptor.id] + descriptor.aliases {
            precondition(index[name] == nil, "stage name '\(name)' registered twice")
            index[name] = position
        }
    }

    /// The entry for an id or alias.
    public func entry(named name: String) -> Entry? {
        index[name].map { entries[$0] }
    }

    /// Every id and alias, sorted.
    public var names: [String] { index.keys.sorted() }

    /// The registered name closest to a misspelled one.
    public func suggestion(for name: String) -> String? {
        nearestName(to: name, among: names)
    }

    /// The first registered stage that provides `layer` (to suggest a fix for a missing requirement).
    public func provider(of layer: LayerName) -> StageDescriptor? {
        entries.first { $0.descriptor.provides.contains(layer) }?.descriptor
    }

    /// The options a stage runs with when given `{}`: its defaults, as JSON.
    public func defaultOptions(of entry: Entry) throws -> JSONValue { try entry.defaults() }
}

/// A stage built from config, with the options it was built with (defaults filled in).
public struct BuiltStage: Sendable {
    public let instance: any Stage
    /// The decoded options re-encoded as JSON: what the stage really runs with.
    public let resolvedOptions: JSONValue
}

enum StageFactory<S: Stage> {
    static func build(options: JSONValue, at path: JSONPath, context: StageContext) throws -> BuiltStage {
        let result = try JSONValueDecoder().decode(S.Options.self, from: options, at: path)
        if let unknown = result.unknownKeys.first {
            let hint = nearestName(to: unknown.key, among: unknown.knownKeys).map { "; did you mean '\($0)'?" } ?? ""
            throw JSONDecodingError(path: unknown.path, message: "unknown option '\(unknown.key)'\(hint)")
        }
        let instance = try S(options: result.value, context: context)
        let resolved = (try? JSONValueEncoder().encode(result.value)) ?? options
        return BuiltStage(instance: instance, resolvedOptions: resolved)
    }

    static func defaultOptions() throws -> JSONValue {
        let options = try JSONValueDecoder().decode(S.Options.self, from: [:]).value
        return try JSONValueEncoder().encode(options)
    }
}
