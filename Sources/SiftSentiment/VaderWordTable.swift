/// What the scorer knows about one lower-cased word: its lexicon valence, booster scalar, whether it
/// negates, and which of VADER's rule words it is.
struct VaderWordInfo: Sendable {
    /// The lexicon valence; meaningful only when `inLexicon`.
    var valence: Double = 0
    /// `BOOSTER_DICT[word]` (±0.293), or 0 when the word is not a single-word booster or dampener.
    var booster: Double = 0
    var inLexicon = false
    /// The word is in VADER's `NEGATE` list.
    var negates = false
    /// Which rule word it is (`no`, `but`, `least`, …), or `.other`.
    var special: VaderSpecialWord = .other
}

/// An immutable open-addressing hash table from UTF-8 byte strings to `VaderWordInfo`, looked up
/// with a borrowed byte buffer so scoring never allocates a `String` per word.
struct VaderWordTable: Sendable {
    private let keyBytes: [UInt8]
    /// Per entry: where its key starts in `keyBytes`, and its length.
    private let keyStarts: [Int32]
    private let keyLengths: [Int32]
    let infos: [VaderWordInfo]
    /// Per slot: the high 32 bits of the key's hash, then entry index + 1 (0 = empty). A power of two of slots.
    private let slots: [UInt64]
    private let mask: Int

    /// FNV-1a's offset basis: start `rawHash` here and feed it with `step(_:_:)`.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One byte of FNV-1a.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func rawHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    /// Builds the table from distinct keys (the caller resolves duplicates: later entries win).
    init(_ entries: [(key: [UInt8], info: VaderWordInfo)]) {
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = []
        var keyLengths: [Int32] = []
        var infos: [VaderWordInfo] = []
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for entry in entries {
            let hash = Self.mix(entry.key.withUnsafeBufferPointer(Self.rawHash))
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash >> 32) << 32 | UInt64(infos.count + 1)
            keyStarts.append(Int32(keyBytes.count))
            keyLengths.append(Int32(entry.key.count))
            keyBytes.append(contentsOf: entry.key)
            infos.append(entry.info)
        }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyLengths = keyLengths
        self.infos = infos
        self.slots = slots
        self.mask = mask
    }

    /// Spreads FNV-1a's low bits (which index the slots).
    @inline(__always)
    private static func mix(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

    /// The index into `infos` of the entry whose key equals `bytes`, or -1; `rawHash` is `rawHash(bytes)`.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, rawHash: UInt64) -> Int {
        let hash = Self.mix(rawHash)
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[slot]
                if stored == 0 { return -1 }
                if stored >> 32 == tag {
                    let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                    if Int(keyLengths[entry]) == bytes.count && keyEquals(entry, bytes) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index into `infos` of the entry whose key equals `bytes`, or -1.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        lookup(bytes, rawHash: Self.rawHash(bytes))
    }

    @inline(__always)
    private func keyEquals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        return keyBytes.withUnsafeBufferPointer { keys in
            for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    /// Number of entries.
    var count: Int { infos.count }
}
