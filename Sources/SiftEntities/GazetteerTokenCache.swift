import CSiftICU
import Synchronization

/// A two-way set-associative cache of what one index makes of short document tokens, kept by a thread
/// across documents: the words a text repeats (`the`, `said`, `“`, names in the news) are found in a table
/// that stays in the CPU's caches however large the gazetteer is, so matching cost depends on the text, not
/// on the list size.
///
/// Keys are a token's own units as written (at most `maximumLength`; see `GazetteerTokenKey`), never their
/// normal form: a hit skips folding, normalization and the gazetteer's own tables. A key's tag also says
/// whether the token is a word, a number or another token; the entry of a word or number records the
/// document units' decision to split it (`split`) or its id, other entries a token id (-1: not a list token).
///
/// Layout: 32,768 sets of two 32-byte entries (three words of units, a 32-bit tag, a 32-bit value), one
/// 64-byte cache line per set, 2 MiB in all: one line is read per lookup (callers prefetch it ahead), and
/// the 65,536 entries hold a news stream's working vocabulary. A hit in the second way swaps it to the
/// first; a new entry goes to the first and pushes the first to the second (least recently used
/// replacement).
///
/// `@unchecked Sendable`: mutable, but handed from thread to thread only through the pool's mutex and
/// used by one thread at a time in between.
final class GazetteerTokenCache: @unchecked Sendable {
    static let setCount = 1 << 15
    static let maximumLength = GazetteerTokenKey.maximumLength
    /// The value of a word or number token the document units split into several units.
    static let split: Int32 = -2
    private static let entryBytes = 32
    private static let setBytes = 64
    private let storage: UnsafeMutableRawPointer

    init() {
        storage = .allocate(byteCount: Self.setCount * Self.setBytes, alignment: Self.setBytes)
        storage.initializeMemory(as: UInt8.self, repeating: 0, count: Self.setCount * Self.setBytes)
    }

    deinit { storage.deallocate() }

    /// The value cached for `key`, or nil.
    @inline(__always)
    func value(_ key: GazetteerTokenKey) -> Int32? {
        let set = storage + (Int(key.hash) & (Self.setCount - 1)) &* Self.setBytes
        if Self.matches(set, key) { return set.load(fromByteOffset: 28, as: Int32.self) }
        let second = set + Self.entryBytes
        guard Self.matches(second, key) else { return nil }
        let value = second.load(fromByteOffset: 28, as: Int32.self)
        Self.swapWays(set)
        return value
    }

    /// Starts loading the set `key` falls in into the CPU's cache.
    @inline(__always)
    func prefetch(_ key: GazetteerTokenKey) {
        sift_prefetch(storage + (Int(key.hash) & (Self.setCount - 1)) &* Self.setBytes)
    }

    /// Caches `value` for `key` (replacing an entry for the same key).
    @inline(__always)
    func store(_ value: Int32, for key: GazetteerTokenKey) {
        let set = storage + (Int(key.hash) & (Self.setCount - 1)) &* Self.setBytes
        if !Self.matches(set, key) {
            if !Self.matches(set + Self.entryBytes, key) {
                (set + Self.entryBytes).copyMemory(from: set, byteCount: Self.entryBytes)
            } else {
                Self.swapWays(set)
            }
        }
        set.storeBytes(of: key.first, toByteOffset: 0, as: UInt64.self)
        set.storeBytes(of: key.second, toByteOffset: 8, as: UInt64.self)
        set.storeBytes(of: key.third, toByteOffset: 16, as: UInt64.self)
        set.storeBytes(of: key.tag, toByteOffset: 24, as: UInt32.self)
        set.storeBytes(of: value, toByteOffset: 28, as: Int32.self)
    }

    @inline(__always)
    private static func matches(_ entry: UnsafeMutableRawPointer, _ key: GazetteerTokenKey) -> Bool {
        let difference = (entry.load(as: UInt64.self) ^ key.first) | (entry.load(fromByteOffset: 8, as: UInt64.self) ^ key.second)
            | (entry.load(fromByteOffset: 16, as: UInt64.self) ^ key.third)
            | UInt64(entry.load(fromByteOffset: 24, as: UInt32.self) ^ key.tag)
        return difference == 0
    }

    @inline(__always)
    private static func swapWays(_ set: UnsafeMutableRawPointer) {
        for offset in stride(from: 0, to: entryBytes, by: 8) {
            let first = set.load(fromByteOffset: offset, as: UInt64.self)
            set.storeBytes(of: set.load(fromByteOffset: entryBytes + offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            set.storeBytes(of: first, toByteOffset: entryBytes + offset, as: UInt64.self)
        }
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

/// The token-cache key of a document token of 1...12 UTF-16 units: its units as they are, in three words
/// (zero past its end), and a tag mixing their hash, the length and the token's `Kind`.
///
/// The key is the text itself, not its normal form (`The` and `the` have entries of their own): a hit costs
/// three loads, three multiplies and one cache line, with nothing to fold, check or normalize.
struct GazetteerTokenKey {
    /// What an entry for the key holds: a token id (`plain`), or the document units' decision for a word or
    /// a number token (whose possessive and split rules differ): a token id, or `GazetteerTokenCache.split`.
    enum Kind: UInt32 {
        case plain = 0
        case word = 1
        case number = 2
    }

    static let maximumLength = 12
    var first: UInt64
    var second: UInt64
    var third: UInt64
    /// A hash of the units (its low bits choose the set).
    var hash: UInt32
    /// The hash with its low six bits replaced by the length and the kind; never 0.
    var tag: UInt32

    /// No key: tag 0, which no entry has.
    static let none = GazetteerTokenKey(first: 0, second: 0, third: 0, hash: 0, tag: 0)
}

extension GazetteerTokenKey {
    /// The key of `count` (1...12) units at `units`, reading 12 units whatever `count` is (the caller
    /// guarantees they are readable): no loop, and no branch on the text.
    @inline(__always)
    init(_ units: UnsafePointer<UInt16>, _ count: Int, kind: Kind) {
        let raw = UnsafeRawPointer(units)
        first = raw.loadUnaligned(as: UInt64.self) & Self.laneMask(count)
        second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & Self.laneMask(count &- 4)
        third = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) & Self.laneMask(count &- 8)
        let mixed = (first &* 0x9E37_79B9_7F4A_7C15) &+ (second &* 0xC2B2_AE3D_27D4_EB4F) &+ (third &* 0x1656_67B1_9E37_79F9)
        hash = UInt32(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> 20)
        tag = hash & ~0x3F | kind.rawValue << 4 | UInt32(truncatingIfNeeded: count)
    }

    // Branch-free helpers: token lengths vary from one token to the next, so branches on them would
    // be mispredicted about every other token.

    /// A mask of the low `units` (clamped to 0...4) 16-bit lanes of a word.
    @inline(__always)
    static func laneMask(_ units: Int) -> UInt64 {
        let bits = UInt64(truncatingIfNeeded: min(max(units, 0), 4)) &* 16
        let half = bits >> 1
        return ~((UInt64.max &<< half) &<< (bits &- half))  // two shifts: a shift by 64 would be taken mod 64
    }
}
