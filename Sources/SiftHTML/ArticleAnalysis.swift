/// The working state of one `HTMLArticleSelector.analyze` call: per-block judgements, furniture marks
/// and prefix sums over the blocks, so that any node's totals cost O(1).
struct ArticleAnalysis {
    let extraction: HTMLExtraction
    let blocks: [HTMLTextBlock]
    let nodes: [HTMLNode]
    /// The extraction's text as UTF-8 (block ranges index it).
    let text: UnsafeBufferPointer<UInt8>
    /// Per block: reads as running text.
    var prose: [Bool] = []
    /// Per node and per block: page furniture.
    var furnitureNode: [Bool] = []
    var furniture: [Bool] = []
    /// Prefix sums over blocks: characters, evidence of running text (before furniture is known), and
    /// characters for and against the article (after).
    var characters: [Int] = []
    var evidence: [Int] = []
    var good: [Int] = []
    var bad: [Int] = []

    init(extraction: HTMLExtraction, text: UnsafeBufferPointer<UInt8>) {
        self.extraction = extraction
        self.blocks = extraction.blocks
        self.nodes = extraction.nodes
        self.text = text
    }

    mutating func run() -> HTMLArticleSelection {
        judgeBlocks()
        markFurniture()
        weighBlocks()
        guard let container = chooseContainer().map(preferDominantArticle) else {
            return HTMLArticleSelection(kept: [Bool](repeating: false, count: blocks.count), articleFound: false)
        }
        markFurniture(inside: container)
        return select(in: container)
    }

    /// The UTF-8 bytes of block `index`.
    func bytes(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let range = blocks[index].utf8Range.clamped(to: 0..<text.count)
        return UnsafeBufferPointer(rebasing: text[range])
    }

    /// Sum of a prefix-summed per-block quantity over a node's blocks.
    func total(_ sums: [Int], _ range: Range<Int>) -> Int { sums[range.upperBound] - sums[range.lowerBound] }

    // MARK: - Step 1: blocks

    /// Whether half or more of a block's text is link text.
    static func isLinkHeavy(_ block: HTMLTextBlock) -> Bool {
        block.linkCharacterCount * 2 >= block.characterCount && block.characterCount > 0
    }

    /// Whether a block reads as running text: enough words, few links, sentence punctuation.
    static func isProse(_ block: HTMLTextBlock) -> Bool {
        guard !isLinkHeavy(block), !block.ancestors.contains(.heading) else { return false }
        if block.wordCount >= 20 { return true }
        return block.wordCount >= 7 && (block.endsSentence || block.sentenceCount >= 1)
    }

    /// Teasers — the summaries of other stories in lists and card grids — are not running text. A block
    /// is teaser-like when it starts with a link, or follows a link-heavy title in its own card; when
    /// three or more alike blocks (same path) are teaser-like, and they are at least half of the blocks
    /// on that path, all of them are teasers.
    func teasers() -> [Bool] {
        var counts: [UInt64: (all: Int, teaser: Int)] = [:]
        var teaserLike = [Bool](repeating: false, count: blocks.count)
        for index in blocks.indices {
            teaserLike[index] = isTeaserLike(index)
            counts[blocks[index].pathHash, default: (0, 0)].all += 1
            if teaserLike[index] { counts[blocks[index].pathHash, default: (0, 0)].teaser += 1 }
        }
        return blocks.indices.map { index in
            guard teaserLike[index], let count = counts[blocks[index].pathHash] else { return false }
            return count.teaser >= 3 && count.teaser * 2 >= count.all
        }
    }

    func isTeaserLike(_ index: Int) -> Bool {
        let block = blocks[index]
        if block.startsWithLink && block.linkCharacterCount * 20 >= block.characterCount { return true }
        guard index > 0, block.linkCharacterCount * 2 < block.characterCount else { return false }
        // A summary after its card's linked title: the title is a link and shares the summary's parent.
        let title = blocks[index - 1]
        guard Self.isLinkHeavy(title), title.nodeIndex >= 0, block.nodeIndex >= 0 else { return false }
        let parent = nodes[block.nodeIndex].parent
        return title.nodeIndex == parent || nodes[title.nodeIndex].parent == parent
            || (parent >= 0 && nodes[title.nodeIndex].parent >= 0 && nodes[nodes[title.nodeIndex].parent].parent == parent)
    }

    mutating func judgeBlocks() {
        prose = blocks.map(Self.isProse)
        for (index, isTeaser) in teasers().enumerated() where isTeaser { prose[index] = false }
        evidence = [Int](repeating: 0, count: blocks.count + 1)
        characters = [Int](repeating: 0, count: blocks.count + 1)
        for (index, block) in blocks.enumerated() {
            var e = 0
            if prose[index] {
                e = block.characterCount - block.linkCharacterCount
            } else if block.linkCharacterCount == 0 && block.wordCount >= 3 {
                e = block.characterCount / 2 // table rows, list items, short lines: weak evidence
            }
            evidence[index + 1] = evidence[index] + e
            characters[index + 1] = characters[index] + block.characterCount
        }
    }

    // MARK: - Step 2: furniture

    /// Whether a node is furniture by its own kind or hints (its ancestors are judged separately).
    func isOwnFurniture(_ node: HTMLNode) -> Bool {
        if TagIndex.furniture.contains(node.tagIndex) { return true }
        if node.ancestors.contains(.hidden), node.parent < 0 || !nodes[node.parent].ancestors.contains(.hidden) {
            return true
        }
        guard !node.hints.isDisjoint(with: .boilerplate), !node.hints.contains(.body) else { return false }
        // An embedded post ("social-embed" around a quoted tweet) is quoted content, not a share bar.
        if node.hints.intersection(.boilerplate) == .share, !node.blocks.isEmpty,
           node.blocks.prefix(16).allSatisfy({ blocks[$0].ancestors.contains(.blockquote) }) {
            return false
        }
        return true
    }

