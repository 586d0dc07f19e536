import SiftCore
import SiftJSON

/// One occurrence of a keyword or phrase in the text.
public struct KeywordMatch: Sendable, Hashable {
    public var span: TextSpan
    /// The keyword as listed (not as it appears in the text).
    public var keyword: String
    /// The keyword's group, when its list gave one (`phrase<TAB>group`).
    public var group: String?

    public init(span: TextSpan, keyword: String, group: String? = nil) {
        self.span = span
        self.keyword = keyword
        self.group = group
    }
}

/// The `keywords` layer: every match, and counts per keyword and per group.
public enum KeywordsLayer: LayerKey {
    public typealias Value = KeywordMatches
    public static let name: LayerName = "keywords"
}

/// The value of the `keywords` layer, written as
/// `{"counts":{keyword: n},"groups":{group: n},"matches":[{"start","end","text","keyword","group"}]}`
/// with counts in list order and only keywords that occur.
public struct KeywordMatches: SpanLayerValue, Hashable {
    public var matches: [KeywordMatch]
    /// Keywords in list order (for the order of `counts`).
    public var keywordOrder: [String]
    /// Groups in list order (for the order of `groups`).
    public var groupOrder: [String]

    public init(matches: [KeywordMatch], keywordOrder: [String], groupOrder: [String]) {
        self.matches = matches
        self.keywordOrder = keywordOrder
        self.groupOrder = groupOrder
    }

    public var spans: [TextSpan] { matches.map(\.span) }

    /// Occurrences per keyword.
    public var counts: [String: Int] { matches.reduce(into: [:]) { $0[$1.keyword, default: 0] += 1 } }

    /// Occurrences per group.
    public var groupCounts: [String: Int] { matches.reduce(into: [:]) { if let group = $1.group { $0[group, default: 0] += 1 } } }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        let counts = self.counts, groups = groupCounts
        writer.raw("{\"counts\":")
        writer.write(.object(JSONObject(keywordOrder.compactMap { key in counts[key].map { (key, .integer($0)) } })))
        writer.raw(",\"groups\":")
        writer.write(.object(JSONObject(groupOrder.compactMap { key in groups[key].map { (key, .integer($0)) } })))
        writer.raw(",\"matches\":[")
        for (index, match) in matches.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "{"))
            writer.spanFields(match.span, in: text)
            if let text {
                writer.raw(",\"text\":")
                writer.string(text.substring(match.span))
            }
            writer.raw(",\"keyword\":")
            writer.string(match.keyword)
            writer.raw(",\"group\":")
            if let group = match.group { writer.string(group) } else { writer.raw("null") }
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("]}")
    }
}
