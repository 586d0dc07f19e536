/// Step 2 of the article analysis: page furniture, by element kind and by class/id/role/itemprop hints.
extension ArticleAnalysis {
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
}
