import CSiftICU

/// The token ids of a document's units in one index, found through the thread's token cache and, for
/// the units it does not know, one batched lookup.
///
/// A unit of at most 12 units of text (most words of running text, quotes, dashes) is looked up in the
/// thread's `GazetteerTokenCache` by its own text: a hit gives its id without normalizing or hashing it
/// into the vocabulary. The others are resolved in `resolve`, in one software-pipelined loop that
/// prefetches each unit's hash-table slot, then the stored token it may equal, then its trie root child
/// and node, several units ahead of using them, and go into the cache. A list of a million entries has
/// tables far larger than the CPU's caches; with repeats served from the token cache and misses
/// overlapping, matching costs about the same per token as with a small list.
///
/// One object per document and index, used by one thread: `@exclusivity(unchecked)` skips the runtime
/// exclusivity bookkeeping on its stored properties, which no two accesses ever overlap on.
final class GazetteerUnitKeys {
    /// What `add` found.
    enum Lookup {
        /// The token cache knew the unit: its id (final; -1: not a list token), and a word or number needs no split.
        case cached(Int32)
        /// The token cache says this word or number is split into several units; nothing was added.
        case split
        /// The unit was added with id -1 for now; `resolve` writes the id of a unit it looks up.
        case added
    }

    /// A unit the token cache did not know.
    struct PendingUnit {
        var unit: Int32
        var textStart: Int32
        /// Where its normal form is: `textForm` (the text itself, an all-alphanumeric ASCII token folded on
        /// the fly), otherwise an offset into `normalized`.
        var form: Int32
        /// The length of the normal form.
        var length: Int32
        /// The vocabulary hash of the normal form.
        var hash: UInt32
        /// The unit's text length when its id goes into the token cache (0: it does not).
        var cachedLength: Int16
        var kind: GazetteerTokenKey.Kind
    }

    static let textForm: Int32 = -1

    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var pending: UnsafeMutablePointer<PendingUnit>
    @exclusivity(unchecked) private var pendingCount = 0
    /// Normal forms of the pending units that needed `TokenNormalizer.normalize`, back to back.
    @exclusivity(unchecked) private var normalized: [UInt16] = []
    private let scratch: UnsafeMutablePointer<UInt16>
    private let view: GazetteerIndexView
    private let cache: GazetteerTokenCache
    /// The end of the document's text: a unit with 12 readable units from its start can use the token cache.
    private let textEnd: UnsafePointer<UInt16>

    init(view: GazetteerIndexView, cache: GazetteerTokenCache, text: UnsafeBufferPointer<UInt16>, expectedCount: Int) {
        self.view = view
        self.cache = cache
        textEnd = text.baseAddress.map { $0 + text.count } ?? UnsafePointer(bitPattern: 1)!
        capacity = max(16, expectedCount / 4)
        pending = .allocate(capacity: capacity)
        scratch = .allocate(capacity: TokenNormalizer.capacity(for: view.longestUnit))
    }

    deinit {
        pending.deallocate()
        scratch.deallocate()
    }

    /// Whether the token cache can hold a unit of `length` units at `text`.
    @inline(__always)
    private func isCacheable(_ text: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        length <= GazetteerTokenKey.maximumLength && length <= view.longestUnit && text + GazetteerTokenKey.maximumLength <= textEnd
    }

    /// The token-cache key of the unit `text[0..<length]`, or nil when the cache cannot hold it.
    @inline(__always)
    func cacheKey(_ text: UnsafePointer<UInt16>, _ length: Int, kind: GazetteerTokenKey.Kind) -> GazetteerTokenKey? {
        guard isCacheable(text, length) else { return nil }
        return GazetteerTokenKey(text, length, kind: kind)
    }

    /// Starts loading `key`'s token-cache entry into the CPU's cache.
    @inline(__always)
    func prefetch(_ key: GazetteerTokenKey) { cache.prefetch(key) }

    /// What the token cache holds for `key`, or `unknown`.
    @inline(__always)
    func cachedValue(_ key: GazetteerTokenKey) -> Int32 { cache.value(key) ?? Self.unknown }

    /// `cachedValue` when the cache has no entry.
    static let unknown = Int32.min

    /// Looks up unit number `unit`, the text `text[0..<length]` (which starts at `start` in the document), in
    /// the token cache, and adds it for `resolve` when the cache does not know it. For such a unit, sets
    /// `separator` when it has a character the name tokenizer may split at.
    @inline(__always)
    func add(
        _ text: UnsafePointer<UInt16>, _ length: Int, start: Int, unit: Int, kind: GazetteerTokenKey.Kind, separator: inout Bool
    ) -> Lookup {
        let cacheable = isCacheable(text, length)
        if cacheable, let value = cache.value(GazetteerTokenKey(text, length, kind: kind)) {
            return value == GazetteerTokenCache.split ? .split : .cached(value)
        }
        let cachedLength = cacheable ? length : 0
        if length > view.longestUnit {
            separator = true  // too long to be a list token
        } else if let hash = TokenNormalizer.alphanumericHash(text, length, fold: view.normalization.foldCase) {
            addPending(unit, start: start, form: Self.textForm, length: length, hash: hash, cachedLength: cachedLength, kind: kind)
        } else {
            addNormalized(unit, text, length, start: start, separator: &separator, cachedLength: cachedLength, kind: kind)
        }
        return .added
    }

    /// Records in the token cache that the word or number `text[0..<length]` is split into several units.
    func rememberSplit(_ text: UnsafePointer<UInt16>, _ length: Int, kind: GazetteerTokenKey.Kind) {
        guard isCacheable(text, length), kind != .plain else { return }
        cache.store(GazetteerTokenCache.split, for: GazetteerTokenKey(text, length, kind: kind))
    }

