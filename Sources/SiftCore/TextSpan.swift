/// A half-open range `[start, end)` of UTF-16 code-unit offsets into a document's text.
///
/// Stages work in UTF-16 units (ICU's native unit, and cheap to index); the output converts every
/// span to Unicode code-point offsets once, when the record is written (see `DocumentText`).
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { end <= start }

    @inlinable
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    @inlinable
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
