/// One list entry's name (or alias) at a trie node: which list, which label and id, and how it is written.
struct GazetteerPayload: Sendable {
    /// The list, by position in the stage's `lists`.
    var list: UInt16
    /// The label, by position in the gazetteer's label set.
    var label: UInt8
    /// `hasCapitals`, `hasMixedCase`.
    var flags: UInt8
    /// Bit `t`: token `t` of the name is written as an acronym (two or more letters, all capitals: `US`, `U.S.`, `WHO`).
    var acronyms: UInt32
    /// The entry, by position in the index's id storage.
    var entry: Int32
    /// The next payload at the same node (another list's), or -1.
    var next: Int32

    /// The name as written has a capital letter.
    static let hasCapitals: UInt8 = 1
    /// A token of the name has capitals inside small letters (`LeT`, `McDonald`).
    static let hasMixedCase: UInt8 = 2
}

/// A compiled index for the lists that share one `TokenNormalization`: a vocabulary of normalized tokens,
/// a trie over token ids, and at each node that ends a name the entries of every list holding that name.
///
/// Immutable once built and shared by every thread; the tables live in `GazetteerTable`s (huge pages
/// for large ones), read by the matcher through a `GazetteerIndexView`.
final class GazetteerIndex: Sendable {
    let normalization: TokenNormalization
    /// The vocabulary's hash slots, units, token starts and root children (see `GazetteerVocabulary`).
    let slots: GazetteerTable<UInt64>
    let tokenUnits: GazetteerTable<UInt16>
    let tokenStarts: GazetteerTable<UInt32>
    let rootChild: GazetteerTable<Int32>
    /// The trie's edge slots (see `TrieEdges`).
    let edges: GazetteerTable<UInt64>
    /// Per node: bit 31 set when the node has children; the low 31 bits are the first payload + 1 (0: none).
    let nodes: GazetteerTable<UInt32>
    let payloads: GazetteerTable<GazetteerPayload>
    /// Entry ids as UTF-8, back to back: entry `e` is `idBytes[idStarts[e]..<idStarts[e + 1]]`.
    let idBytes: [UInt8]
    let idStarts: [Int]
    /// The id of each ASCII character as a token of its own, or -1: single-character tokens skip hashing.
    let asciiIDs: GazetteerTable<Int32>
    /// Distinct normalized tokens.
    let tokenCount: Int
    /// The longest token, in normalized units.
    let maximumLength: Int

    static let hasChildrenBit: UInt32 = 1 << 31

    /// An index over the tables of a finished builder.
    convenience init(
        normalization: TokenNormalization, vocabulary: GazetteerVocabulary, edges: TrieEdges, nodes: [UInt32],
        payloads: [GazetteerPayload], idBytes: [UInt8], idStarts: [Int]
    ) {
        self.init(
            normalization: normalization,
            tables: Tables(
                slots: GazetteerTable(vocabulary.slots), tokenUnits: GazetteerTable(vocabulary.units),
                tokenStarts: GazetteerTable(vocabulary.starts), rootChild: GazetteerTable(vocabulary.rootChild),
                edges: GazetteerTable(edges.slots), nodes: GazetteerTable(nodes), payloads: GazetteerTable(payloads)),
            idBytes: idBytes, idStarts: idStarts, tokenCount: vocabulary.count, maximumLength: vocabulary.maximumLength)
    }

    /// The tables an index is made of (what a cache file stores).
    struct Tables {
        var slots: GazetteerTable<UInt64>
        var tokenUnits: GazetteerTable<UInt16>
        var tokenStarts: GazetteerTable<UInt32>
        var rootChild: GazetteerTable<Int32>
        var edges: GazetteerTable<UInt64>
        var nodes: GazetteerTable<UInt32>
        var payloads: GazetteerTable<GazetteerPayload>
    }

    /// An index over `tables` (built, or read back from a cache file).
    init(normalization: TokenNormalization, tables: Tables, idBytes: [UInt8], idStarts: [Int], tokenCount: Int, maximumLength: Int) {
        self.normalization = normalization
        self.slots = tables.slots
        self.tokenUnits = tables.tokenUnits
        self.tokenStarts = tables.tokenStarts
        self.rootChild = tables.rootChild
        self.edges = tables.edges
        self.nodes = tables.nodes
        self.payloads = tables.payloads
        self.idBytes = idBytes
        self.idStarts = idStarts
        self.tokenCount = tokenCount
        self.maximumLength = maximumLength
        let table = TokenNormalizationTable.table(for: normalization)
        self.asciiIDs = GazetteerTable((0..<UInt16(0x80)).map { unit in
            var output = [UInt16](repeating: 0, count: 4)
            let length = withUnsafePointer(to: unit) { TokenNormalizer.normalize($0, 1, into: &output, normalization, table: table.pointers) }
            return output.withUnsafeBufferPointer {
                GazetteerVocabulary.lookup(
                    $0.baseAddress!, length, hash: TokenNormalizer.hash($0.baseAddress!, length), slots: tables.slots.buffer,
                    units: tables.tokenUnits.buffer, starts: tables.tokenStarts.buffer)
            }
        })
    }

    /// The index's tables.
    var tables: Tables {
        Tables(slots: slots, tokenUnits: tokenUnits, tokenStarts: tokenStarts, rootChild: rootChild, edges: edges, nodes: nodes, payloads: payloads)
    }

    /// The entry id of a payload, as a string.
    func id(of payload: GazetteerPayload) -> String {
        let entry = Int(payload.entry)
        return String(decoding: idBytes[idStarts[entry]..<idStarts[entry + 1]], as: UTF8.self)
    }

    /// The first payload at `node`, or -1.
    @inline(__always)
    func firstPayload(at node: Int32) -> Int32 { Int32(nodes[Int(node)] & ~Self.hasChildrenBit) - 1 }

    /// Number of trie nodes.
    var nodeCount: Int { nodes.count }

    /// Bytes held by the index's tables.
    var byteCount: Int {
        slots.byteCount + tokenUnits.byteCount + tokenStarts.byteCount + rootChild.byteCount + edges.byteCount
            + nodes.byteCount + payloads.byteCount + idBytes.count + idStarts.count * 8
    }

    /// The normalization table of `normalization`.
    var table: TokenNormalizationTable { TokenNormalizationTable.table(for: normalization) }
}