    /// The id of `text[0..<length]` as a whole (a possessive's stem), through the token cache.
    func id(of text: UnsafePointer<UInt16>, _ length: Int) -> Int32 {
        guard isCacheable(text, length) else { return view.id(of: text, length, scratch: scratch) }
        let key = GazetteerTokenKey(text, length, kind: .plain)
        if let value = cache.value(key) { return value }
        let id = view.id(of: text, length, scratch: scratch)
        cache.store(id, for: key)
        return id
    }

    /// Forgets unit number `unit` when it was the last one added (it was split into pieces instead).
    func remove(unit: Int) {
        guard pendingCount > 0, pending[pendingCount - 1].unit == Int32(truncatingIfNeeded: unit) else { return }
        pendingCount -= 1
        let form = pending[pendingCount].form
        if form >= 0 { normalized.removeSubrange(Int(form)...) }
    }

    @inline(__always)
    private func addPending(
        _ unit: Int, start: Int, form: Int32, length: Int, hash: UInt32, cachedLength: Int, kind: GazetteerTokenKey.Kind
    ) {
        if pendingCount == capacity {
            capacity *= 2
            pending = pending.movedToNewBuffer(count: pendingCount, capacity: capacity)
        }
        pending[pendingCount] = PendingUnit(
            unit: Int32(truncatingIfNeeded: unit), textStart: Int32(truncatingIfNeeded: start), form: form,
            length: Int32(truncatingIfNeeded: length), hash: hash, cachedLength: Int16(truncatingIfNeeded: cachedLength),
            kind: kind)
        pendingCount += 1
    }

    private func addNormalized(
        _ unit: Int, _ text: UnsafePointer<UInt16>, _ length: Int, start: Int, separator: inout Bool, cachedLength: Int,
        kind: GazetteerTokenKey.Kind
    ) {
        let normalizedLength = TokenNormalizer.normalize(text, length, into: scratch, view.normalization, table: view.table, separator: &separator)
        let form = Int32(truncatingIfNeeded: normalized.count)
        normalized.append(contentsOf: UnsafeBufferPointer(start: scratch, count: normalizedLength))
        addPending(
            unit, start: start, form: form, length: normalizedLength, hash: TokenNormalizer.hash(scratch, normalizedLength),
            cachedLength: cachedLength, kind: kind)
    }

    /// Looks up every pending unit (reading unit text from `text`) and writes its id to `ids` (where the
    /// caller put -1 for it).
    func resolve(text: UnsafePointer<UInt16>, into ids: UnsafeMutablePointer<Int32>) {
        let slots = view.slots.baseAddress!
        let mask = view.slots.count - 1
        let starts = view.tokenStarts.baseAddress!
        let tokenUnits = view.tokenUnits.baseAddress!
        let rootChild = view.rootChild.baseAddress!
        let nodes = view.nodes.baseAddress
        let distance = 16
        let pendingCount = pendingCount
        let pending = pending
        normalized.withUnsafeBufferPointer { normalized in
            // Stage 1 prefetches pending unit i's slot; stage 2 reads unit i - d's slot and prefetches the
            // token it names; stage 3 compares unit i - 2d and prefetches its root child; stage 4 the node.
            for step in 0..<(pendingCount &+ 3 &* distance) {
                if step < pendingCount {
                    sift_prefetch(slots + (Int(pending[step].hash) & mask))
                }
                let second = step &- distance
                if second >= 0, second < pendingCount {
                    let unit = Int(pending[second].unit)
                    let slot = slots[Int(pending[second].hash) & mask]
                    if slot != 0 {
                        ids[unit] = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                        if slot >> 32 == UInt64(pending[second].hash) {
                            sift_prefetch(tokenUnits + Int(starts[Int(ids[unit])]))
                        }
                    }
                }
                let third = second &- distance
                if third >= 0, third < pendingCount {
                    let entry = pending[third]
                    let unit = Int(entry.unit)
                    if ids[unit] >= 0 {
                        ids[unit] = resolved(entry, text: text, normalized: normalized.baseAddress)
                        if ids[unit] >= 0 { sift_prefetch(rootChild + Int(ids[unit])) }
                    }
                    if entry.cachedLength > 0 {
                        cache.store(ids[unit], for: GazetteerTokenKey(text + Int(entry.textStart), Int(entry.cachedLength), kind: entry.kind))
                    }
                }
                let fourth = third &- distance
                if fourth >= 0, fourth < pendingCount, let nodes {
                    let unit = Int(pending[fourth].unit)
                    if ids[unit] >= 0 {
                        let child = rootChild[Int(ids[unit])]
                        if child >= 0 { sift_prefetch(nodes + Int(child)) }
                    }
                }
            }
        }
        self.pendingCount = 0
        normalized.removeAll(keepingCapacity: true)
    }

    /// The id of a pending unit: a full probe, comparing normal forms.
    @inline(__always)
    private func resolved(_ entry: PendingUnit, text: UnsafePointer<UInt16>, normalized: UnsafePointer<UInt16>?) -> Int32 {
        if entry.form == Self.textForm {
            return GazetteerVocabulary.lookupFolded(
                text + Int(entry.textStart), Int(entry.length), hash: entry.hash, fold: view.normalization.foldCase,
                slots: view.slots, units: view.tokenUnits, starts: view.tokenStarts)
        }
        guard let normalized else { return -1 }
        return GazetteerVocabulary.lookup(
            normalized + Int(entry.form), Int(entry.length), hash: entry.hash, slots: view.slots, units: view.tokenUnits,
            starts: view.tokenStarts)
    }
}
