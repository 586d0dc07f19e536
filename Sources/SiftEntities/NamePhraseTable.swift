/// Multi-word phrases (titles such as `secretary of state`) looked up word by word: a trie over
/// case-folded word keys, where each word may demand a capitalised word in the text.
///
/// An entry's words are separated by spaces; a hyphenated entry (`secretary-general`) is stored both
/// as one word and as `secretary`, `-`, `general`, because the tokenizer keeps some prefixes whole
/// (`vice-president`) and splits other compounds. An entry word written with a capital matches only a
/// capitalised word in the text; a lowercase one matches any case.
struct NamePhraseTable: Sendable {
    private struct Edge: Sendable {
        var node: Int
        var requiresCapital: Bool
    }

    private struct Node: Sendable {
        var children: [String: Edge] = [:]
        var isTerminal = false
    }

    private var nodes = [Node()]
    /// The most words any entry has (bounds the work of one lookup).
    private(set) var maximumLength = 0

    init() {}

    /// Builds the table from entries (each a list of space-separated fields of one line).
    init(entries: [[String]]) {
        for fields in entries { insert(fields) }
    }

    /// Adds one phrase, given as its words.
    mutating func insert(_ words: [String]) {
        guard !words.isEmpty else { return }
        add(words)
        if words.contains(where: { $0.count > 1 && $0.contains("-") }) {
            var split: [String] = []
            for word in words {
                let parts = word.split(separator: "-", omittingEmptySubsequences: false)
                for (index, part) in parts.enumerated() {
                    if index > 0 { split.append("-") }
                    if !part.isEmpty { split.append(String(part)) }
                }
            }
            add(split)
        }
    }

    private mutating func add(_ words: [String]) {
        var current = 0
        for word in words {
            let key = word.nameKey
            let capital = word.first.map { $0.isUppercase } ?? false
            if let edge = nodes[current].children[key] {
                if !capital { nodes[current].children[key]?.requiresCapital = false }
                current = edge.node
            } else {
                nodes.append(Node())
                nodes[current].children[key] = Edge(node: nodes.count - 1, requiresCapital: capital)
                current = nodes.count - 1
            }
        }
        nodes[current].isTerminal = true
        maximumLength = max(maximumLength, words.count)
    }

    /// The number of words of the longest phrase starting at `start`, or nil when none does.
    ///
    /// `key(i)` is the case-folded word at position `i` (nil past the end or at a word that cannot be
    /// part of a phrase), `isCapitalised(i)` whether it starts with a capital.
    func longestMatch(from start: Int, key: (Int) -> String?, isCapitalised: (Int) -> Bool) -> Int? {
        var current = 0
        var best: Int?
        var position = start
        while position - start < maximumLength, let word = key(position),
            let edge = nodes[current].children[word]
        {
            if edge.requiresCapital && !isCapitalised(position) { break }
            current = edge.node
            position += 1
            if nodes[current].isTerminal { best = position - start }
        }
        return best
    }

    /// Whether some phrase starts with `key` (a case-folded word).
    func startsPhrase(_ key: String) -> Bool { nodes[0].children[key] != nil }

    /// Whether the table holds `word` as a one-word phrase (in any case).
    func containsWord(_ word: String) -> Bool {
        nodes[0].children[word.nameKey].map { nodes[$0.node].isTerminal } ?? false
    }
}
