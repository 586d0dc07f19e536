import SiftCore

/// A document's tokens as the gazetteer matcher sees them — mostly one unit per token — with each
/// unit's id in the first index, found in the same pass.
///
/// Three adjustments make document tokens meet list tokens:
/// * a token the name tokenizer would split (`e-mail`, `anti-war`, `w/`) becomes several units; a match may
///   only start at a token's first unit and end at its last, so entities stay token-aligned;
/// * a possessive (`Russia’s`, `Russia's`, `Philippines'`) keeps its whole form for lookup (`McDonald's`) and
///   remembers where the suffix starts: when only the stem is listed, the entity ends there;
/// * a lone `.` glued to the word before it that the sentence splitter did not take as a sentence end
///   (`St` + `.` + `Louis`) joins that word, as an abbreviation's period (periods vanish in normalization).
///
/// The last unit of a sentence stops every walk, so matches never cross a sentence end. Storage is raw
/// buffers owned by this object (one per document, used by one thread, so `@exclusivity(unchecked)`
/// skips runtime exclusivity bookkeeping that no overlapping access could ever trip).
final class GazetteerDocumentUnits {
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int
    /// UTF-16 start and end of each unit (the end of the whole token for a possessive).
    @exclusivity(unchecked) private(set) var starts: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private(set) var ends: UnsafeMutablePointer<Int32>
    /// Where a possessive suffix starts in the unit, or -1.
    @exclusivity(unchecked) private(set) var possessiveEnds: UnsafeMutablePointer<Int32>
    /// `canStart`, `canEnd`, `sentenceStart`, `sentenceEnd` bits.
    @exclusivity(unchecked) private(set) var flags: UnsafeMutablePointer<UInt8>
    /// Ids in the first index: of the unit, and of a possessive unit's stem (-1: none).
    @exclusivity(unchecked) private(set) var ids: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private(set) var stemIDs: UnsafeMutablePointer<Int32>
    /// The units' keys in the first index.
    private let keys: GazetteerUnitKeys
    /// Number of units with a possessive suffix.
    @exclusivity(unchecked) private(set) var possessiveCount = 0
    /// Scratch for the name tokenizer's piece ranges, reused from token to token.
    @exclusivity(unchecked) private var splitRanges: [Int32] = []

    static let canStart: UInt8 = 1
    static let canEnd: UInt8 = 2
    /// The first word or number of its sentence.
    static let sentenceStart: UInt8 = 4
    /// The last unit of its sentence: no match continues past it.
    static let sentenceEnd: UInt8 = 8

