import CSiftLibXML2

/// A block-level element of a page (`p`, `div`, `li`, `section`, `article`, …): the tree the text
/// blocks hang in. Nodes are in document order, a parent before its children.
public struct HTMLNode: Sendable, Hashable {
    /// Index of the nearest enclosing block-level element in `HTMLExtraction.nodes` (-1 for the root).
    public var parent: Int
    /// Index into `HTMLTextBlock.tagNames`.
    public var tagIndex: Int
    /// Element depth (`<html>` is 0).
    public var depth: Int
    /// Hints of this element's own class, id, role and itemprop.
    public var hints: HTMLHints
    /// Hints of this element and every element enclosing it.
    public var inheritedHints: HTMLHints
    /// Which kinds of element enclose this one (its own kind included).
    public var ancestors: HTMLTextBlock.Ancestors
    /// The blocks inside this element (indices into `HTMLExtraction.blocks`).
    public var blocks: Range<Int>

    /// A node with the given fields.
    public init(
        parent: Int, tagIndex: Int, depth: Int, hints: HTMLHints, inheritedHints: HTMLHints,
        ancestors: HTMLTextBlock.Ancestors, blocks: Range<Int>
    ) {
        self.parent = parent
        self.tagIndex = tagIndex
        self.depth = depth
        self.hints = hints
        self.inheritedHints = inheritedHints
        self.ancestors = ancestors
        self.blocks = blocks
    }

    init(_ node: SiftHTMLNode) {
        self.init(
            parent: Int(node.parent), tagIndex: Int(node.tag), depth: Int(node.depth),
            hints: HTMLHints(rawValue: node.hints), inheritedHints: HTMLHints(rawValue: node.inherited_hints),
            ancestors: HTMLTextBlock.Ancestors(rawValue: node.ancestor_flags),
            blocks: Int(node.block_start)..<Int(max(node.block_start, node.block_end)))
    }

    /// The lowercase tag name (`div`, `article`, …).
    public var tagName: String {
        HTMLTextBlock.tagNames.indices.contains(tagIndex) ? HTMLTextBlock.tagNames[tagIndex] : "#other"
    }
}

/// Tag indices (`HTMLTextBlock.tagIndex`, `HTMLNode.tagIndex`) the article selector looks at.
enum TagIndex {
    static func of(_ name: String) -> Int { HTMLTextBlock.tagNames.firstIndex(of: name) ?? -1 }

    static let h1 = of("h1")
    static let p = of("p")
    static let li = of("li")
    static let article = of("article")
    static let figcaption = of("figcaption")
    /// Elements that are page furniture by kind: nav, aside, header, footer, menu, dialog.
    static let furniture: Set<Int> = Set(["nav", "aside", "header", "footer", "menu", "dialog"].map(of))
    /// Headings h1…h6.
    static let headings: Set<Int> = Set(["h1", "h2", "h3", "h4", "h5", "h6"].map(of))
}