    /// Whether a node's furniture marks are all about layout (nav, header, footer, sidebar, by tag or
    /// hint) rather than about what it holds (comments, share bars, related links, ads, prompts, hidden).
    func isLayoutFurniture(_ node: HTMLNode) -> Bool {
        let content: HTMLHints = [.comments, .share, .related, .ad, .prompt, .hidden]
        return node.hints.isDisjoint(with: content) && !node.ancestors.contains(.hidden)
    }

    /// Marks furniture: elements that are furniture by kind or hints, and all they hold — unless one
    /// holds three quarters of the page or of its running text: then it is a wrapper, whatever it is
    /// called ("page has-sidebar", "article-header" around the whole story).
    mutating func markFurniture() {
        let pageCharacters = characters[blocks.count], pageEvidence = evidence[blocks.count]
        furnitureNode = [Bool](repeating: false, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            if node.parent >= 0 && furnitureNode[node.parent] {
                furnitureNode[index] = true
            } else if isOwnFurniture(node) {
                let nodeCharacters = total(characters, node.blocks), nodeEvidence = total(evidence, node.blocks)
                var wrapper = nodeCharacters * 4 >= pageCharacters * 3 || nodeEvidence * 4 >= pageEvidence * 3
                if isLayoutFurniture(node) {
                    // Headers, footers, sidebars and menus are links and labels: one dense with running
                    // text and holding half of it is a column of the layout that carries the article.
                    wrapper = wrapper || (nodeEvidence * 3 >= nodeCharacters && nodeEvidence * 2 >= pageEvidence)
                }
                furnitureNode[index] = !wrapper
            }
        }
        furniture = [Bool](repeating: false, count: blocks.count)
        for index in blocks.indices { furniture[index] = isFurniture(block: index) }
    }

    /// A block is furniture when its element is, or when an inline element around its text is
    /// (a `<span class="share-links">`) and the block is not running text.
    func isFurniture(block index: Int) -> Bool {
        let block = blocks[index]
        guard block.nodeIndex >= 0, block.nodeIndex < nodes.count else { return false }
        if furnitureNode[block.nodeIndex] { return true }
        let inline = block.hints.subtracting(nodes[block.nodeIndex].inheritedHints)
        return !prose[index] && !inline.isDisjoint(with: .boilerplate)
    }

    /// Inside the chosen container, elements that look like furniture are furniture unless they hold
    /// half of the container's running text (wrappers too small to pass for one on the whole page).
    mutating func markFurniture(inside container: Int) {
        let range = nodes[container].blocks
        let containerGood = total(good, range)
        var index = container + 1
        while index < nodes.count && nodes[index].blocks.lowerBound < range.upperBound {
            let node = nodes[index]
            if !furnitureNode[index] {
                furnitureNode[index] = (node.parent > container && furnitureNode[node.parent])
                    || (isOwnFurniture(node) && total(good, node.blocks) * 2 < containerGood)
            }
            index += 1
        }
        for index in range { furniture[index] = isFurniture(block: index) }
    }

    // MARK: - Step 3: container

    /// Evidence for and against each block being article text, as prefix sums: furniture counts fully
    /// against, link text against, running text (and weakly, plain short text) for.
    mutating func weighBlocks() {
        good = [Int](repeating: 0, count: blocks.count + 1)
        bad = [Int](repeating: 0, count: blocks.count + 1)
        for (index, block) in blocks.enumerated() {
            let furnitureBlock = furniture[index]
            let g = furnitureBlock ? 0 : evidence[index + 1] - evidence[index]
            let b = furnitureBlock ? block.characterCount : block.linkCharacterCount
            good[index + 1] = good[index] + g
            bad[index + 1] = bad[index] + b
        }
    }

    /// The node with the most running text net of link text and furniture inside it (the deepest on ties).
    func chooseContainer() -> Int? {
        var best: Int?
        var bestScore = 0
        for (index, node) in nodes.enumerated() where !furnitureNode[index] {
            let g = total(good, node.blocks)
            guard g > 0 else { continue }
            let score = g - total(bad, node.blocks)
            if score > 0 && score >= bestScore {
                best = index
                bestScore = score
            }
        }
        return best
    }

    /// A container holding several `<article>` elements (a story followed by a feed of teaser cards,
    /// each an `<article>`) narrows to the one holding most of its running text, when one does.
    func preferDominantArticle(_ container: Int) -> Int {
        let range = nodes[container].blocks
        let containerGood = total(good, range)
        var count = 0, best = container, bestGood = 0
        var index = container + 1
        while index < nodes.count && nodes[index].blocks.lowerBound < range.upperBound {
            let node = nodes[index]
            if node.tagIndex == TagIndex.article && !node.blocks.isEmpty {
                count += 1
                let g = total(good, node.blocks)
                if g > bestGood { best = index; bestGood = g }
                // Skip the article's own subtree: nested articles (comments) do not count.
                var next = index + 1
                while next < nodes.count && nodes[next].blocks.lowerBound < node.blocks.upperBound { next += 1 }
                index = next
                continue
            }
            index += 1
        }
        return count >= 2 && bestGood * 2 >= containerGood ? best : container
    }
}