    /// Builds the units of `tokens` and looks each up in `view`; throws when the layers are inconsistent
    /// (tokens out of order or outside the text, sentences outside the tokens).
    init(
        text: UnsafeBufferPointer<UInt16>, tokens: UnsafeBufferPointer<Token>, sentences: [Sentence], view: GazetteerIndexView,
        cache: GazetteerTokenCache
    ) throws(StageError) {
        capacity = tokens.count + 16
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
        possessiveEnds = .allocate(capacity: capacity)
        flags = .allocate(capacity: capacity)
        ids = .allocate(capacity: capacity)
        stemIDs = .allocate(capacity: capacity)
        keys = GazetteerUnitKeys(view: view, cache: cache, text: text, expectedCount: capacity)
        let tokenFlags = try Self.sentenceFlags(tokens, sentences)
        defer { tokenFlags.deallocate() }
        guard let base = text.baseAddress else { return }
        // Each token's cache key is computed and its entry prefetched `lookahead` tokens before its turn, so
        // that an entry that has left the CPU's caches is on its way while the tokens before it are done.
        let lookahead = 16
        let ring = UnsafeMutablePointer<GazetteerTokenKey>.allocate(capacity: lookahead)
        defer { ring.deallocate() }
        for index in 0..<min(lookahead, tokens.count) { ring[index] = Self.prefetchedKey(tokens[index], text, keys) }
        var previousEnd = 0
        for index in 0..<tokens.count {
            let key = ring[index & (lookahead - 1)]
            if index &+ lookahead < tokens.count {
                ring[(index &+ lookahead) & (lookahead - 1)] = Self.prefetchedKey(tokens[index &+ lookahead], text, keys)
            }
            let token = tokens[index]
            let start = token.span.start
            let end = token.span.end
            guard start >= previousEnd, start < end, end <= text.count else {
                throw StageError.invalidInput("token \(index) \(token.span) is empty, out of order or outside the text (\(text.count) UTF-16 units)")
            }
            previousEnd = end
            let bits = tokenFlags[index]
            let first = text[start]
            if end == start &+ 1 {
                if first == 0x2E, bits & Self.sentenceEnd == 0, mergePeriod(at: start, text: text) { continue }
                var id: Int32 = -1
                if first < 0x80 {
                    id = view.asciiIDs[Int(first)]
                } else {
                    var separator = false
                    if case .cached(let value) = keys.add(base + start, 1, start: start, unit: count, kind: .plain, separator: &separator) { id = value }
                }
                append(start, end, -1, Self.canStart | Self.canEnd | bits, -1, id)
                continue
            }
            let possessiveEnd = token.kind == .word ? Self.possessiveStart(text, start, end) : -1
            let value = key.tag == 0 ? GazetteerUnitKeys.unknown : keys.cachedValue(key)
            if value >= -1, possessiveEnd < 0 {  // the usual token: its id known, one unit, no stem
                append(start, end, -1, Self.canStart | Self.canEnd | bits, -1, value)
                continue
            }
            let kind: GazetteerTokenKey.Kind = token.kind == .word ? .word : token.kind == .number ? .number : .plain
            let coreEnd = possessiveEnd >= 0 ? possessiveEnd : end
            var separator = first == 0x27 || first == 0x2E || TokenNormalizer.isApostrophe(text[coreEnd &- 1])
            let lookup: GazetteerUnitKeys.Lookup
            if value == GazetteerTokenCache.split {
                lookup = .split
            } else if value != GazetteerUnitKeys.unknown {
                lookup = .cached(value)
            } else {
                lookup = keys.add(base + start, end &- start, start: start, unit: count, kind: kind, separator: &separator)
            }
            var id: Int32 = -1
            switch lookup {
            case .split:
                if split(start, coreEnd, end, possessiveEnd, bits, text) { continue }
                // Not reached (the cache only says split for a token that was split): the token as one unit.
                var ignored = false
                let whole = keys.add(base + start, end &- start, start: start, unit: count, kind: .plain, separator: &ignored)
                if case .cached(let cached) = whole { id = cached }
            case .added where separator && kind != .plain:
                if split(start, coreEnd, end, possessiveEnd, bits, text, replacingPending: true) {
                    keys.rememberSplit(base + start, end &- start, kind: kind)
                    continue
                }
            case .added:
                break
            case .cached(let cached):
                id = cached
            }
            let stem = possessiveEnd >= 0 ? keys.id(of: base + start, possessiveEnd &- start) : -1
            append(start, end, possessiveEnd, Self.canStart | Self.canEnd | bits, stem, id)
        }
        keys.resolve(text: base, into: ids)
    }

    /// The token-cache key of a token of two units or more, its cache entry prefetched; a key with tag 0
    /// (which no entry has) for the others.
    @inline(__always)
    private static func prefetchedKey(_ token: Token, _ text: UnsafeBufferPointer<UInt16>, _ keys: GazetteerUnitKeys) -> GazetteerTokenKey {
        let span = token.span
        guard span.start >= 0, span.end &- span.start > 1, span.end <= text.count, let base = text.baseAddress else {
            return GazetteerTokenKey.none
        }
        let kind: GazetteerTokenKey.Kind = token.kind == .word ? .word : token.kind == .number ? .number : .plain
        guard let key = keys.cacheKey(base + span.start, span.end &- span.start, kind: kind) else { return GazetteerTokenKey.none }
        keys.prefetch(key)
        return key
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
        possessiveEnds.deallocate()
        flags.deallocate()
        ids.deallocate()
        stemIDs.deallocate()
    }

