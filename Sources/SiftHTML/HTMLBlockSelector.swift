/// Decides which blocks of a page make up its text.
///
/// `HTMLCleanupStage` uses `HTMLAllBlocks` in mode `full` and `HTMLArticleSelector` (main-content
/// extraction over the block features, the node tree and the class/id hints) in mode `article`.
public protocol HTMLBlockSelector: Sendable {
    /// For each block of `extraction`, whether it is kept (an array as long as `extraction.blocks`).
    func select(in extraction: HTMLExtraction) -> [Bool]
}

/// Keeps every block: the whole visible text of the page.
public struct HTMLAllBlocks: HTMLBlockSelector {
    public init() {}

    public func select(in extraction: HTMLExtraction) -> [Bool] {
        [Bool](repeating: true, count: extraction.blocks.count)
    }
}
