import CSiftLibXML2

/// One block of a page's text: a paragraph-like run of inline content between block boundaries
/// (`<p>`, `<div>`, `<li>`, a table row, `<br><br>`, …), with the features a boilerplate classifier needs.
///
/// Blocks are what main-content extraction chooses from (see `HTMLBlockSelector`, `HTMLArticleSelector`).
public struct HTMLTextBlock: Sendable, Hashable {
    /// The block's UTF-8 byte range in `HTMLExtraction.text`.
    public var utf8Range: Range<Int>
    /// Unicode code points in the block.
    public var characterCount: Int
    /// Code points inside `<a>` elements.
    public var linkCharacterCount: Int
    /// Index into `HTMLTextBlock.tagNames`: the innermost block-level element enclosing the text.
    public var tagIndex: Int
    /// Element depth of that block element (`<html>` is 0; -1 for text outside any element).
    public var depth: Int
    /// Preorder index of that element among the page's elements: blocks sharing it share a parent.
    public var elementIndex: Int
    /// Hash of the enclosing elements from `<html>` down to the block element, each as `tag.class`.
    /// Equal for structurally alike blocks (e.g. every teaser of a list); not stable across versions.
    public var pathHash: UInt64
    /// Which kinds of element enclose the block element.
    public var ancestors: Ancestors
    /// Index of the block element in `HTMLExtraction.nodes` (-1 for text outside any block element).
    public var nodeIndex: Int
    /// What the class, id, role and itemprop of every element enclosing the text say (inline ones included).
    public var hints: HTMLHints
    /// Words (runs of letters and digits), commas and sentence-final marks in the block.
    public var wordCount: Int
    public var commaCount: Int
    public var sentenceCount: Int
    /// Distinct `<a>` elements with text in the block.
    public var linkCount: Int
    /// Whether the block's last character ends a sentence (`.`, `!`, `?`, `…`, possibly before a closing quote).
    public var endsSentence: Bool
    /// Whether the block's text starts inside a link (as teasers do: a linked title, then a summary).
    public var startsWithLink: Bool

    public init(
        utf8Range: Range<Int>, characterCount: Int, linkCharacterCount: Int, tagIndex: Int, depth: Int,
        elementIndex: Int, pathHash: UInt64, ancestors: Ancestors, nodeIndex: Int = -1, hints: HTMLHints = [],
        wordCount: Int = 0, commaCount: Int = 0, sentenceCount: Int = 0, linkCount: Int = 0, endsSentence: Bool = false,
        startsWithLink: Bool = false
    ) {
        self.utf8Range = utf8Range
        self.characterCount = characterCount
        self.linkCharacterCount = linkCharacterCount
        self.tagIndex = tagIndex
        self.depth = depth
        self.elementIndex = elementIndex
        self.pathHash = pathHash
        self.ancestors = ancestors
        self.nodeIndex = nodeIndex
        self.hints = hints
        self.wordCount = wordCount
        self.commaCount = commaCount
        self.sentenceCount = sentenceCount
        self.linkCount = linkCount
        self.endsSentence = endsSentence
        self.startsWithLink = startsWithLink
    }

    init(_ block: SiftHTMLBlock) {
        self.init(
            utf8Range: Int(block.start)..<Int(max(block.start, block.end)),
            characterCount: Int(block.char_count), linkCharacterCount: Int(block.link_char_count),
            tagIndex: Int(block.tag), depth: Int(block.depth), elementIndex: Int(block.element_index),
            pathHash: block.path_hash, ancestors: Ancestors(rawValue: block.ancestor_flags),
            nodeIndex: Int(block.node), hints: HTMLHints(rawValue: block.hints), wordCount: Int(block.word_count),
            commaCount: Int(block.comma_count), sentenceCount: Int(block.sentence_count), linkCount: Int(block.link_count),
            endsSentence: block.text_flags & UInt32(SIFT_TEXT_ENDS_SENTENCE) != 0,
            startsWithLink: block.text_flags & UInt32(SIFT_TEXT_STARTS_WITH_LINK) != 0)
    }

    /// The lowercase tag name of the block element (`p`, `li`, `tr`, `div`, `body`, …).
    public var tagName: String {
        Self.tagNames.indices.contains(tagIndex) ? Self.tagNames[tagIndex] : "#other"
    }

    /// Share of the block's characters that are link text (0 for an empty block).
    public var linkDensity: Double {
        characterCount > 0 ? Double(linkCharacterCount) / Double(characterCount) : 0
    }

    /// Every tag name the walker knows, by tag index.
    public static let tagNames: [String] = (0..<sift_html_tag_count()).map { String(cString: sift_html_tag_name($0)) }

    /// The kinds of element that enclose a block (bit set = the block element is inside one).
    public struct Ancestors: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let link = Ancestors(rawValue: UInt32(SIFT_HTML_IN_LINK))
        public static let heading = Ancestors(rawValue: UInt32(SIFT_HTML_IN_HEADING))
        /// `li`, `dt` or `dd`.
        public static let listItem = Ancestors(rawValue: UInt32(SIFT_HTML_IN_LIST))
        public static let table = Ancestors(rawValue: UInt32(SIFT_HTML_IN_TABLE))
        public static let nav = Ancestors(rawValue: UInt32(SIFT_HTML_IN_NAV))
        public static let header = Ancestors(rawValue: UInt32(SIFT_HTML_IN_HEADER))
        public static let footer = Ancestors(rawValue: UInt32(SIFT_HTML_IN_FOOTER))
        public static let aside = Ancestors(rawValue: UInt32(SIFT_HTML_IN_ASIDE))
        public static let form = Ancestors(rawValue: UInt32(SIFT_HTML_IN_FORM))
        public static let blockquote = Ancestors(rawValue: UInt32(SIFT_HTML_IN_BLOCKQUOTE))
        /// `pre`, `listing`, `xmp` or `plaintext`: whitespace was kept.
        public static let preformatted = Ancestors(rawValue: UInt32(SIFT_HTML_IN_PRE))
        public static let figure = Ancestors(rawValue: UInt32(SIFT_HTML_IN_FIGURE))
        public static let article = Ancestors(rawValue: UInt32(SIFT_HTML_IN_ARTICLE))
        public static let main = Ancestors(rawValue: UInt32(SIFT_HTML_IN_MAIN))
        public static let address = Ancestors(rawValue: UInt32(SIFT_HTML_IN_ADDRESS))
        /// An enclosing element has the `hidden` attribute or `aria-hidden="true"`.
        public static let hidden = Ancestors(rawValue: UInt32(SIFT_HTML_IN_HIDDEN))
    }
}
