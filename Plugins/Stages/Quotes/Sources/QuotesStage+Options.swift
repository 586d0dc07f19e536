import SiftCore

extension QuotesStage {
    /// Options of the quotation extractor.
    public struct Options: Codable, Sendable, Equatable {
        /// Quotations with fewer words are left out (scare quotes, titles: `the so-called "deal"`).
        public var minimumWords = 3
        /// Speech verbs recognised besides the built-in English ones (`said`, `told`, `added`, …).
        public var extraSpeechVerbs: [String] = []
        /// Whether ‘single’ curly quotes count as quotation marks too (off: they are mostly apostrophes).
        public var singleQuotes = false

        enum CodingKeys: String, CodingKey {
            case minimumWords = "minimum_words"
            case extraSpeechVerbs = "extra_speech_verbs"
            case singleQuotes = "single_quotes"
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            minimumWords = try c.decodeIfPresent(Int.self, forKey: .minimumWords) ?? 3
            extraSpeechVerbs = try c.decodeIfPresent([String].self, forKey: .extraSpeechVerbs) ?? []
            singleQuotes = try c.decodeIfPresent(Bool.self, forKey: .singleQuotes) ?? false
        }
    }

    /// English speech verbs, in the forms news text uses.
    static let builtinSpeechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states", "wrote", "writes",
        "explained", "explains", "noted", "notes", "argued", "argues", "warned", "warns", "claimed", "claims",
        "insisted", "insists", "replied", "replies", "continued", "continues", "announced", "announces", "declared",
        "declares", "recalled", "recalls", "acknowledged", "acknowledges", "admitted", "admits", "conceded",
        "concedes", "tweeted", "posted", "responded", "responds", "suggested", "suggests", "urged", "urges", "quipped",
    ]
}
