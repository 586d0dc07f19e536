import SiftJSON

/// One document flowing through a pipeline: its raw input, the cleaned text once a cleanup stage
/// has run, document metadata, and typed standoff annotation layers over the text.
public struct Document: Sendable {
    /// The document's identifier (unique within a run's input).
    public var id: String
    /// Where the document came from.
    public var source: SourceInfo
    /// The input before cleanup.
    public var raw: RawContent
    /// The cleaned text; `nil` until a stage providing `LayerName.text` has run.
    public private(set) var text: DocumentText?
    /// Document-level metadata: input fields carried through, the page title, … (in insertion order).
    public var metadata: JSONObject
    /// Counters stages report about this document (e.g. repaired invalid UTF-8 sequences).
    public var diagnostics: JSONObject
    /// Annotation layers, keyed by typed `LayerKey`s.
    public var layers: LayerStore

    public init(id: String, source: SourceInfo, raw: RawContent, metadata: JSONObject = JSONObject()) {
        self.id = id
        self.source = source
        self.raw = raw
        self.metadata = metadata
        self.diagnostics = JSONObject()
        self.layers = LayerStore()
    }

    /// Convenience for tests and in-memory use: a document whose input is plain text.
    public init(id: String = "doc", text: String) {
        self.init(id: id, source: SourceInfo(path: "<memory>"), raw: .text(text))
    }

    /// Sets the cleaned text. Existing layers are dropped: their offsets referred to the old text.
    public mutating func setText(_ newText: String) {
        text = DocumentText(newText)
        layers = LayerStore()
    }

    /// The cleaned text, or a `StageError` naming the missing prerequisite.
    public func requireText() throws(StageError) -> DocumentText {
        guard let text else {
            throw StageError.missingLayer(LayerName.text)
        }
        return text
    }

    /// The layer under `key`, or a `StageError` naming the missing prerequisite.
    public func require<Key: LayerKey>(_ key: Key.Type) throws(StageError) -> Key.Value {
        guard let value = layers[key] else { throw StageError.missingLayer(Key.name) }
        return value
    }
}
