/// The cleaned text of a document, held once in the forms stages need.
///
/// `utf16` is the working representation (spans index it); `codePointOffset(_:)` converts a UTF-16
/// offset to the Unicode code-point offset used in the output (Python's `text[start:end]`).
/// Immutable after creation, so it is shared freely between threads.
public final class DocumentText: Sendable {
    /// The text as a Swift string.
    public let string: String
    /// The text as UTF-16 code units; `TextSpan` offsets index this array.
    public let utf16: [UInt16]
    /// UTF-16 offsets of the high surrogates (one per code point outside the BMP), ascending.
    private let surrogatePairStarts: [Int]

    public init(_ string: String) {
        self.string = string
        let units = Array(string.utf16)
        self.utf16 = units
        var pairs: [Int] = []
        if units.count != string.unicodeScalars.count {
            for (index, unit) in units.enumerated() where unit & 0xFC00 == 0xD800 {
                pairs.append(index)
            }
        }
        self.surrogatePairStarts = pairs
    }

    /// Number of UTF-16 code units.
    public var count: Int { utf16.count }

    /// Number of Unicode code points.
    public var codePointCount: Int { utf16.count - surrogatePairStarts.count }

    /// Whether every character is in the Basic Multilingual Plane (then UTF-16 and code-point offsets agree).
    public var isBMPOnly: Bool { surrogatePairStarts.isEmpty }

    /// Converts a UTF-16 offset (on a code-point boundary) to a code-point offset.
    @inlinable
    public func codePointOffset(_ utf16Offset: Int) -> Int {
        utf16Offset - surrogatePairsBefore(utf16Offset)
    }

    @usableFromInline
    func surrogatePairsBefore(_ utf16Offset: Int) -> Int {
        if surrogatePairStarts.isEmpty { return 0 }
        var low = 0
        var high = surrogatePairStarts.count
        while low < high {
            let mid = (low + high) / 2
            if surrogatePairStarts[mid] < utf16Offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Converts a code-point offset to a UTF-16 offset.
    public func utf16Offset(codePoint offset: Int) -> Int {
        var result = offset
        for start in surrogatePairStarts {
            if start < result { result += 1 } else { break }
        }
        return result
    }

    /// The substring a span covers.
    public func substring(_ span: TextSpan) -> String {
        let start = max(0, min(span.start, utf16.count))
        let end = max(start, min(span.end, utf16.count))
        return String(decoding: utf16[start..<end], as: UTF16.self)
    }
}
