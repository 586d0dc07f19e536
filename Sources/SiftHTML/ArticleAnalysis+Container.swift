/// Step 3 of the article analysis: the container, the element holding the article's running text.
extension ArticleAnalysis {
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
