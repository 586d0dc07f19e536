import SiftCore

/// Splits the text into tokens with ICU's word-break iterator (UAX #29) plus rules for web text.
///
/// ICU's segments are merged where a reader sees one token (URLs, e-mail addresses, `#tags` and
/// `@handles`, times, dates and phone numbers, `U.S.`, `Mr.`, `e-mail`, `...`, `:-)`) and, with
/// `split_clitics`, split into syntactic words the way UD English does (`do` + `n't`). Each token
/// carries a `TokenKind`; whitespace is never a token.
public struct TokenizeStage: Stage {
    /// The stage's options.
    public struct Options: Codable, Sendable, Equatable {
        /// ICU locale of the word-break rules (`en`, `ja`, `th`, …).
        public var locale: String
        /// Split clitics into syntactic words (UD style): `don't` → `do` + `n't`, `John's` → `John` + `'s`.
        public var splitClitics: Bool

        enum CodingKeys: String, CodingKey {
            case locale
            case splitClitics = "split_clitics"
        }

        public init(locale: String = "en", splitClitics: Bool = false) {
            self.locale = locale
            self.splitClitics = splitClitics
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            locale = try container.decodeIfPresent(String.self, forKey: .locale) ?? defaults.locale
            splitClitics = try container.decodeIfPresent(Bool.self, forKey: .splitClitics) ?? defaults.splitClitics
        }
    }

    public let options: Options
    private let pool: BreakIteratorPool

    /// Builds the stage; fails when the locale is malformed or ICU cannot open a word iterator for it.
    public init(options: Options, context: StageContext) throws {
        let locale = options.locale
        let allowed = locale.utf8.allSatisfy { byte in
            TokenCharacters.isAlphanumeric(UInt16(byte)) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";")
        }
        guard !locale.isEmpty, locale.utf8.count <= 100, allowed else {
            throw StageSetupError(
                option: "locale", message: "'\(locale)' is not an ICU locale id (expected e.g. \"en\" or \"de_CH\")")
        }
        self.options = options
        self.pool = try BreakIteratorPool(kind: .word, locale: locale)
    }

    /// Builds the stage with default options for `locale` (for use outside a pipeline).
    public init(locale: String = "en", splitClitics: Bool = false) throws {
        try self.init(options: Options(locale: locale, splitClitics: splitClitics), context: StageContext(baseDirectory: ""))
    }

    /// Adds the `tokens` layer.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        guard text.utf16.count < Int(Int32.max) else {
            throw StageError.limitExceeded("the text has \(text.utf16.count) UTF-16 units; ICU handles at most \(Int32.max)")
        }
        document.layers[TokensLayer.self] = Tokens(tokenize(text.utf16))
    }

    /// The tokens of UTF-16 `text`, in text order, with UTF-16 spans.
    public func tokenize(_ text: [UInt16]) -> [Token] {
        guard !text.isEmpty, text.count < Int(Int32.max) else { return [] }
        let boundaries = pool.boundaries(of: text)
        return text.withUnsafeBufferPointer { units in
            boundaries.offsets.withUnsafeBufferPointer { offsets in
                boundaries.statuses.withUnsafeBufferPointer { statuses in
                    var scanner = TokenScanner(
                        text: units, boundaries: offsets, statuses: statuses, splitClitics: options.splitClitics)
                    scanner.run()
                    return scanner.tokens
                }
            }
        }
    }
}
