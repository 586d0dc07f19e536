/// Emoji → description, as vaderSentiment uses `emoji_utf8_lexicon.txt`: its replacement loop looks up one
/// character (code point) at a time, so only single-code-point keys ever match; longer keys (flags, ZWJ and
/// keycap sequences, emoji with a variation selector) are loaded but, as in VADER, never replace anything.
struct VaderEmojiTable: Sendable {
    /// One bit per BMP code point: set when the code point has a description (a fast negative test).
    private let bmpBits: [UInt64]
    /// Code point → index into `starts`/`lengths`.
    private let index: [UInt32: Int32]
    private let starts: [Int32]
    private let lengths: [Int32]
    /// All descriptions' code points, back to back.
    let descriptionScalars: [UInt32]
    /// Number of keys in the file (including the multi-code-point ones that never match).
    let keyCount: Int
    /// The smallest single-code-point key (code points below it are never looked up).
    let smallestKey: UInt32
    /// The length of the longest description, in code points.
    let longestDescription: Int

    /// Builds the table from `(key, description)` pairs in file order; a later key overrides an earlier one.
    init(_ pairs: [(key: Substring, description: Substring)]) {
        var bits = [UInt64](repeating: 0, count: 1024)
        var index: [UInt32: Int32] = [:]
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var scalars: [UInt32] = []
        var keys = Set<Substring>()
        for pair in pairs {
            keys.insert(pair.key)
            let keyScalars = pair.key.unicodeScalars
            guard let first = keyScalars.first, keyScalars.index(after: keyScalars.startIndex) == keyScalars.endIndex else { continue }
            let code = first.value
            index[code] = Int32(starts.count)
            starts.append(Int32(scalars.count))
            lengths.append(Int32(pair.description.unicodeScalars.count))
            scalars.append(contentsOf: pair.description.unicodeScalars.map(\.value))
            if code < 0x10000 { bits[Int(code >> 6)] |= 1 << UInt64(code & 63) }
        }
        self.bmpBits = bits
        self.index = index
        self.starts = starts
        self.lengths = lengths
        self.descriptionScalars = scalars
        self.keyCount = keys.count
        self.smallestKey = index.keys.min() ?? UInt32.max
        self.longestDescription = lengths.map(Int.init).max() ?? 0
    }

    /// The range of `descriptionScalars` describing `scalar`, or nil when it is not an emoji key.
    @inline(__always)
    func description(of scalar: UInt32) -> Range<Int>? {
        if scalar < 0x10000 {
            if bmpBits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) == 0 { return nil }
        }
        guard let slot = index[scalar] else { return nil }
        let start = Int(starts[Int(slot)])
        return start..<(start + Int(lengths[Int(slot)]))
    }

    /// Number of single-code-point keys (the ones that can match).
    var matchableCount: Int { starts.count }
}
