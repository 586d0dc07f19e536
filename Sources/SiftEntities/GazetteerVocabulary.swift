/// The distinct normalized tokens of one gazetteer index, each with a dense id, in an open-addressing
/// hash table keyed by UTF-16 units (no `String` per token).
///
/// Every token also records the trie node reached from the root by that token (`rootChild`), so the
/// first step of every match costs no extra lookup.
struct GazetteerVocabulary: Sendable {
    /// The tokens' units, back to back.
    private(set) var units: [UInt16] = []
    /// `units[starts[id]..<starts[id + 1]]` is token `id`.
    private(set) var starts: [UInt32] = [0]
    /// Per token: the trie node reached from the root by it, or -1.
    var rootChild: [Int32] = []
    /// `hash << 32 | (id + 1)`; 0 is an empty slot. The capacity is a power of two, at most half full.
    private(set) var slots: [UInt64]
    /// The longest token, in normalized units.
    private(set) var maximumLength = 0

    init(expectedCount: Int = 0) {
        var capacity = 64
        while capacity < expectedCount * Self.loadFactor(capacity) { capacity <<= 1 }
        slots = GazetteerTable.hugePageArray(repeating: 0, count: capacity)
    }

    /// Slots per token: 4 (a quarter full, so most misses end at the first slot) up to 2^22 slots
    /// (32 MiB), 2 beyond, where memory matters more.
    @inline(__always)
    static func loadFactor(_ capacity: Int) -> Int { capacity < 1 << 22 ? 4 : 2 }

    var count: Int { rootChild.count }

    /// The id of the token `units[0..<length]`, adding it when new (one probe sequence either way).
    mutating func insert(_ key: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int32 {
        if (count + 1) * Self.loadFactor(slots.count) > slots.count { grow() }
        let mask = slots.count - 1
        let tag = UInt64(hash)
        var position = Int(hash) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            units.withUnsafeBufferPointer { units in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let slot = slots[position]
                        if slot == 0 { return nil }
                        if slot >> 32 == tag {
                            let id = Int(slot & 0xFFFF_FFFF) - 1
                            let start = Int(starts[id])
                            if Int(starts[id + 1]) - start == length, Self.equalUnits(units.baseAddress! + start, key, length) {
                                return Int32(id)
                            }
                        }
                        position = (position + 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        let id = Int32(count)
        units.append(contentsOf: UnsafeBufferPointer(start: key, count: length))
        starts.append(UInt32(units.count))
        rootChild.append(-1)
        maximumLength = max(maximumLength, length)
        slots[position] = tag << 32 | UInt64(id + 1)
        return id
    }

    /// The id of the token `key[0..<length]`, or -1.
    func lookup(_ key: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            units.withUnsafeBufferPointer { units in
                starts.withUnsafeBufferPointer { starts in
                    GazetteerVocabulary.lookup(key, length, hash: hash, slots: slots, units: units, starts: starts)
                }
            }
        }
    }

    /// The lookup on raw buffers, for the matcher's hot loop.
    @inline(__always)
    static func lookup(
        _ key: UnsafePointer<UInt16>, _ length: Int, hash: UInt32,
        slots: UnsafeBufferPointer<UInt64>, units: UnsafeBufferPointer<UInt16>, starts: UnsafeBufferPointer<UInt32>
    ) -> Int32 {
        let mask = slots.count - 1
        var position = Int(hash) & mask
        let tag = UInt64(hash)
        while true {
            let slot = slots[position]
            if slot == 0 { return -1 }
            if slot >> 32 == tag {
                let id = Int(slot & 0xFFFF_FFFF) - 1
                let start = Int(starts[id])
                if Int(starts[id + 1]) - start == length, equalUnits(units.baseAddress! + start, key, length) { return Int32(id) }
            }
            position = (position + 1) & mask
        }
    }

    /// `lookup` for an all-alphanumeric ASCII token given as text (see `TokenNormalizer.alphanumericHash`).
    @inline(__always)
    static func lookupFolded(
        _ text: UnsafePointer<UInt16>, _ length: Int, hash: UInt32, fold: Bool,
        slots: UnsafeBufferPointer<UInt64>, units: UnsafeBufferPointer<UInt16>, starts: UnsafeBufferPointer<UInt32>
    ) -> Int32 {
        let mask = slots.count - 1
        var position = Int(hash) & mask
        let tag = UInt64(hash)
        while true {
            let slot = slots[position]
            if slot == 0 { return -1 }
            if slot >> 32 == tag {
                let id = Int(slot & 0xFFFF_FFFF) - 1
                let start = Int(starts[id])
                if Int(starts[id + 1]) - start == length,
                   TokenNormalizer.equalsFolded(units.baseAddress! + start, text, length, fold: fold) {
                    return Int32(id)
                }
            }
            position = (position + 1) & mask
        }
    }

    /// Whether `length` units at `a` and `b` are equal, compared four at a time.
    @inline(__always)
    static func equalUnits(_ a: UnsafePointer<UInt16>, _ b: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        var index = 0
        let rawA = UnsafeRawPointer(a)
        let rawB = UnsafeRawPointer(b)
        while index + 4 <= length {
            if rawA.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self) != rawB.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self) {
                return false
            }
            index += 4
        }
        while index < length {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }

    /// Bytes held by the table.
    var byteCount: Int { units.capacity * 2 + starts.capacity * 4 + rootChild.capacity * 4 + slots.capacity * 8 }

    private mutating func grow() {
        let capacity = slots.count * 2
        var grown = GazetteerTable<UInt64>.hugePageArray(repeating: 0, count: capacity)
        let mask = capacity - 1
        grown.withUnsafeMutableBufferPointer { grown in
            for slot in slots where slot != 0 {
                var position = Int(slot >> 32) & mask
                while grown[position] != 0 { position = (position + 1) & mask }
                grown[position] = slot
            }
        }
        slots = grown
    }

    /// Releases spare array capacity once building is over.
    mutating func shrinkToFit() {
        units = units.withUnsafeBufferPointer { Array($0) }
        starts = starts.withUnsafeBufferPointer { Array($0) }
        rootChild = rootChild.withUnsafeBufferPointer { Array($0) }
    }
}
