/// The edges of a trie over token ids below the root: `(parent node, token id) → child node`, in one
/// open-addressing hash table of interleaved key/value words.
///
/// Children of the root live in `GazetteerVocabulary.rootChild` instead, so only the second and later
/// tokens of a name cost a lookup here. Nodes are numbered from 0; the root has no number.
struct TrieEdges: Sendable {
    /// Pairs of words: `parent << 32 | token`, then `child`; a key of `UInt64.max` marks an empty slot.
    private(set) var slots: [UInt64]
    private(set) var count = 0

    static let empty = UInt64.max

    init(expectedCount: Int = 0) {
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Self.emptySlots(capacity)
    }

    /// Slots of the table (each two words long).
    var capacity: Int { slots.count / 2 }

    @inline(__always)
    static func key(_ parent: Int32, _ token: Int32) -> UInt64 { UInt64(UInt32(bitPattern: parent)) << 32 | UInt64(UInt32(bitPattern: token)) }

    @inline(__always)
    static func position(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `parent` by `token`, creating it as node `newNode` when missing. Returns the child and
    /// whether it was created.
    mutating func child(of parent: Int32, by token: Int32, orNew newNode: Int32) -> (node: Int32, created: Bool) {
        if (count + 1) * 2 > capacity { grow() }
        let key = Self.key(parent, token)
        let mask = capacity - 1
        let result: (Int32, Bool) = slots.withUnsafeMutableBufferPointer { slots in
            var position = Self.position(key, mask: mask)
            while true {
                let stored = slots[position * 2]
                if stored == key { return (Int32(truncatingIfNeeded: slots[position * 2 + 1]), false) }
                if stored == Self.empty {
                    slots[position * 2] = key
                    slots[position * 2 + 1] = UInt64(UInt32(bitPattern: newNode))
                    return (newNode, true)
                }
                position = (position + 1) & mask
            }
        }
        if result.1 { count += 1 }
        return result
    }

    /// The child of `parent` by `token`, or -1 (on the raw slots, for the matcher's hot loop).
    @inline(__always)
    static func child(of parent: Int32, by token: Int32, in slots: UnsafeBufferPointer<UInt64>) -> Int32 {
        let key = Self.key(parent, token)
        let mask = slots.count / 2 - 1
        var position = position(key, mask: mask)
        while true {
            let stored = slots[position * 2]
            if stored == key { return Int32(truncatingIfNeeded: slots[position * 2 + 1]) }
            if stored == empty { return -1 }
            position = (position + 1) & mask
        }
    }

    /// Bytes held by the table.
    var byteCount: Int { slots.capacity * 8 }

    private static func emptySlots(_ capacity: Int) -> [UInt64] {
        var slots = GazetteerTable<UInt64>.hugePageArray(repeating: 0, count: capacity * 2)
        slots.withUnsafeMutableBufferPointer { slots in
            for index in stride(from: 0, to: slots.count, by: 2) { slots[index] = empty }
        }
        return slots
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        var grown = Self.emptySlots(newCapacity)
        let mask = newCapacity - 1
        grown.withUnsafeMutableBufferPointer { grown in
            slots.withUnsafeBufferPointer { old in
                for index in stride(from: 0, to: old.count, by: 2) where old[index] != Self.empty {
                    var position = Self.position(old[index], mask: mask)
                    while grown[position * 2] != Self.empty { position = (position + 1) & mask }
                    grown[position * 2] = old[index]
                    grown[position * 2 + 1] = old[index + 1]
                }
            }
        }
        slots = grown
    }
}
