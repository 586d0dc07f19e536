import SiftJSON

/// A typed key for an annotation layer: its name and the type of value stored under it.
///
/// Each stage family defines its own keys (`TokensLayer`, `SentencesLayer`, …), so a misspelled
/// layer does not compile and `Document` never grows a property per annotation kind.
public protocol LayerKey {
    associatedtype Value: LayerValue
    /// The layer's name in the output record and in `requires`/`provides`.
    static var name: LayerName { get }
}

/// A value stored in a document layer. It writes itself as the JSON value of its output field.
public protocol LayerValue: Sendable {
    /// Writes this layer as JSON, converting every UTF-16 span to code-point offsets with `text`.
    func writeJSON(to writer: inout JSONWriter, text: DocumentText?)
}

/// A layer whose content is plain JSON (used by stages that produce free-form data).
public struct JSONLayerValue: LayerValue {
    public var value: JSONValue
    public init(_ value: JSONValue) { self.value = value }
    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) { writer.write(value) }
}

/// The annotation layers of one document, in the order they were added.
public struct LayerStore: Sendable {
    public private(set) var entries: [(name: LayerName, value: any LayerValue)] = []

    public init() {}

    /// The layer stored under `key`, if any stage has added it.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get { self[Key.name] as? Key.Value }
        set { self[Key.name] = newValue }
    }

    /// Untyped access by name (for output and for stages that speak JSON).
    public subscript(name: LayerName) -> (any LayerValue)? {
        get { entries.first(where: { $0.name == name })?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name: name, value: newValue))
            }
        }
    }

    public func contains(_ name: LayerName) -> Bool { entries.contains { $0.name == name } }
    public var names: [LayerName] { entries.map(\.name) }
}

/// A layer made of text spans (tokens, sentences, entities…): lets generic code — tests, reports,
/// validators — see what each annotation covers without knowing the layer's type.
public protocol SpanLayerValue: LayerValue {
    /// The span of every annotation, in layer order.
    var spans: [TextSpan] { get }
}