    /// Appends the name-tokenizer pieces of a token as units (and their keys, replacing the token's own
    /// pending key when `replacingPending`); false when the token is one piece.
    private func split(
        _ start: Int, _ coreEnd: Int, _ end: Int, _ possessiveEnd: Int, _ bits: UInt8, _ text: UnsafeBufferPointer<UInt16>,
        replacingPending: Bool = false
    ) -> Bool {
        splitRanges.removeAll(keepingCapacity: true)
        GazetteerNameTokenizer.tokenize(UnsafeBufferPointer(rebasing: text[start..<coreEnd]), into: &splitRanges)
        let ranges = splitRanges
        let pieces = ranges.count / 2
        guard pieces > 1, let base = text.baseAddress else { return false }
        if replacingPending { keys.remove(unit: count) }
        for piece in 0..<pieces {
            let isFirst = piece == 0
            let isLast = piece == pieces - 1
            let pieceStart = isFirst ? start : start + Int(ranges[piece * 2])
            let pieceEnd = isLast ? end : start + Int(ranges[piece * 2 + 1])
            var pieceBits: UInt8 = 0
            if isFirst { pieceBits |= Self.canStart | (bits & Self.sentenceStart) }
            if isLast { pieceBits |= Self.canEnd | (bits & Self.sentenceEnd) }
            let stem = isLast && possessiveEnd >= 0 ? keys.id(of: base + pieceStart, possessiveEnd - pieceStart) : -1
            var separator = false
            var id: Int32 = -1
            if case .cached(let value) = keys.add(
                base + pieceStart, pieceEnd - pieceStart, start: pieceStart, unit: count, kind: .plain, separator: &separator) {
                id = value
            }
            append(pieceStart, pieceEnd, isLast ? possessiveEnd : -1, pieceBits, stem, id)
        }
        return true
    }

    @inline(__always)
    private func append(_ start: Int, _ end: Int, _ possessiveEnd: Int, _ bits: UInt8, _ stem: Int32, _ id: Int32) {
        if count == capacity { grow() }
        ids[count] = id
        starts[count] = Int32(truncatingIfNeeded: start)
        ends[count] = Int32(truncatingIfNeeded: end)
        possessiveEnds[count] = Int32(truncatingIfNeeded: possessiveEnd)
        flags[count] = bits
        stemIDs[count] = stem
        if possessiveEnd >= 0 { possessiveCount += 1 }
        count += 1
    }

    private func grow() {
        let newCapacity = capacity * 2
        starts = starts.movedToNewBuffer(count: count, capacity: newCapacity)
        ends = ends.movedToNewBuffer(count: count, capacity: newCapacity)
        possessiveEnds = possessiveEnds.movedToNewBuffer(count: count, capacity: newCapacity)
        flags = flags.movedToNewBuffer(count: count, capacity: newCapacity)
        ids = ids.movedToNewBuffer(count: count, capacity: newCapacity)
        stemIDs = stemIDs.movedToNewBuffer(count: count, capacity: newCapacity)
        capacity = newCapacity
    }

    /// Joins the period at `start` to the unit before it when that unit ends right there in a letter
    /// (its id is unchanged: periods vanish in normalization).
    private func mergePeriod(at start: Int, text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard count > 0, Int(ends[count - 1]) == start, possessiveEnds[count - 1] < 0, start > 0 else { return false }
        let before = text[start - 1]
        guard (before | 0x20) &- 0x61 < 26 || before >= 0xC0 else { return false }
        ends[count - 1] = Int32(truncatingIfNeeded: start + 1)
        return true
    }

    /// Per token: `sentenceStart` on the first word or number of each sentence, `sentenceEnd` on its last token.
    private static func sentenceFlags(_ tokens: UnsafeBufferPointer<Token>, _ sentences: [Sentence]) throws(StageError) -> UnsafeMutableBufferPointer<UInt8> {
        let flags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: tokens.count)
        flags.initialize(repeating: 0)
        for (index, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            guard range.lowerBound >= 0, range.upperBound <= tokens.count else {
                flags.deallocate()
                throw StageError.invalidInput("sentence \(index) covers tokens \(range), but the document has \(tokens.count)")
            }
            guard !range.isEmpty else { continue }
            flags[range.upperBound - 1] |= sentenceEnd
            var first = range.lowerBound
            while first < range.upperBound, tokens[first].kind != .word, tokens[first].kind != .number { first += 1 }
            if first < range.upperBound { flags[first] |= sentenceStart }
        }
        return flags
    }

    /// Where the possessive suffix of the word `text[start..<end]` starts (`'s`, `’s`, or the `'` of `s'`), or -1.
    @inline(__always)
    static func possessiveStart(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Int {
        guard end - start >= 3 else { return -1 }
        let last = text[end - 1]
        if last | 0x20 == 0x73 {
            guard TokenNormalizer.isApostrophe(text[end - 2]) else { return -1 }
            let before = text[end - 3]
            return (before | 0x20) &- 0x61 < 26 || before >= 0xC0 ? end - 2 : -1
        }
        if TokenNormalizer.isApostrophe(last), text[end - 2] | 0x20 == 0x73 { return end - 1 }
        return -1
    }
}
