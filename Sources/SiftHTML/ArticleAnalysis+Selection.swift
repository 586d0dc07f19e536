extension ArticleAnalysis {
    /// Running text the container must hold for the page to count as an article: characters, or words
    /// (for scripts whose words carry more per character, such as Chinese).
    static let minimumArticleCharacters = 200
    static let minimumArticleWords = 60

    /// Words in the prose blocks of `range` that are not furniture.
    func proseWords(in range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (prose[$1] && !furniture[$1] ? blocks[$1].wordCount : 0) }
    }

    /// Keeps the article blocks of `container`.
    func select(in container: Int) -> HTMLArticleSelection {
        var kept = [Bool](repeating: false, count: blocks.count)
        let range = nodes[container].blocks
        guard total(good, range) >= Self.minimumArticleCharacters || proseWords(in: range) >= Self.minimumArticleWords,
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
                // After the last paragraph: headings with nothing left to head, and short lines — but a
                // table or a list closing the article stays.
                if index > lastProse {
                    let structured = block.ancestors.contains(.table) || (block.ancestors.contains(.listItem) && block.wordCount >= 2)
                    if block.ancestors.contains(.heading) || (block.wordCount < 5 && !structured) { continue }
                }
                if BoilerplatePhrases.match(bytes(of: index)) != nil { continue }
            }
            kept[index] = true
        }
        extendToSiblings(of: container, &kept)
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

    /// Running text right next to the container — a lead paragraph in a sibling element — joins it:
    /// prose blocks of the container's parent outside it, no more than `siblingGap` other blocks away,
    /// that are not furniture (nor marked so by their own surroundings) and carry few links.
    func extendToSiblings(of container: Int, _ kept: inout [Bool]) {
        let parent = nodes[container].parent
        guard parent >= 0 else { return }
        let outer = nodes[parent].blocks, inner = nodes[container].blocks
        func joins(_ index: Int) -> Bool {
            let block = blocks[index]
            return prose[index] && !furniture[index] && block.wordCount >= 15 && block.linkDensity < 0.3
                && nearHints(of: index).isDisjoint(with: HTMLHints.boilerplate.union([.byline, .caption, .meta, .summary]))
                && !block.ancestors.contains(.figure) && BoilerplatePhrases.match(bytes(of: index)) == nil
        }
        for step in [-1, 1] {
            var index = step < 0 ? inner.lowerBound - 1 : inner.upperBound
            var gap = 0
            while outer.contains(index) && gap <= Self.siblingGap {
                if joins(index) {
                    kept[index] = true
                    gap = 0
                } else {
                    gap += 1
                }
                index += step
            }
        }
    }

    /// Blocks that may separate the container from running text that joins it.
    static let siblingGap = 3

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
    /// block's own surroundings say, without the page-wide wrappers' words. At most `hintLevels`
    /// elements up (hostile nesting must not make this quadratic).
    func localHints(of index: Int, below container: Int) -> HTMLHints {
        let block = blocks[index]
        guard block.nodeIndex >= 0 else { return block.hints }
        var hints = block.hints.subtracting(nodes[block.nodeIndex].inheritedHints)
        var node = block.nodeIndex
        var levels = 0
        while node > container && levels < Self.hintLevels {
            hints.formUnion(nodes[node].hints)
            node = nodes[node].parent
            levels += 1
        }
        return hints
    }

    /// How many enclosing elements `localHints` looks at.
    static let hintLevels = 12
}
