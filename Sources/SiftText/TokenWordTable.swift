/// An immutable hash table from packed words (`TokenLexicon.key`) to small values, for the
/// tokenizer's per-word lookups.
///
/// Open addressing with linear probing over a power-of-two array and a multiplicative hash: a
/// lookup is a multiply, a shift and usually one comparison, far cheaper than `Dictionary`'s
/// seeded hashing, which matters because some lookups run once per word.
struct TokenWordTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt8]
    private let shift: UInt64
    private let mask: Int

    /// Builds the table; keys must be non-zero (every packed non-empty word is).
    init(_ entries: [(key: UInt64, value: UInt8)]) {
        var bits: UInt64 = 3
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt8](repeating: 0, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for entry in entries where entry.key != 0 {
            var index = Self.slot(entry.key, shift)
            while keys[index] != 0, keys[index] != entry.key { index = (index + 1) & mask }
            keys[index] = entry.key
            values[index] = entry.value
        }
        self.keys = keys
        self.values = values
    }

    /// A set of words (every value 1).
    init(words: [String]) {
        self.init(words.map { (key: TokenLexicon.key($0), value: 1) })
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> UInt8? {
        var index = Self.slot(key, shift)
        while true {
            let candidate = keys[index]
            if candidate == key { return values[index] }
            if candidate == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }
}
