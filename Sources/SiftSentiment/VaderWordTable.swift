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

/// An immutable open-addressing hash table from UTF-8 byte strings to `VaderWordInfo`, looked up with a
/// borrowed byte buffer so scoring never allocates a `String` per word.
///
/// Built for cache misses: a slot is 16 bytes holding the key's first 8 bytes, its length and the packed
/// word info, so a lookup of a word of up to 8 bytes touches one cache line (longer keys also compare their
/// tail). An 8 KB bit filter in front turns away most words that are not in the table.
struct VaderWordTable: Sendable {
    /// The largest number of distinct valences (the packed info has 20 bits for a valence's index).
    static let maximumDistinctValences = 1 << 20

    private struct Slot: Sendable {
        /// The key's first 8 bytes, little-endian, zero-padded.
        var prefix: UInt64 = 0
        /// The key's length in bytes (0: an empty slot).
        var length: UInt32 = 0
        /// Bits 0–19 valence index, 20 in lexicon, 21 negates, 22–23 booster (1 increment, 2 decrement), 24–29 special.
        var info: UInt32 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    /// One bit per 16-bit hash fragment of the keys.
    private let filter: [UInt64]
    /// The distinct valences (`Slot.info` indexes them).
    private let valences: [Double]
    /// Bytes 8… of long keys, and per slot where a long key's tail starts in `tails`.
    private let tails: [UInt8]
    private let tailStarts: [Int32]

    /// FNV-1a's offset basis: start a raw hash here and feed it with `step(_:_:)`.
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

    /// Spreads FNV-1a's low bits (which index the slots).
    @inline(__always)
    private static func mix(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }

    /// The first 8 bytes of `bytes`, little-endian, zero-padded.
    @inline(__always)
    static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<min(bytes.count, 8) { value |= UInt64(bytes[index]) << UInt64(8 * index) }
        return value
    }

    /// Builds the table from distinct non-empty keys with at most `maximumDistinctValences` distinct valences.
    init(_ entries: [(key: [UInt8], info: VaderWordInfo)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var tailStarts = [Int32](repeating: 0, count: capacity)
        var tails: [UInt8] = []
        var filter = [UInt64](repeating: 0, count: 1024)
        var valences: [Double] = [0]
        var valenceIndex: [UInt64: Int] = [Double(0).bitPattern: 0]
        let mask = capacity - 1
        for (key, info) in entries where !key.isEmpty {
            let hash = Self.mix(key.withUnsafeBufferPointer(Self.rawHash))
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length != 0 { slot = (slot + 1) & mask }
            var packed = UInt32(info.special.rawValue) << 24
            if info.inLexicon {
                let index = valenceIndex[info.valence.bitPattern] ?? valences.count
                if index == valences.count && index < Self.maximumDistinctValences {
                    valenceIndex[info.valence.bitPattern] = index
                    valences.append(info.valence)
                }
                packed |= UInt32(min(index, Self.maximumDistinctValences - 1)) | 1 << 20
            }
            if info.negates { packed |= 1 << 21 }
            if info.booster > 0 { packed |= 1 << 22 } else if info.booster < 0 { packed |= 2 << 22 }
            slots[slot] = Slot(prefix: key.withUnsafeBufferPointer(Self.prefix), length: UInt32(key.count), info: packed)
            if key.count > 8 {
                tailStarts[slot] = Int32(tails.count)
                tails.append(contentsOf: key[8...])
            }
            let bit = Int(truncatingIfNeeded: hash >> 48)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.slots = slots
        self.mask = mask
        self.filter = filter
        self.valences = valences
        self.tails = tails
        self.tailStarts = tailStarts
    }

    /// The packed info of the entry whose key equals `bytes` (0 when there is none); `rawHash` is `rawHash(bytes)`
    /// and `prefix` is `prefix(bytes)`.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, rawHash: UInt64, prefix: UInt64) -> UInt32 {
        let hash = Self.mix(rawHash)
        let bit = Int(truncatingIfNeeded: hash >> 48)
        if filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) == 0 { return 0 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        let length = UInt32(truncatingIfNeeded: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[slot]
                if stored.length == 0 { return 0 }
                if stored.length == length && stored.prefix == prefix && (bytes.count <= 8 || tailEquals(slot, bytes)) {
                    return stored.info
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The info of the entry whose key equals `bytes`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> VaderWordInfo {
        info(lookup(bytes, rawHash: Self.rawHash(bytes), prefix: Self.prefix(bytes)))
    }

    /// Unpacks a looked-up info.
    @inline(__always)
    func info(_ packed: UInt32) -> VaderWordInfo {
        let booster = (packed >> 22) & 3
        return VaderWordInfo(
            valence: valences.withUnsafeBufferPointer { $0[Int(packed & 0xF_FFFF)] },
            booster: booster == 1 ? VaderConstants.boosterIncrement : booster == 2 ? VaderConstants.boosterDecrement : 0,
            inLexicon: packed & (1 << 20) != 0, negates: packed & (1 << 21) != 0,
            special: VaderSpecialWord(rawValue: UInt8(truncatingIfNeeded: packed >> 24) & 63) ?? .other)
    }

    @inline(__always)
    private func tailEquals(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(tailStarts[slot]) - 8
        return tails.withUnsafeBufferPointer { tails in
            for offset in 8..<bytes.count where tails[start + offset] != bytes[offset] { return false }
            return true
        }
    }
}
