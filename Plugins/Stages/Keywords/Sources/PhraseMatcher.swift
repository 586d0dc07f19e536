import SiftCore

/// Finds listed phrases in a text, on token boundaries: a match starts where a token starts and ends
/// where a token ends, so `art` never matches inside `start`. Case-insensitive unless asked otherwise;
/// a space in a phrase matches any run of whitespace. Left to right, the longest phrase wins, and
/// matches never overlap.
///
/// Phrases are kept in a trie over case-folded scalars (whitespace runs folded to one space), so each
/// token start costs one walk as long as the longest phrase it begins — not one try per phrase.
struct PhraseMatcher: Sendable {
    private static let space: UInt32 = 0x20
    /// Trie edges: `node << 32 | unit` → child node. Node 0 is the root.
    private let edges: [UInt64: Int32]
    /// The entry ending at each node, or -1.
    private let terminal: [Int32]
    private let entries: [KeywordEntry]
    private let caseSensitive: Bool

    init(entries: [KeywordEntry], caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
        var edges: [UInt64: Int32] = [:]
        var terminal: [Int32] = [-1]
        var kept: [KeywordEntry] = []
        for entry in entries {
            let units = Self.units(of: entry.phrase, caseSensitive: caseSensitive)
            guard !units.isEmpty else { continue }
            var node: Int32 = 0
            for unit in units {
                let key = UInt64(UInt32(node)) << 32 | UInt64(unit)
                if let child = edges[key] {
                    node = child
                } else {
                    terminal.append(-1)
                    node = Int32(terminal.count - 1)
                    edges[key] = node
                }
            }
            if terminal[Int(node)] < 0 {  // the first listing of a phrase wins
                terminal[Int(node)] = Int32(kept.count)
                kept.append(entry)
            }
        }
        self.edges = edges
        self.terminal = terminal
        self.entries = kept
    }

    /// A phrase as trie units: folded scalars, whitespace runs as one `space`, no outer whitespace.
    private static func units(of phrase: String, caseSensitive: Bool) -> [UInt32] {
        var units: [UInt32] = []
        for scalar in phrase.unicodeScalars {
            if scalar.properties.isWhitespace {
                if let last = units.last, last != space { units.append(space) }
            } else {
                units.append(fold(scalar, caseSensitive: caseSensitive))
            }
        }
        if units.last == space { units.removeLast() }
        return units
    }

    /// Every match in `text`, in text order.
    func matches(in text: DocumentText, tokens: [Token]) -> [KeywordMatch] {
        var folded: [UInt32] = [], isSpace: [Bool] = [], offsets: [Int] = []
        folded.reserveCapacity(text.count)
        var scalarAt = [Int](repeating: -1, count: text.count + 1)  // UTF-16 offset → scalar index
        var utf16 = 0
        for scalar in text.string.unicodeScalars {
            scalarAt[utf16] = folded.count
            offsets.append(utf16)
            folded.append(Self.fold(scalar, caseSensitive: caseSensitive))
            isSpace.append(scalar.properties.isWhitespace)
            utf16 += scalar.utf16.count
        }
        scalarAt[utf16] = folded.count
        offsets.append(utf16)
        var isTokenEnd = [Bool](repeating: false, count: folded.count + 1)
        for token in tokens where token.span.end <= text.count && scalarAt[token.span.end] >= 0 { isTokenEnd[scalarAt[token.span.end]] = true }

        var result: [KeywordMatch] = []
        var consumed = 0
        for token in tokens where token.span.start < text.count {
            let start = scalarAt[token.span.start]
            guard start >= consumed else { continue }
            var node: Int32 = 0, position = start
            var best: (entry: Int32, end: Int)?
            while position < folded.count {
                var next = position + 1
                var unit = folded[position]
                if isSpace[position] {
                    unit = Self.space
                    while next < folded.count, isSpace[next] { next += 1 }
                }
                guard let child = edges[UInt64(UInt32(node)) << 32 | UInt64(unit)] else { break }
                node = child
                position = next
                if terminal[Int(node)] >= 0, isTokenEnd[position] { best = (terminal[Int(node)], position) }
            }
            if let best {
                let entry = entries[Int(best.entry)]
                result.append(KeywordMatch(span: TextSpan(start: offsets[start], end: offsets[best.end]), keyword: entry.phrase, group: entry.group))
                consumed = best.end
            }
        }
        return result
    }

    private static func fold(_ scalar: Unicode.Scalar, caseSensitive: Bool) -> UInt32 {
        guard !caseSensitive else { return scalar.value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let first = lower.first { return first.value }
        return scalar.value
    }
}
