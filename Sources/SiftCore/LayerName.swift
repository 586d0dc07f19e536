/// The name of an annotation layer, as it appears in configs (`requires`) and in the output record.
public struct LayerName: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The cleaned document text, produced by the cleanup stage and required by nearly every other stage.
    public static let text: LayerName = "text"

    public var description: String { rawValue }
    public static func < (lhs: LayerName, rhs: LayerName) -> Bool { lhs.rawValue < rhs.rawValue }
}
