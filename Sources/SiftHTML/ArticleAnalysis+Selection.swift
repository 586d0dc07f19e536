extension ArticleAnalysis {
    /// Prose characters the container must hold for the page to count as an article.
    static let minimumArticleCharacters = 250

    /// Keeps the article blocks of `container`.
    func select(in container: Int) -> HTMLArticleSelection {
        var kept = [Bool](repeating: false, count: blocks.count)
        let range = nodes[container].blocks
        guard total(good, range) >= Self.minimumArticleCharacters,
              let firstProse = range.first(where: { prose[$0] && !furniture[$0] }),
              let lastProse = range.last(where: { prose[$0] && !furniture[$0] })
        else {
            return HTMLArticleSelection(kept: kept, articleFound: false, container: container)
        }
        var bylines: [Int] = []
        var headline: Int?
        for index in range where !furniture[index] {
            let block = blocks[index]
            let hints = localHints(of: index, below: container)
            if !hints.isDisjoint(with: [.byline, .date, .meta]) && block.wordCount < 30 {
                if hints.contains(.byline) { bylines.append(index) }
                continue
            }
            if Self.isLinkHeavy(block) { continue }
            if block.ancestors.contains(.figure) || hints.contains(.caption) { continue }
            if index < firstProse {
                if headline == nil && (block.tagIndex == TagIndex.h1 || hints.contains(.title)) { headline = index }
                continue
            }
            if !prose[index] {
                if index > lastProse && block.wordCount < 5 { continue }
                if BoilerplatePhrases.match(bytes(of: index)) != nil { continue }
            }
            kept[index] = true
        }
        // The headline and byline often sit just before the container, in the article's header.
        let windowStart = max(0, range.lowerBound - Self.headerWindow)
        for index in windowStart..<range.lowerBound where !furniture[index] {
            let block = blocks[index]
            if headline == nil && block.tagIndex == TagIndex.h1 { headline = index }
            if block.wordCount <= 15 && (nearHints(of: index).contains(.byline) || startsWithBy(index)) { bylines.append(index) }
        }
        return HTMLArticleSelection(
            kept: kept, articleFound: true, container: container, headline: headline, bylines: bylines.sorted())
    }

    /// Blocks before the container searched for the headline and bylines.
    static let headerWindow = 30

    /// Hints of the block's own inline elements and of its three nearest block-level elements.
    func nearHints(of index: Int) -> HTMLHints {
        let block = blocks[index]
        guard block.nodeIndex >= 0 else { return [] }
        var hints = block.hints.subtracting(nodes[block.nodeIndex].inheritedHints)
        var node = block.nodeIndex
        for _ in 0..<3 where node >= 0 {
            hints.formUnion(nodes[node].hints)
            node = nodes[node].parent
        }
        return hints
    }

    /// Whether the block's text starts with "By " and a capital letter.
    func startsWithBy(_ index: Int) -> Bool {
        let text = bytes(of: index)
        return text.count > 4 && (text[0] == 0x42 || text[0] == 0x62) && text[1] == 0x79 && text[2] == 0x20
            && text[3] >= 0x41 && text[3] <= 0x5A
    }

    /// The hints of the elements between `container` (excluded) and block `index`'s text: what the
    /// block's own surroundings say, without the page-wide wrappers' words.
    func localHints(of index: Int, below container: Int) -> HTMLHints {
        let block = blocks[index]
        guard block.nodeIndex >= 0 else { return block.hints }
        var hints = block.hints.subtracting(nodes[block.nodeIndex].inheritedHints)
        var node = block.nodeIndex
        while node > container {
            hints.formUnion(nodes[node].hints)
            node = nodes[node].parent
        }
        return hints
    }
}
