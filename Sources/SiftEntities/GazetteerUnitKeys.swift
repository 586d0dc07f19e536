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
        /// The token cache knew the unit: its id is final, and a word or number needs no split.
        case cached
        /// The token cache says this word or number is split into several units; nothing was added.
        case split
        /// The unit was added; its id comes in `resolve`.
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
    @exclusivity(unchecked) private(set) var count = 0
    /// Per unit: its id, -1 for a token no name has (final after `resolve`).
    @exclusivity(unchecked) private(set) var ids: UnsafeMutablePointer<Int32>
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
        capacity = max(16, expectedCount)
        ids = .allocate(capacity: capacity)
        pending = .allocate(capacity: capacity)
        scratch = .allocate(capacity: TokenNormalizer.capacity(for: view.longestUnit))
    }

    deinit {
        ids.deallocate()
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

    /// Adds a unit the token cache knew (`cachedValue`), unless its value says split (then false).
    @inline(__always)
    func add(cached value: Int32) -> Bool {
        if value == GazetteerTokenCache.split { return false }
        append(value)
        return true
    }

    /// Adds the unit `text[0..<length]` (which starts at `start` in the document), unless the token cache
    /// says it is split (word and number tokens only). For a unit the cache did not know, sets `separator`
    /// when it has a character the name tokenizer may split at.
    @inline(__always)
    func add(_ text: UnsafePointer<UInt16>, _ length: Int, start: Int, kind: GazetteerTokenKey.Kind, separator: inout Bool) -> Lookup {
        let cacheable = isCacheable(text, length)
        if cacheable, let value = cache.value(GazetteerTokenKey(text, length, kind: kind)) {
            if value == GazetteerTokenCache.split { return .split }
            append(value)
            return .cached
        }
        let cachedLength = cacheable ? length : 0
        if length > view.longestUnit {
            append(-1)  // too long to be a list token
            separator = true
        } else if let hash = TokenNormalizer.alphanumericHash(text, length, fold: view.normalization.foldCase) {
            addPending(start: start, form: Self.textForm, length: length, hash: hash, cachedLength: cachedLength, kind: kind)
        } else {
            addNormalized(text, length, start: start, separator: &separator, cachedLength: cachedLength, kind: kind)
        }
        return .added
    }

    /// Adds a unit whose id is already known (single ASCII characters: `GazetteerIndexView.asciiIDs`).
    @inline(__always)
    func add(knownID id: Int32) { append(id) }

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

    /// Removes the last unit (it was split into pieces instead).
    func removeLast() {
        count -= 1
        guard pendingCount > 0, pending[pendingCount - 1].unit == Int32(truncatingIfNeeded: count) else { return }
        pendingCount -= 1
        let form = pending[pendingCount].form
        if form >= 0 { normalized.removeSubrange(Int(form)...) }
    }

    @inline(__always)
    private func append(_ id: Int32) {
        if count == capacity { grow() }
        ids[count] = id
        count += 1
    }

    @inline(__always)
    private func addPending(start: Int, form: Int32, length: Int, hash: UInt32, cachedLength: Int, kind: GazetteerTokenKey.Kind) {
        if count == capacity { grow() }
        pending[pendingCount] = PendingUnit(
            unit: Int32(truncatingIfNeeded: count), textStart: Int32(truncatingIfNeeded: start), form: form,
            length: Int32(truncatingIfNeeded: length), hash: hash, cachedLength: Int16(truncatingIfNeeded: cachedLength),
            kind: kind)
        pendingCount += 1
        append(-1)
    }

    private func addNormalized(
        _ text: UnsafePointer<UInt16>, _ length: Int, start: Int, separator: inout Bool, cachedLength: Int, kind: GazetteerTokenKey.Kind
    ) {
        let normalizedLength = TokenNormalizer.normalize(text, length, into: scratch, view.normalization, table: view.table, separator: &separator)
        let form = Int32(truncatingIfNeeded: normalized.count)
        normalized.append(contentsOf: UnsafeBufferPointer(start: scratch, count: normalizedLength))
        addPending(
            start: start, form: form, length: normalizedLength, hash: TokenNormalizer.hash(scratch, normalizedLength),
            cachedLength: cachedLength, kind: kind)
    }

    private func grow() {
        let newCapacity = capacity * 2
        ids = ids.movedToNewBuffer(count: count, capacity: newCapacity)
        pending = pending.movedToNewBuffer(count: pendingCount, capacity: newCapacity)
        capacity = newCapacity
    }

    /// Looks up every pending unit (reading unit text from `text`), so that `ids` is final.
    func resolve(text: UnsafePointer<UInt16>) {
        let slots = view.slots.baseAddress!
        let mask = view.slots.count - 1
        let starts = view.tokenStarts.baseAddress!
        let tokenUnits = view.tokenUnits.baseAddress!
        let rootChild = view.rootChild.baseAddress!
        let nodes = view.nodes.baseAddress
        let distance = 16
        let pendingCount = pendingCount
        let pending = pending
        let ids = ids
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
