/// One successfully processed document of a results file, reduced to what the report shows.
///
/// Offsets are code-point offsets into `text`, as in the output records; nothing here is checked
/// against the text yet (the renderer skips spans that do not fit).
public struct ReportDocument: Sendable, Equatable {
    /// An entity mention: `text[start..<end]` labelled `label`, with the entity's `id` and the list or rule (`source`) that found it.
    public struct Entity: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
        public var label: String
        public var id: String
        public var source: String

        public init(start: Int, end: Int, text: String, label: String, id: String, source: String) {
            self.start = start
            self.end = end
            self.text = text
            self.label = label
            self.id = id
            self.source = source
        }
    }

    /// A sentence, with its sentiment compound when the record has a sentiment layer.
    public struct Sentence: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var compound: Double?

        public init(start: Int, end: Int, compound: Double? = nil) {
            self.start = start
            self.end = end
            self.compound = compound
        }
    }

    public var id: String
    /// The record's `source` members as (name, value) pairs, values as text (`path`, `member`, `line`, `url`, `date`).
    public var source: [(key: String, value: String)]
    /// `metadata.title`, when cleanup or the input record gave one.
    public var title: String?
    public var authors: [String]
    /// `metadata.published`, else `source.date`.
    public var date: String?
    /// `metadata.canonical_url`, else `source.url`.
    public var url: String?
    /// Other metadata members as (name, value) pairs, values as text (strings as they are, others as compact JSON).
    public var otherMetadata: [(key: String, value: String)]
    /// The cleaned text; nil when the run left it out (`output.include_text: false`).
    public var text: String?
    public var entities: [Entity]
    public var sentences: [Sentence]
    /// The document's sentiment compound, when the record has a sentiment layer.
    public var sentiment: Double?
    public var stance: [ReportStance]
    /// The record's `diagnostics` counters (repairs made to the input).
    public var diagnostics: [(key: String, value: String)]

    public init(id: String, source: [(key: String, value: String)] = [], title: String? = nil, authors: [String] = [], date: String? = nil,
                url: String? = nil, otherMetadata: [(key: String, value: String)] = [], text: String?, entities: [Entity] = [],
                sentences: [Sentence] = [], sentiment: Double? = nil, stance: [ReportStance] = [], diagnostics: [(key: String, value: String)] = []) {
        self.id = id
        self.source = source
        self.title = title
        self.authors = authors
        self.date = date
        self.url = url
        self.otherMetadata = otherMetadata
        self.text = text
        self.entities = entities
        self.sentences = sentences
        self.sentiment = sentiment
        self.stance = stance
        self.diagnostics = diagnostics
    }

    public static func == (lhs: ReportDocument, rhs: ReportDocument) -> Bool {
        lhs.id == rhs.id && lhs.source.elementsEqual(rhs.source, by: ==) && lhs.title == rhs.title && lhs.authors == rhs.authors
            && lhs.date == rhs.date && lhs.url == rhs.url && lhs.otherMetadata.elementsEqual(rhs.otherMetadata, by: ==)
            && lhs.text == rhs.text && lhs.entities == rhs.entities && lhs.sentences == rhs.sentences && lhs.sentiment == rhs.sentiment
            && lhs.stance == rhs.stance && lhs.diagnostics.elementsEqual(rhs.diagnostics, by: ==)
    }
}
