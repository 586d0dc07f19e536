/// Builds a `GazetteerIndex` one entry and one name at a time, as list files stream in.
///
/// Cost per name: tokenizing it, normalizing and hashing each token once, and one hash-table step per
/// token; memory grows with the distinct tokens, nodes and entries, never with the file.
struct GazetteerIndexBuilder {
    let normalization: TokenNormalization
    private let table: TokenNormalizationTable
    private var vocabulary = GazetteerVocabulary()
    private var edges = TrieEdges()
    private var nodes: [UInt32] = []
    private var payloads: [GazetteerPayload] = []
    private var idBytes: [UInt8] = []
    private var idStarts: [Int] = [0]
    private var ranges: [Int32] = []
    private var scratch: [UInt16] = []

    /// The most tokens a name may have.
    static let maximumTokens = 64

    /// What became of a name.
    enum Outcome: Equatable {
        case added
        /// The list already has this name with the same label and id.
        case duplicate
        /// The list already has this name with another label or id: the first one stays.
        case conflict
        /// The name has no token.
        case empty
        /// The name has more than `maximumTokens` tokens.
        case tooLong
    }

    init(normalization: TokenNormalization) {
        self.normalization = normalization
        self.table = TokenNormalizationTable.table(for: normalization)
    }

    /// Number of entries added.
    var entryCount: Int { idStarts.count - 1 }

    /// Adds an entry's id (UTF-8) and returns the entry's number, for `addName`.
    mutating func addEntry(id: UnsafeBufferPointer<UInt8>) -> Int32 {
        idBytes.append(contentsOf: id)
        idStarts.append(idBytes.count)
        return Int32(idStarts.count - 2)
    }

    /// Removes the last entry again when none of its names was added (all repeats), so that memory grows
    /// with distinct entries, not with lines.
    mutating func dropLastEntry() {
        guard idStarts.count > 1 else { return }
        idStarts.removeLast()
        idBytes.removeSubrange(idStarts[idStarts.count - 1]...)
    }

    /// Adds a name (or alias) of `entry` for `list` with `label`.
    mutating func addName(_ name: UnsafeBufferPointer<UInt16>, entry: Int32, list: UInt16, label: UInt8) -> Outcome {
        ranges.removeAll(keepingCapacity: true)
        GazetteerNameTokenizer.tokenize(name, into: &ranges)
        let tokenCount = ranges.count / 2
        if tokenCount == 0 { return .empty }
        if tokenCount > Self.maximumTokens { return .tooLong }
        var node: Int32 = -1
        var flags: UInt8 = 0
        var acronyms: UInt32 = 0
        for token in 0..<tokenCount {
            let start = Int(ranges[token * 2])
            let end = Int(ranges[token * 2 + 1])
            let shape = GazetteerCaseShape(UnsafeBufferPointer(rebasing: name[start..<end]))
            if shape.uppercase > 0 { flags |= GazetteerPayload.hasCapitals }
            if shape.isMixedCase { flags |= GazetteerPayload.hasMixedCase }
            if token < 32, shape.isAcronym { acronyms |= 1 << UInt32(token) }
            let id = tokenID(UnsafeBufferPointer(rebasing: name[start..<end]))
            if token == 0 {
                node = vocabulary.rootChild[Int(id)]
                if node < 0 {
                    node = newNode()
                    vocabulary.rootChild[Int(id)] = node
                }
            } else {
                let (child, created) = edges.child(of: node, by: id, orNew: Int32(nodes.count))
                if created {
                    nodes.append(0)
                    nodes[Int(node)] |= GazetteerIndex.hasChildrenBit
                }
                node = child
            }
        }
        var previous: Int32 = -1
        var current = Int32(nodes[Int(node)] & ~GazetteerIndex.hasChildrenBit) - 1
        while current >= 0 {
            let existing = payloads[Int(current)]
            if existing.list == list {
                return existing.label == label && sameID(existing.entry, entry) ? .duplicate : .conflict
            }
            previous = current
            current = existing.next
        }
        let payload = GazetteerPayload(list: list, label: label, flags: flags, acronyms: acronyms, entry: entry, next: -1)
        payloads.append(payload)
        let index = Int32(payloads.count - 1)
        if previous >= 0 {
            payloads[Int(previous)].next = index
        } else {
            nodes[Int(node)] = nodes[Int(node)] & GazetteerIndex.hasChildrenBit | UInt32(index + 1)
        }
        return .added
    }

    /// The vocabulary id of a list token (normalized, added when new).
    mutating func tokenID(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        let needed = TokenNormalizer.capacity(for: units.count)
        if scratch.count < needed { scratch = [UInt16](repeating: 0, count: needed * 2) }
        return scratch.withUnsafeMutableBufferPointer { output in
            table.withPointers { table in
                let target = output.baseAddress!
                let length = units.baseAddress.map { TokenNormalizer.normalize($0, units.count, into: target, normalization, table: table) } ?? 0
                return vocabulary.insert(target, length, hash: TokenNormalizer.hash(target, length))
            }
        }
    }

    /// The id a token already has, or -1 (without adding it).
    func existingTokenID(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
        var output = [UInt16](repeating: 0, count: TokenNormalizer.capacity(for: units.count))
        return output.withUnsafeMutableBufferPointer { output in
            table.withPointers { table in
                let target = output.baseAddress!
                let length = units.baseAddress.map { TokenNormalizer.normalize($0, units.count, into: target, normalization, table: table) } ?? 0
                return vocabulary.lookup(target, length, hash: TokenNormalizer.hash(target, length))
            }
        }
    }

    private mutating func newNode() -> Int32 {
        nodes.append(0)
        return Int32(nodes.count - 1)
    }

    private func sameID(_ first: Int32, _ second: Int32) -> Bool {
        if first == second { return true }
        let a = idStarts[Int(first)]..<idStarts[Int(first) + 1]
        let b = idStarts[Int(second)]..<idStarts[Int(second) + 1]
        return a.count == b.count && idBytes[a].elementsEqual(idBytes[b])
    }

    /// The finished, immutable index.
    consuming func finish() -> GazetteerIndex {
        vocabulary.shrinkToFit()
        return GazetteerIndex(
            normalization: normalization, vocabulary: vocabulary, edges: edges,
            nodes: nodes.withUnsafeBufferPointer { Array($0) },
            payloads: payloads.withUnsafeBufferPointer { Array($0) },
            idBytes: idBytes.withUnsafeBufferPointer { Array($0) },
            idStarts: idStarts.withUnsafeBufferPointer { Array($0) })
    }
}
