import SiftCore

/// Counts keywords and phrases from configurable lists: the `keywords` layer.
///
/// Phrases come from the `keywords` option and from list files (`lists`), match on token boundaries,
/// case-insensitively by default, with any whitespace between their words. Written as a user of the
/// public stage API would write it: it imports `SiftCore` (and Foundation, to read list files) only.
public struct KeywordsStage: Stage {
    /// Options of the keyword counter.
    public struct Options: Codable, Sendable, Equatable {
        /// Keywords and phrases given in the config.
        public var keywords: [String] = []
        /// List files: one phrase per line, optionally `phrase<TAB>group`; `#` starts a comment line.
        public var lists: [String] = []
        /// Whether `EU` and `eu` are different keywords.
        public var caseSensitive = false

        enum CodingKeys: String, CodingKey {
            case keywords, lists
            case caseSensitive = "case_sensitive"
        }

        public init(keywords: [String] = [], lists: [String] = [], caseSensitive: Bool = false) {
            self.keywords = keywords
            self.lists = lists
            self.caseSensitive = caseSensitive
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
            lists = try c.decodeIfPresent([String].self, forKey: .lists) ?? []
            caseSensitive = try c.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? false
        }
    }

    public static let descriptor = StageDescriptor(
        id: "keywords.list.v1", aliases: ["keywords"],
        summary: "Finds and counts keywords and phrases from configurable lists, on token boundaries.",
        details: """
            Phrases come from `keywords` and from the files in `lists` (one per line, optionally phrase<TAB>group; \
            # comment lines). Matching is case-insensitive unless `case_sensitive`, a space matches any whitespace \
            run, a match starts and ends on token boundaries, the longest phrase wins and matches do not overlap. \
            Output: {"counts":{keyword:n},"groups":{group:n},"matches":[{"start","end","text","keyword","group"}]}.
            """,
        requires: [.text, TokensLayer.name], provides: [KeywordsLayer.name],
        options: [
            OptionDoc("keywords", .array(.string), default: [], "Keywords and phrases to find."),
            OptionDoc("lists", .array(.path), default: [], "Files of phrases, one per line (phrase<TAB>group to count groups too)."),
            OptionDoc("case_sensitive", .boolean, default: false, "Whether case must match."),
        ],
        examples: [
            StageExample("Climate change and CLIMATE policy: the climate-change debate.",
                         options: ["keywords": ["climate change", "climate"]],
                         expect: [KeywordsLayer.name: ["Climate change", "CLIMATE", "climate"]]),
        ])

    let matcher: PhraseMatcher
    let keywordOrder: [String]
    let groupOrder: [String]

    public init(options: Options, context: StageContext) throws {
        var entries = options.keywords.map { KeywordEntry(phrase: $0) }
        for list in options.lists {
            entries += try KeywordList.load(context.resolvePath(list), option: "lists")
        }
        entries = entries.filter { !$0.phrase.allSatisfy(\.isWhitespace) }
        guard !entries.isEmpty else {
            throw StageSetupError(option: "", message: "no keywords: give phrases in `keywords` or list files in `lists`")
        }
        matcher = PhraseMatcher(entries: entries, caseSensitive: options.caseSensitive)
        var seenKeywords = Set<String>(), seenGroups = Set<String>()
        keywordOrder = entries.map(\.phrase).filter { seenKeywords.insert($0).inserted }
        groupOrder = entries.compactMap(\.group).filter { seenGroups.insert($0).inserted }
    }

    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self).items
        let matches = matcher.matches(in: text, tokens: tokens)
        document.layers[KeywordsLayer.self] = KeywordMatches(matches: matches, keywordOrder: keywordOrder, groupOrder: groupOrder)
    }
}
