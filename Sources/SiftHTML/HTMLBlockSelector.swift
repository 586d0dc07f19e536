/// Decides which blocks of a page make up its text.
///
/// SEAM (main-content extraction, later): a boilerplate classifier (menus, footers, "related" lists,
/// share buttons) implements this over the block features — length, link density, tag, depth,
/// ancestors, path hash — and `HTMLCleanupStage` gets an option to choose it. Today's stage keeps
/// every block (`HTMLAllBlocks`).
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
