/// What `HTMLArticleSelector` decided about a page.
public struct HTMLArticleSelection: Sendable, Equatable {
    /// For each block of the extraction, whether it is part of the article body.
    public var kept: [Bool]
    /// Whether the page holds an article: enough running text in one place (see `HTMLArticleSelector`).
    public var articleFound: Bool
    /// The node (`HTMLExtraction.nodes`) chosen as the article's container, when one was found.
    public var container: Int?
    /// The block holding the article's headline (not kept: the title goes to metadata).
    public var headline: Int?
    /// Blocks that read as bylines ("By Jane Doe"): not kept; their names go to `metadata.authors`.
    public var bylines: [Int]

    /// A selection with the given decisions.
    public init(kept: [Bool], articleFound: Bool, container: Int? = nil, headline: Int? = nil, bylines: [Int] = []) {
        self.kept = kept
        self.articleFound = articleFound
        self.container = container
        self.headline = headline
        self.bylines = bylines
    }

    /// Number of kept blocks.
    public var keptCount: Int { kept.reduce(0) { $0 + ($1 ? 1 : 0) } }
}

/// Main-content extraction: keeps the blocks of a page that form its article — headline aside, the body
/// paragraphs with their in-body headings, lists, quotes and tables — and drops navigation, headers,
/// footers, sidebars, related links, share bars, comments, consent and subscription prompts, captions,
/// credits and bylines.
///
/// It works from the page's own evidence, the way readability and boilerpipe do, in three steps:
/// 1. **Blocks.** Each block is judged on its text: words, sentence ends, commas and the share of link
///    text (prose has sentences and few links; menus and teaser lists are short and linked).
/// 2. **Furniture.** Elements are marked as page furniture by their kind (`nav`, `aside`, `header`,
///    `footer`, hidden ones) and by what their class, id, role and itemprop say (`HTMLHints`), unless
///    they hold most of the page's prose (a wrapper called "page has-sidebar" is not a sidebar).
/// 3. **Container.** The article's container is the block-level element with the best balance of prose
///    inside it against link text and furniture inside it; blocks in it are kept unless they are
///    furniture, link lists, captions, bylines, the headline or lines worded like furniture
///    ("Also read: …", "Advertisement", "© 2024 …" — `BoilerplatePhrases`). Prose right next to the
///    container (a lead paragraph in a sibling element) joins it.
///
/// A page with too little prose in its best container (a home page of links, a 404 page) keeps nothing
/// and reports `articleFound == false`. Cost: a few passes over the blocks and nodes, no strings.
public struct HTMLArticleSelector: HTMLBlockSelector {
    /// The selector (it has no settings: its thresholds are fixed, documented in the steps above).
    public init() {}

    /// The kept flags of `analyze(_:)`.
    public func select(in extraction: HTMLExtraction) -> [Bool] {
        analyze(extraction).kept
    }

    /// Decides which blocks form the article, and finds its headline and bylines.
    public func analyze(_ extraction: HTMLExtraction) -> HTMLArticleSelection {
        guard !extraction.blocks.isEmpty else { return HTMLArticleSelection(kept: [], articleFound: false) }
        var text = extraction.text
        return text.withUTF8 { bytes in
            var analysis = ArticleAnalysis(extraction: extraction, text: bytes)
            return analysis.run()
        }
    }
}
