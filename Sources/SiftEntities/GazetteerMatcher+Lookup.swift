import SiftCore

extension GazetteerMatcher {
    /// Looks every unit up in another index than the first: its id, or -1 for a token no name has
    /// (which stops every walk there). A possessive unit also gets its stem's id.
    func lookUp(_ view: GazetteerIndexView, _ ids: UnitIDs, cache: GazetteerTokenCache) {
        guard let base = text.baseAddress else { return }
        let keys = GazetteerUnitKeys(view: view, cache: cache, text: text, expectedCount: units.count)
        for unit in 0..<units.count {
            let start = Int(units.starts[unit])
            var separator = false
            let lookup = keys.add(base + start, Int(units.ends[unit]) - start, start: start, unit: unit, kind: .plain, separator: &separator)
            if case .cached(let id) = lookup { ids.full[unit] = id } else { ids.full[unit] = -1 }
        }
        keys.resolve(text: base, into: ids.full)
        for unit in 0..<units.count {
            let end = Int(units.possessiveEnds[unit])
            let start = Int(units.starts[unit])
            ids.stem[unit] = end < 0 ? -1 : keys.id(of: base + start, end - start)
        }
    }

    /// Whether the case and stop-list rules of list number `list` accept `payload` for units `start...end`
    /// (`lastID`: the id the last unit matched with).
    ///
    /// `smart` lists: a name written with a capital needs a capital in the matched text (`new york` does not
    /// match `New York`), and a name token written as an acronym must be in capitals in the text (`us`, `Us`
    /// and `Who` do not match `US` and `WHO`). Stop-lists, in every case mode: a single-token match of a
    /// stop-listed word must be capitalised as a name (`May`) and not be the first word of its sentence.
    func accepts(_ payload: GazetteerPayload, list: Int, _ start: Int, _ end: Int, _ lastID: Int32) -> Bool {
        if gazetteer.lists[list].caseMode == .smart {
            if payload.flags & GazetteerPayload.hasCapitals != 0 {
                var capital = false
                for unit in start...end where shape(of: unit).uppercase > 0 {
                    capital = true
                    break
                }
                if !capital { return false }
            }
            if payload.flags & GazetteerPayload.hasMixedCase != 0 {
                // LeT (Lashkar-e-Taiba) is not "Let": capitals inside a word must show in the text too.
                var inner = false
                for unit in start...end where shape(of: unit).innerUppercase > 0 {
                    inner = true
                    break
                }
                if !inner { return false }
            }
            var acronyms = payload.acronyms
            while acronyms != 0 {
                let token = Int(acronyms.trailingZeroBitCount)
                acronyms &= acronyms - 1
                if start + token <= end, !shape(of: start + token).isAllCapitals { return false }
            }
        }
        if start == end, !gazetteer.lists[list].stopTokens.isEmpty, gazetteer.lists[list].stopTokens.contains(lastID) {
            if units.flags[start] & GazetteerDocumentUnits.sentenceStart != 0 { return false }
            if !shape(of: start).isCapitalisedName { return false }
        }
        return true
    }

    /// The capitalisation of a unit's text.
    func shape(of unit: Int) -> GazetteerCaseShape {
        let start = Int(units.starts[unit])
        let end = units.possessiveEnds[unit] >= 0 ? Int(units.possessiveEnds[unit]) : Int(units.ends[unit])
        return GazetteerCaseShape(UnsafeBufferPointer(rebasing: text[start..<end]))
    }
}
