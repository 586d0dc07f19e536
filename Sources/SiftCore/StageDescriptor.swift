import SiftJSON

/// Everything a stage says about itself: identity, contract, options and examples.
///
/// The registry, `pipeline stages`, the config JSON Schema and a generic test over every stage's
/// examples all read it, so docs and behaviour cannot drift apart silently.
public struct StageDescriptor: Sendable {
    /// Versioned id, `family.implementation.vN` (e.g. `tokenize.icu.v1`). Never reused for new behaviour.
    public var id: String
    /// Short names that select this stage in configs (e.g. `tokenize`). An alias moves to the newest version.
    public var aliases: [String]
    /// One line: what the stage does.
    public var summary: String
    /// A longer description for `pipeline stages NAME`.
    public var details: String
    /// Layers that earlier stages must provide (`LayerName.text` for nearly all).
    public var requires: [LayerName]
    /// Layers this stage adds.
    public var provides: [LayerName]
    /// Every option, with type, default and doc.
    public var options: [OptionDoc]
    /// Input → expected annotations; each one is run as a test.
    public var examples: [StageExample]

    public init(
        id: String, aliases: [String] = [], summary: String, details: String = "",
        requires: [LayerName] = [.text], provides: [LayerName], options: [OptionDoc] = [],
        examples: [StageExample] = []
    ) {
        self.id = id
        self.aliases = aliases
        self.summary = summary
        self.details = details
        self.requires = requires
        self.provides = provides
        self.options = options
        self.examples = examples
    }
}

/// Documentation of one option.
public struct OptionDoc: Sendable {
    public var name: String
    public var type: OptionType
    /// The value used when the option is absent (`nil` when the option is required or has no default).
    public var defaultValue: JSONValue?
    public var summary: String

    public init(_ name: String, _ type: OptionType, default defaultValue: JSONValue?, _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// The JSON type of an option, for docs and the config JSON Schema.
public indirect enum OptionType: Sendable, Equatable {
    case string
    case boolean
    case integer(minimum: Int?, maximum: Int?)
    case number(minimum: Double?, maximum: Double?)
    /// One of a fixed set of strings.
    case oneOf([String])
    /// A file path, resolved against the config file's folder.
    case path
    case array(OptionType)
    /// A free-form object.
    case object

    /// A short human-readable name: `string`, `integer ≥ 1`, `"a" | "b"`, `array of path`.
    public var displayName: String {
        switch self {
        case .string: return "string"
        case .boolean: return "boolean"
        case .integer(let minimum, let maximum): return "integer" + Self.range(minimum.map(Double.init), maximum.map(Double.init))
        case .number(let minimum, let maximum): return "number" + Self.range(minimum, maximum)
        case .oneOf(let values): return values.map { "\"\($0)\"" }.joined(separator: " | ")
        case .path: return "path"
        case .array(let element): return "array of \(element.displayName)"
        case .object: return "object"
        }
    }

    private static func range(_ minimum: Double?, _ maximum: Double?) -> String {
        func fmt(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        switch (minimum, maximum) {
        case (let lo?, let hi?): return " \(fmt(lo))…\(fmt(hi))"
        case (let lo?, nil): return " ≥ \(fmt(lo))"
        case (nil, let hi?): return " ≤ \(fmt(hi))"
        default: return ""
        }
    }

    /// This type as a JSON Schema fragment.
    public var jsonSchema: JSONValue {
        switch self {
        case .string, .path: return ["type": "string"]
        case .boolean: return ["type": "boolean"]
        case .integer(let minimum, let maximum):
            var object = JSONObject([("type", "integer")])
            if let minimum { object["minimum"] = .integer(minimum) }
            if let maximum { object["maximum"] = .integer(maximum) }
            return .object(object)
        case .number(let minimum, let maximum):
            var object = JSONObject([("type", "number")])
            if let minimum { object["minimum"] = .number(minimum) }
            if let maximum { object["maximum"] = .number(maximum) }
            return .object(object)
        case .oneOf(let values): return ["type": "string", "enum": .array(values.map { .string($0) })]
        case .array(let element): return ["type": "array", "items": element.jsonSchema]
        case .object: return ["type": "object"]
        }
    }
}

/// An example of a stage at work: input text and options, and the text each expected annotation covers.
public struct StageExample: Sendable {
    public var text: String
    public var options: JSONValue
    /// For each layer, the covered substrings in order (e.g. `["tokens": ["Hello", ",", "world"]]`).
    public var expected: [LayerName: [String]]

    public init(_ text: String, options: JSONValue = [:], expect expected: [LayerName: [String]]) {
        self.text = text
        self.options = options
        self.expected = expected
    }
}
