import SiftJSON

/// A named entity: a span of the text with its label, a stable id and what found it.
public struct Entity: Sendable, Hashable {
    public var span: TextSpan
    /// The entity type, e.g. `PERSON`, `ORG`, `GPE`, `LOC`, `NORP`, `FAC`, `EVENT`, `MISC`.
    public var label: String
    /// A stable id: the gazetteer's id (`Q159`, `geonames:524901`) or a document-local id for rule-found
    /// names (`local:PERSON:sergey-lavrov`). Mentions of the same entity share it.
    public var id: String
    /// What found it: a gazetteer list's name or a rule's name.
    public var source: String

    public init(span: TextSpan, label: String, id: String, source: String) {
        self.span = span
        self.label = label
        self.id = id
        self.source = source
    }
}

/// The `entities` layer: entities in text order, non-overlapping, each starting and ending on token boundaries
/// (or, for a possessive like `Russia’s`, ending where the possessive suffix begins).
public enum EntitiesLayer: LayerKey {
    public typealias Value = Entities
    public static let name: LayerName = "entities"
}

/// The value of the `entities` layer.
public struct Entities: SpanLayerValue, Hashable {
    public var items: [Entity]

    public init(_ items: [Entity]) { self.items = items }

    public var spans: [TextSpan] { items.map(\.span) }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.byte(UInt8(ascii: "["))
        for (index, entity) in items.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writer.spanFields(entity.span, in: text)
            if let text {
                writer.raw(",\"text\":")
                writer.string(text.substring(entity.span))
            }
            writer.raw(",\"label\":")
            writer.string(entity.label)
            writer.raw(",\"id\":")
            writer.string(entity.id)
            writer.raw(",\"source\":")
            writer.string(entity.source)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.byte(UInt8(ascii: "]"))
    }
}
