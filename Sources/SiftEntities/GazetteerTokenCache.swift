import Synchronization

/// A small direct-mapped cache of token ids for one index, kept by a thread across documents: the
/// words a text repeats (`the`, `said`, names in the news) are found in a table that stays in the CPU's
/// cache however large the gazetteer is, so matching cost depends on the text, not on the list size.
///
/// Entries hold the normal form (at most `maximumLength` units), its hash and its id (or -1: not a list
/// token). A cache is only ever used by the thread that checked it out of a `GazetteerTokenCache.Pool`.
///
/// `@unchecked Sendable`: mutable, but handed from thread to thread only through the pool's mutex and
/// used by one thread at a time in between.
final class GazetteerTokenCache: @unchecked Sendable {
    static let slotCount = 1 << 14
    static let maximumLength = 12
    /// Per slot: `hash << 32 | length << 16 | 1`, 0 when empty.
    private let keys: UnsafeMutablePointer<UInt64>
    private let ids: UnsafeMutablePointer<Int32>
    private let units: UnsafeMutablePointer<UInt16>

    init() {
        keys = .allocate(capacity: Self.slotCount)
        keys.initialize(repeating: 0, count: Self.slotCount)
        ids = .allocate(capacity: Self.slotCount)
        units = .allocate(capacity: Self.slotCount * Self.maximumLength)
    }

    deinit {
        keys.deallocate()
        ids.deallocate()
        units.deallocate()
    }

    @inline(__always)
    private static func key(_ hash: UInt32, _ length: Int) -> UInt64 { UInt64(hash) << 32 | UInt64(length) << 16 | 1 }

    /// The cached id of an all-alphanumeric ASCII token read from the text (folded when `fold`), or nil.
    @inline(__always)
    func id(text: UnsafePointer<UInt16>, _ length: Int, hash: UInt32, fold: Bool) -> Int32? {
        let slot = Int(hash) & (Self.slotCount - 1)
        guard keys[slot] == Self.key(hash, length),
              TokenNormalizer.equalsFolded(units + slot * Self.maximumLength, text, length, fold: fold) else { return nil }
        return ids[slot]
    }

    /// The cached id of an all-alphanumeric ASCII token of at most 12 units given as three zero-padded,
    /// folded words, or nil.
    @inline(__always)
    func id(words first: UInt64, _ second: UInt64, _ third: UInt64, _ length: Int, hash: UInt32) -> Int32? {
        let slot = Int(hash) & (Self.slotCount - 1)
        guard keys[slot] == Self.key(hash, length) else { return nil }
        let stored = UnsafeRawPointer(units + slot * Self.maximumLength)
        let difference = (stored.loadUnaligned(as: UInt64.self) ^ first) | (stored.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ second)
            | (stored.loadUnaligned(fromByteOffset: 16, as: UInt64.self) ^ third)
        return difference == 0 ? ids[slot] : nil
    }

    /// The cached id of a normal form, or nil.
    @inline(__always)
    func id(normalized: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int32? {
        let slot = Int(hash) & (Self.slotCount - 1)
        guard keys[slot] == Self.key(hash, length),
              GazetteerVocabulary.equalUnits(units + slot * Self.maximumLength, normalized, length) else { return nil }
        return ids[slot]
    }

    /// Caches the id of a normal form given as folded text (`fold`) or as normalized units.
    @inline(__always)
    func store(_ id: Int32, hash: UInt32, units source: UnsafePointer<UInt16>, _ length: Int, fold: Bool) {
        guard length <= Self.maximumLength else { return }
        let slot = Int(hash) & (Self.slotCount - 1)
        let target = units + slot * Self.maximumLength
        for index in 0..<length { target[index] = TokenNormalizer.foldedASCII(source[index], fold) }
        for index in length..<Self.maximumLength { target[index] = 0 }  // `id(words:)` compares whole words
        keys[slot] = Self.key(hash, length)
        ids[slot] = id
    }

    /// Caches checked out per thread and returned after each document.
    final class Pool: Sendable {
        private let idle = Mutex<[[GazetteerTokenCache]]>([])
        private let indexCount: Int

        init(indexCount: Int) { self.indexCount = indexCount }

        /// One cache per index, for the calling thread's exclusive use until `checkIn`.
        func checkOut() -> [GazetteerTokenCache] {
            let reused = idle.withLock { $0.popLast() }
            return reused ?? (0..<indexCount).map { _ in GazetteerTokenCache() }
        }

        func checkIn(_ caches: [GazetteerTokenCache]) {
            idle.withLock { $0.append(caches) }
        }
    }
}
