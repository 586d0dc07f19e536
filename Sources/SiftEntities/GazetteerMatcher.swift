import SiftCore

/// Finds the entities of one document: looks every unit up once per index, then walks the tries
/// leftmost-longest.
///
/// At each unit that starts a token, every index's trie is walked as far as the document follows it
/// (never past a sentence end); each node on the way that ends a name offers its lists' entries, which the
/// case and stop-list rules accept or refuse. The best accepted candidate is the one ending furthest
/// right, then the one of the list with the higher `priority`, then the earlier list. When one is found,
/// matching resumes after it; otherwise at the next unit.
struct GazetteerMatcher {
    let gazetteer: Gazetteer
    let text: UnsafeBufferPointer<UInt16>
    let units: GazetteerDocumentUnits
    /// The calling thread's token caches, one per index.
    let caches: [GazetteerTokenCache]

    /// The best candidate so far at one start.
    struct Candidate {
        var end: Int
        var endUnit: Int
        var priority: Int
        var list: Int
        var index: Int
        var payload: Int32
    }

    /// Per index, the id of every unit (`full`) and of every possessive unit's stem (`stem`), -1 for none.
    struct UnitIDs {
        let full: UnsafeMutablePointer<Int32>
        let stem: UnsafeMutablePointer<Int32>
        /// Whether any unit has a stem id.
        let hasStems: Bool
    }

    /// The entities, given views of every index (`views[0]` already looked up while building `units`).
    func entities(_ views: [GazetteerIndexView]) -> [Entity] {
        let count = units.count
        guard count > 0 else { return [] }
        let hasStems = units.possessiveCount > 0
        var ids = [UnitIDs(full: units.ids, stem: units.stemIDs, hasStems: hasStems)]
        let others = UnsafeMutablePointer<Int32>.allocate(capacity: (views.count - 1) * count * 2)
        defer { others.deallocate() }
        for number in views.indices.dropFirst() {
            let full = others + (number - 1) * count * 2
            ids.append(UnitIDs(full: full, stem: full + count, hasStems: hasStems))
            lookUp(views[number], ids[number], cache: caches[number])
        }
        let flags = units.flags
        var entities: [Entity] = []
        var unit = 0
        // One index (the usual case): skip at once the units with neither an id nor a stem id (-1 & -1 < 0).
        let onlyFull = views.count == 1 ? ids[0].full : nil
        let onlyStem = ids[0].stem
        while unit < count {
            if let onlyFull {
                while unit < count, onlyFull[unit] & onlyStem[unit] < 0 { unit += 1 }
                guard unit < count else { break }
            }
            guard flags[unit] & GazetteerDocumentUnits.canStart != 0 else {
                unit += 1
                continue
            }
            var best: Candidate?
            for number in 0..<views.count where ids[number].full[unit] >= 0 || (hasStems && ids[number].stem[unit] >= 0) {
                walk(views[number], number, ids[number], from: unit, best: &best)
            }
            guard let found = best else {
                unit += 1
                continue
            }
            entities.append(entity(found, start: unit))
            unit = found.endUnit + 1
        }
        return entities
    }

    /// Walks an index's trie from `start`, updating `best` with every accepted candidate.
    @inline(__always)
    private func walk(_ view: GazetteerIndexView, _ number: Int, _ ids: UnitIDs, from start: Int, best: inout Candidate?) {
        let flags = units.flags
        let count = units.count
        var node: Int32 = -1  // the root
        var unit = start
        while true {
            let unitFlags = flags[unit]
            let hasEnd = unitFlags & GazetteerDocumentUnits.canEnd != 0
            if ids.hasStems, hasEnd, ids.stem[unit] >= 0 {
                let stemNode = view.child(node, ids.stem[unit])
                if stemNode >= 0, view.endsName(stemNode) {
                    consider(view, number, stemNode, start, unit, Int(units.possessiveEnds[unit]), ids.stem[unit], &best)
                }
            }
            let id = ids.full[unit]
            guard id >= 0 else { return }
            node = view.child(node, id)
            guard node >= 0 else { return }
            if hasEnd, view.endsName(node) { consider(view, number, node, start, unit, Int(units.ends[unit]), id, &best) }
            guard view.hasChildren(node), unitFlags & GazetteerDocumentUnits.sentenceEnd == 0, unit + 1 < count else { return }
            unit += 1
        }
    }

    /// Offers the entries at `node` (a name covering units `start...endUnit`, ending at `end`).
    @inline(__always)
    private func consider(
        _ view: GazetteerIndexView, _ number: Int, _ node: Int32, _ start: Int, _ endUnit: Int, _ end: Int, _ lastID: Int32,
        _ best: inout Candidate?
    ) {
        var current = view.firstPayload(at: node)
        while current >= 0 {
            let position = current
            let payload = view.payloads[Int(position)]
            current = payload.next
            let list = Int(payload.list)
            let priority = gazetteer.lists[list].priority  // fields read in place: no copy of the list's name and stop-list
            if let best, best.end > end || (best.end == end && !Self.outranks(priority, list, best)) {
                continue
            }
            guard accepts(payload, list: list, start, endUnit, lastID) else { continue }
            best = Candidate(end: end, endUnit: endUnit, priority: priority, list: list, index: number, payload: position)
        }
    }

    /// Whether a candidate of equal length from a list with `priority` at position `list` beats `best`.
    @inline(__always)
    static func outranks(_ priority: Int, _ list: Int, _ best: Candidate) -> Bool {
        priority > best.priority || (priority == best.priority && list < best.list)
    }

    private func entity(_ found: Candidate, start: Int) -> Entity {
        let index = gazetteer.indexes[found.index]
        let payload = index.payloads[Int(found.payload)]
        return Entity(
            span: TextSpan(start: Int(units.starts[start]), end: found.end), label: gazetteer.labels[Int(payload.label)],
            id: index.id(of: payload), source: gazetteer.lists[Int(payload.list)].name)
    }
}
