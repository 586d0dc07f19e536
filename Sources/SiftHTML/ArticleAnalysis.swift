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
}
