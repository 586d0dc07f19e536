import CSiftICU

/// The lookup keys of a document's units in one index — each unit's hash and normal form — and their
/// resolution into token ids.
///
/// A unit whose normal form is in the thread's `GazetteerTokenCache` (most words of running text) takes
/// its id from there. The others are resolved in one software-pipelined loop that prefetches each unit's
/// hash-table slot, then the stored token it may equal, then its trie root child and node, several units
/// ahead of using them, and go into the cache. A list of a million entries has tables far larger than
/// the CPU's caches; with repeats served from the token cache and misses overlapping, matching costs
/// about the same per token as with a small list.
///
/// One object per document and index, used by one thread: `@exclusivity(unchecked)` skips the runtime
/// exclusivity bookkeeping on its stored properties, which no two accesses ever overlap on.
final class GazetteerUnitKeys {
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0
    /// Per unit: the hash of its normal form.
    @exclusivity(unchecked) private var hashes: UnsafeMutablePointer<UInt32>
    /// Per unit: where its normal form is: -1 the text itself (an all-alphanumeric ASCII token, folded
    /// on the fly), -2 none (too long to be a list token), otherwise an offset into `normalized`.
    @exclusivity(unchecked) private var forms: UnsafeMutablePointer<Int32>
    /// Per unit: the length of the normal form (of the text itself for form -1), or the id for form -3.
    @exclusivity(unchecked) private var lengths: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var textStarts: UnsafeMutablePointer<Int32>
    /// The units the token cache did not know, in order: only these need a table lookup.
    @exclusivity(unchecked) private var pending: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var pendingCount = 0
    /// Normal forms of the units that needed `TokenNormalizer.normalize`, back to back.
    @exclusivity(unchecked) private var normalized: [UInt16] = []
    private let scratch: UnsafeMutablePointer<UInt16>
    private let view: GazetteerIndexView
    /// The end of the document's text: a unit with 12 readable units from its start takes the fast path.
    var textEnd: UnsafePointer<UInt16>?

    static let textForm: Int32 = -1
    static let noForm: Int32 = -2
    static let knownForm: Int32 = -3
    private let cache: GazetteerTokenCache

    init(view: GazetteerIndexView, cache: GazetteerTokenCache, expectedCount: Int) {
        self.view = view
        self.cache = cache
        capacity = max(16, expectedCount)
        hashes = .allocate(capacity: capacity)
        forms = .allocate(capacity: capacity)
        lengths = .allocate(capacity: capacity)
        textStarts = .allocate(capacity: capacity)
        pending = .allocate(capacity: capacity)
        scratch = .allocate(capacity: TokenNormalizer.capacity(for: view.longestUnit))
    }

    deinit {
        hashes.deallocate()
        forms.deallocate()
        lengths.deallocate()
        textStarts.deallocate()
        pending.deallocate()
        scratch.deallocate()
    }

    /// Adds the key of the unit `text[0..<length]` (which starts at `start` in the document); sets
    /// `separator` when the unit has a character the name tokenizer may split at.
    @inline(__always)
    func add(_ text: UnsafePointer<UInt16>, _ length: Int, start: Int, separator: inout Bool) {
        if count == capacity { grow() }
        textStarts[count] = Int32(truncatingIfNeeded: start)
        if length <= 12, let textEnd, text + 12 <= textEnd,
           let (first, second, third, hash) = TokenNormalizer.alphanumericWords(text, length, fold: view.normalization.foldCase) {
            if length <= view.longestUnit, let id = cache.id(words: first, second, third, length, hash: hash) {
                forms[count] = Self.knownForm
                lengths[count] = id
            } else if length > view.longestUnit {
                forms[count] = Self.noForm
                separator = true
            } else {
                addPendingText(hash: hash, length: length)
            }
        } else if length > view.longestUnit {
            forms[count] = Self.noForm
            separator = true
        } else if let hash = TokenNormalizer.alphanumericHash(text, length, fold: view.normalization.foldCase) {
            if let id = cache.id(text: text, length, hash: hash, fold: view.normalization.foldCase) {
                forms[count] = Self.knownForm
                lengths[count] = id
            } else {
                addPendingText(hash: hash, length: length)
            }
        } else {
            let normalizedLength = TokenNormalizer.normalize(text, length, into: scratch, view.normalization, table: view.table, separator: &separator)
            let hash = TokenNormalizer.hash(scratch, normalizedLength)
            if let id = cache.id(normalized: scratch, normalizedLength, hash: hash) {
                forms[count] = Self.knownForm
                lengths[count] = id
            } else {
                hashes[count] = hash
                forms[count] = Int32(truncatingIfNeeded: normalized.count)
                lengths[count] = Int32(truncatingIfNeeded: normalizedLength)
                normalized.append(contentsOf: UnsafeBufferPointer(start: scratch, count: normalizedLength))
                pending[pendingCount] = Int32(truncatingIfNeeded: count)
                pendingCount += 1
            }
        }
        count += 1
    }

