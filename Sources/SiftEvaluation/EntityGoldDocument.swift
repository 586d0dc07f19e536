/// An entity span with its label, in Unicode code-point offsets (the unit of gold files and of the output).
public struct LabeledSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var span: CodePointSpan
    public var label: String

    public init(_ span: CodePointSpan, label: String) {
        self.span = span
        self.label = label
    }

    public init(start: Int, end: Int, label: String) {
        self.init(CodePointSpan(start: start, end: end), label: label)
    }

    public static func < (lhs: LabeledSpan, rhs: LabeledSpan) -> Bool {
        lhs.span != rhs.span ? lhs.span < rhs.span : lhs.label < rhs.label
    }

    public var description: String { "\(span) \(label)" }
}

/// One document of a gold named-entity corpus (e.g. `uner-ewt/dev.jsonl`): its text and entities.
///
/// Offsets are Unicode code points into `text`, as in the files (Python's `text[start:end]`).
public struct EntityGoldDocument: Sendable {
    public var id: String
    public var text: String
    /// Gold entities, in text order.
    public var entities: [LabeledSpan]

    public init(id: String, text: String, entities: [LabeledSpan]) {
        self.id = id
        self.text = text
        self.entities = entities
    }

    /// The text an entity covers (for reports).
    public func text(of span: CodePointSpan) -> String {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end])
    }
}
