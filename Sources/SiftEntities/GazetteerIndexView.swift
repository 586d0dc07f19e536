/// Raw pointers into a `GazetteerIndex`'s tables for the matcher's hot loops: no reference counting,
/// no bounds checks beyond what the tables' own invariants guarantee. Valid only inside
/// `GazetteerIndex.withViews` (or while the index lives).
struct GazetteerIndexView {
    let normalization: TokenNormalization
    /// The `TokenNormalizationTable` of `normalization`.
    let table: TokenNormalizationTable.Pointers
    /// The id of each ASCII character as a token of its own (`,`, `&`, `-`), or -1.
    let asciiIDs: UnsafePointer<Int32>
    let slots: UnsafeBufferPointer<UInt64>
    let tokenUnits: UnsafeBufferPointer<UInt16>
    let tokenStarts: UnsafeBufferPointer<UInt32>
    let rootChild: UnsafeBufferPointer<Int32>
    let edges: UnsafeBufferPointer<UInt64>
    let nodes: UnsafeBufferPointer<UInt32>
    let payloads: UnsafeBufferPointer<GazetteerPayload>
    /// Document units longer than this cannot normalize to a list token (URLs, long numbers) and are skipped.
    let longestUnit: Int

    /// The id of the normalized token `units[0..<length]`, or -1.
    @inline(__always)
    func lookup(_ units: UnsafePointer<UInt16>, _ length: Int) -> Int32 {
        GazetteerVocabulary.lookup(
            units, length, hash: TokenNormalizer.hash(units, length), slots: slots, units: tokenUnits, starts: tokenStarts)
    }

    /// Normalizes `length` units at `text` into `scratch` and looks the result up; -1 when absent or too long.
    @inline(__always)
    func id(of text: UnsafePointer<UInt16>, _ length: Int, scratch: UnsafeMutablePointer<UInt16>) -> Int32 {
        guard length <= longestUnit else { return -1 }
        let normalized = TokenNormalizer.normalize(text, length, into: scratch, normalization, table: table)
        return lookup(scratch, normalized)
    }

    /// The child of `node` (-1: the root) by token `id`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        node < 0 ? rootChild[Int(id)] : TrieEdges.child(of: node, by: id, in: edges)
    }

    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool { nodes[Int(node)] & GazetteerIndex.hasChildrenBit != 0 }

    @inline(__always)
    func endsName(_ node: Int32) -> Bool { nodes[Int(node)] & ~GazetteerIndex.hasChildrenBit != 0 }

    /// The first payload at `node`, or -1 (see `GazetteerIndex.firstPayload`).
    @inline(__always)
    func firstPayload(at node: Int32) -> Int32 { Int32(nodes[Int(node)] & ~GazetteerIndex.hasChildrenBit) - 1 }
}

extension GazetteerIndex {
    /// A view of this index's tables (valid while the index lives).
    var view: GazetteerIndexView {
        GazetteerIndexView(
            normalization: normalization, table: table.pointers, asciiIDs: asciiIDs.buffer.baseAddress!, slots: slots.buffer,
            tokenUnits: tokenUnits.buffer, tokenStarts: tokenStarts.buffer, rootChild: rootChild.buffer, edges: edges.buffer,
            nodes: nodes.buffer, payloads: payloads.buffer, longestUnit: maximumLength * 3 + 8)
    }

    /// Calls `body` with views of every index in `indexes`, which stay alive for the call.
    static func withViews<Result, Failure: Error>(
        _ indexes: [GazetteerIndex], _ body: ([GazetteerIndexView]) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try withExtendedLifetime(indexes) { () throws(Failure) -> Result in try body(indexes.map(\.view)) }
    }
}
