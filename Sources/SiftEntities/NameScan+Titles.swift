import SiftCore

extension NameScan {
    /// A title phrase and the person's name right after it.
    struct TitleMatch: Equatable {
        /// The modifiers and the title (`former President`).
        var title: Range<Int>
        /// The name (`Joe Biden`).
        var name: Range<Int>
    }

    /// A title or role starting at `start`, after up to three modifiers (`former`, `then-`, `Deputy`),
    /// followed by a capitalised name: `President Vladimir Putin`, `Russian envoy Dmitry Zhirnov`
    /// (from `envoy`), `Secretary of State Antony Blinken`, `Mr. Smith`; titles in a row count as one
    /// (`lawyer Mr. Villega`).
    ///
    /// After a lowercase role (`envoy`, `analyst`) a name made only of common words is refused
    /// (`his son Hunter` is lost, `the director General` is not taken).
    func titleMatch(at start: Int, end: Int) -> TitleMatch? {
        guard start < end, !isOccupied(start), tokens.shapes[start] != .other else { return nil }
        let firstKey = tokens.keys[start]
        guard lexicon.titleModifiers.contains(firstKey) || lexicon.titles.startsPhrase(firstKey)
            || (firstKey.utf8.contains(0x2D) && titleKey(start, end: end).map { lexicon.titles.startsPhrase($0) } == true)
        else { return nil }
        var candidates = [start]
        var index = start
        while candidates.count < 4, index < end, !isOccupied(index), lexicon.titleModifiers.contains(tokens.keys[index]) {
            index += 1
            if index < end && tokens.is(index, "-") && tokens.isAttached[index] { index += 1 }
            candidates.append(index)
        }
        for titleStart in candidates {
            guard let length = lexicon.titles.longestMatch(
                from: titleStart, key: { titleKey($0, end: end) }, isCapitalised: { tokens.isCapitalised($0) })
            else { continue }
            var nameStart = titleStart + length
            if nameStart < end && tokens.is(nameStart, ".") && tokens.isAttached[nameStart] { nameStart += 1 }
            for _ in 0..<2 {
                guard let more = lexicon.titles.longestMatch(
                    from: nameStart, key: { titleKey($0, end: end) }, isCapitalised: { tokens.isCapitalised($0) })
                else { break }
                nameStart += more
                if nameStart < end && tokens.is(nameStart, ".") && tokens.isAttached[nameStart] { nameStart += 1 }
            }
            guard let name = personName(from: nameStart, end: end) else { return nil }
            let lastTitleWord = nameStart - 1 - (tokens.is(nameStart - 1, ".") ? 1 : 0)
            if tokens.shapes[lastTitleWord] == .lower && name.allSatisfy({ isCommonWord($0) && !lexicon.isClearGivenName(tokens.keys[$0]) }) {
                return nil
            }
            return TitleMatch(title: start..<nameStart, name: name)
        }
        return nil
    }

    /// The key of a word inside a title phrase: `ex-President` reads as `president`, `-` as `-`.
    private func titleKey(_ index: Int, end: Int) -> String? {
        guard index < end, !isOccupied(index) else { return nil }
        let key = tokens.keys[index]
        guard tokens.shapes[index] != .other || key == "-" || key == "." else { return nil }
        if key.utf8.contains(0x2D), let hyphen = key.firstIndex(of: "-"), hyphen != key.startIndex,
            lexicon.titleModifiers.contains(String(key[..<hyphen]))
        {
            return String(key[key.index(after: hyphen)...])
        }
        return key
    }

    /// A person's name starting at `start`: one to `maximumNameLength` capitalised words (with
    /// particles and hyphens between them: `Osama bin Laden`, `Muqtada al-Sadr`), ending at the first
    /// possessive (`Putin’s`). Nil when there is none, when it runs on longer, or when it holds an ORG
    /// head word (`President Putin Foundation` is no person; `Dr. Stuart Hall` is one).
    func personName(from start: Int, end: Int) -> Range<Int>? {
        guard start < end, !isOccupied(start), tokens.isNameLike(start), !isFunctionWord(start),
            !lexicon.nonNames.contains(tokens.keys[start])
        else { return nil }
        var index = start
        var words = 0
        while index < end {
            if index > start && (tokens.breaksBefore[index] || isOccupied(index)) { break }
            if tokens.isNameLike(index) && !(index > start && isFunctionWord(index) && !isModalSurname(index, start: start)) {
                guard words < Self.maximumNameLength else { return nil }
                if index > start, lexicon.heads[tokens.words[index]]?.label == NameLabel.org { return nil }
                words += 1
                index += 1
                if tokens.isPossessive[index - 1] { break }
                continue
            }
            let connector = connectorLength(at: index, end: end, allowAmpersand: false)
            guard connector > 0 else { break }
            index += connector
        }
        return words > 0 ? start..<index : nil
    }
}