    /// Records the current unit as an alphanumeric token read from the text, to be looked up in `resolve`.
    @inline(__always)
    private func addPendingText(hash: UInt32, length: Int) {
        hashes[count] = hash
        forms[count] = Self.textForm
        lengths[count] = Int32(truncatingIfNeeded: length)
        pending[pendingCount] = Int32(truncatingIfNeeded: count)
        pendingCount += 1
    }

    /// Adds a unit whose id is already known (single ASCII characters: `GazetteerIndexView.asciiIDs`).
    @inline(__always)
    func add(knownID id: Int32) {
        if count == capacity { grow() }
        forms[count] = Self.knownForm
        lengths[count] = id
        count += 1
    }

    /// Removes the last key (its unit was split into pieces instead).
    func removeLast() {
        count -= 1
        if forms[count] >= 0 { normalized.removeSubrange(Int(forms[count])...) }
        if pendingCount > 0, pending[pendingCount - 1] == Int32(truncatingIfNeeded: count) { pendingCount -= 1 }
    }

    private func grow() {
        let newCapacity = capacity * 2
        hashes = hashes.movedToNewBuffer(count: count, capacity: newCapacity)
        forms = forms.movedToNewBuffer(count: count, capacity: newCapacity)
        lengths = lengths.movedToNewBuffer(count: count, capacity: newCapacity)
        textStarts = textStarts.movedToNewBuffer(count: count, capacity: newCapacity)
        pending = pending.movedToNewBuffer(count: count, capacity: newCapacity)
        capacity = newCapacity
    }

    /// Writes every unit's token id (-1: not a list token) to `ids`, reading unit text from `text`.
    func resolve(into ids: UnsafeMutablePointer<Int32>, text: UnsafePointer<UInt16>) {
        // Units the token cache knew (most of them) take its id; units with no form are not list tokens.
        for unit in 0..<count {
            ids[unit] = forms[unit] == Self.knownForm ? lengths[unit] : -1
        }
        let slots = view.slots.baseAddress!
        let mask = view.slots.count - 1
        let starts = view.tokenStarts.baseAddress!
        let tokenUnits = view.tokenUnits.baseAddress!
        let rootChild = view.rootChild.baseAddress!
        let nodes = view.nodes.baseAddress
        let distance = 16
        let pendingCount = pendingCount
        normalized.withUnsafeBufferPointer { normalized in
            // Over the pending units only: stage 1 prefetches unit i's slot; stage 2 reads unit i - d's slot
            // and prefetches the token it names; stage 3 compares unit i - 2d and prefetches its root child;
            // stage 4 prefetches the node.
            for step in 0..<(pendingCount &+ 3 &* distance) {
                if step < pendingCount {
                    sift_prefetch(slots + (Int(hashes[Int(pending[step])]) & mask))
                }
                let second = step &- distance
                if second >= 0, second < pendingCount {
                    let unit = Int(pending[second])
                    let slot = slots[Int(hashes[unit]) & mask]
                    if slot != 0 {
                        ids[unit] = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                        if slot >> 32 == UInt64(hashes[unit]) {
                            sift_prefetch(tokenUnits + Int(starts[Int(ids[unit])]))
                        }
                    }
                }
                let third = second &- distance
                if third >= 0, third < pendingCount {
                    let unit = Int(pending[third])
                    if ids[unit] >= 0 {
                        ids[unit] = resolved(unit, text: text, normalized: normalized.baseAddress)
                        if ids[unit] >= 0 { sift_prefetch(rootChild + Int(ids[unit])) }
                    }
                    remember(unit, ids[unit], text: text, normalized: normalized.baseAddress)
                }
                let fourth = third &- distance
                if fourth >= 0, fourth < pendingCount, let nodes {
                    let unit = Int(pending[fourth])
                    if ids[unit] >= 0 {
                        let child = rootChild[Int(ids[unit])]
                        if child >= 0 { sift_prefetch(nodes + Int(child)) }
                    }
                }
            }
        }
    }

    /// Puts a resolved unit's id into the token cache.
    @inline(__always)
    private func remember(_ unit: Int, _ id: Int32, text: UnsafePointer<UInt16>, normalized: UnsafePointer<UInt16>?) {
        let form = forms[unit]
        if form == Self.textForm {
            cache.store(id, hash: hashes[unit], units: text + Int(textStarts[unit]), Int(lengths[unit]), fold: view.normalization.foldCase)
        } else if let normalized {
            cache.store(id, hash: hashes[unit], units: normalized + Int(form), Int(lengths[unit]), fold: false)
        }
    }

    /// The id of unit `unit`: a full probe, comparing normal forms.
    private func resolved(_ unit: Int, text: UnsafePointer<UInt16>, normalized: UnsafePointer<UInt16>?) -> Int32 {
        let form = forms[unit]
        if form == Self.textForm {
            return GazetteerVocabulary.lookupFolded(
                text + Int(textStarts[unit]), Int(lengths[unit]), hash: hashes[unit], fold: view.normalization.foldCase,
                slots: view.slots, units: view.tokenUnits, starts: view.tokenStarts)
        }
        guard let normalized else { return -1 }
        return GazetteerVocabulary.lookup(
            normalized + Int(form), Int(lengths[unit]), hash: hashes[unit], slots: view.slots, units: view.tokenUnits, starts: view.tokenStarts)
    }
}
