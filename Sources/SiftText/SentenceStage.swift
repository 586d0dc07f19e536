import SiftCore

/// Groups tokens into sentences: ICU's sentence-break iterator (`locale@ss=standard`) proposes
/// boundaries, and rules for what it gets wrong in news and web text decide every gap after Latin
/// punctuation (ICU's boundaries stand for terminators the rules do not model, e.g. `。` or `।`).
///
/// The rules cover abbreviations and initials (`U.S.`, `Gen.`, `J. R. R. Tolkien`, `No. 5`), ellipses,
/// closing quotes and brackets, decimals and times, list items and headings, line breaks, emoticons
/// and emoji at the end of a sentence, and `?!` runs. Sentences start at their first token and end at
/// the end of their last; a boundary never cuts a token and every token is in exactly one sentence.
public struct SentenceStage: Stage {
    /// The stage's options.
    public struct Options: Codable, Sendable, Equatable {
        /// ICU locale of the sentence-break rules; `@ss=standard` (abbreviation suppression) is added.
        public var locale: String
        /// More abbreviations that do not end a sentence before an ordinary capitalised word (`Gov.`, `Rep.`).
        public var extraAbbreviations: [String]
        /// Use the built-in English abbreviation list.
        public var builtinAbbreviations: Bool
        /// What a single line break means: `auto`, `split` or `join` (see `SentenceLineBreakMode`).
        public var lineBreaks: String

        enum CodingKeys: String, CodingKey {
            case locale
            case extraAbbreviations = "extra_abbreviations"
            case builtinAbbreviations = "builtin_abbreviations"
            case lineBreaks = "line_breaks"
        }

        public init(locale: String = "en", extraAbbreviations: [String] = [], builtinAbbreviations: Bool = true, lineBreaks: String = "auto") {
            self.locale = locale
            self.extraAbbreviations = extraAbbreviations
            self.builtinAbbreviations = builtinAbbreviations
            self.lineBreaks = lineBreaks
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            locale = try container.decodeIfPresent(String.self, forKey: .locale) ?? defaults.locale
            extraAbbreviations = try container.decodeIfPresent([String].self, forKey: .extraAbbreviations) ?? defaults.extraAbbreviations
            builtinAbbreviations = try container.decodeIfPresent(Bool.self, forKey: .builtinAbbreviations) ?? defaults.builtinAbbreviations
            lineBreaks = try container.decodeIfPresent(String.self, forKey: .lineBreaks) ?? defaults.lineBreaks
        }
    }

    public let options: Options
    private let pool: BreakIteratorPool
    private let segmenter: SentenceSegmenter

    /// Builds the stage; fails on a malformed locale, an unknown `line_breaks` mode or an unusable abbreviation.
    public init(options: Options, context: StageContext) throws {
        let locale = options.locale
        let allowed = locale.utf8.allSatisfy { byte in
            SentenceCharacters.isASCIILetter(UInt16(byte)) || SentenceCharacters.isASCIIDigit(UInt16(byte))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";")
        }
        guard !locale.isEmpty, locale.utf8.count <= 100, allowed else {
            throw StageSetupError(option: "locale", message: "'\(locale)' is not an ICU locale id (expected e.g. \"en\" or \"en_GB\")")
        }
        guard let mode = SentenceLineBreakMode(rawValue: options.lineBreaks) else {
            let modes = SentenceLineBreakMode.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw StageSetupError(option: "line_breaks", message: "'\(options.lineBreaks)' is not one of \(modes)")
        }
        let lexicon = try SentenceLexicon(builtIn: options.builtinAbbreviations, extra: options.extraAbbreviations)
        self.options = options
        self.pool = try BreakIteratorPool(kind: .sentence, locale: locale.contains("@") ? locale : locale + "@ss=standard")
        self.segmenter = SentenceSegmenter(rules: SentenceRules(lexicon: lexicon), lineBreaks: mode)
    }

    /// Builds the stage with the given options outside a pipeline.
    public init(locale: String = "en", extraAbbreviations: [String] = [], lineBreaks: String = "auto") throws {
        try self.init(
            options: Options(locale: locale, extraAbbreviations: extraAbbreviations, lineBreaks: lineBreaks),
            context: StageContext(baseDirectory: ""))
    }

    /// Adds the `sentences` layer over the `tokens` layer.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self)
        document.layers[SentencesLayer.self] = Sentences(try sentences(text.utf16, tokens: tokens.items))
    }

    /// The sentences of UTF-16 `text` over its `tokens` (sorted, non-overlapping, non-empty, within the text).
    public func sentences(_ text: [UInt16], tokens: [Token]) throws(StageError) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        guard text.count < Int(Int32.max) else {
            throw StageError.limitExceeded("the text has \(text.count) UTF-16 units; ICU handles at most \(Int32.max)")
        }
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            guard token.span.start >= previousEnd, token.span.start < token.span.end, token.span.end <= text.count else {
                throw StageError.invalidInput(
                    "token \(index) \(token.span) is empty, out of order or outside the text (\(text.count) UTF-16 units)")
            }
            previousEnd = token.span.end
        }
        let boundaries = pool.boundaries(of: text)
        return text.withUnsafeBufferPointer { units in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                boundaries.offsets.withUnsafeBufferPointer { offsets in
                    segmenter.sentences(text: units, tokens: tokenBuffer, boundaries: offsets)
                }
            }
        }
    }
}
