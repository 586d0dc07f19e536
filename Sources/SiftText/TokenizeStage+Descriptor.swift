import SiftCore

extension TokenizeStage {
    /// Id `tokenize.icu.v1` (alias `tokenize`): requires `text`, provides `tokens`.
    public static let descriptor = StageDescriptor(
        id: "tokenize.icu.v1",
        aliases: ["tokenize"],
        summary: "Splits the text into tokens (ICU word break plus web-text rules), each with its kind.",
        details: """
            Runs ICU's word-break iterator (Unicode UAX #29, with the dictionaries ICU has for Chinese, \
            Japanese, Thai, …) and merges or splits its segments where English web text needs it: URLs \
            (http://…, https://…, www.…), e-mail addresses, #hashtags and @handles, times (10:30), dates \
            (15/08/2021, 2021-08-15), phone numbers, abbreviations keeping their period (U.S., e.g., Mr., J.), \
            prefixes keeping their hyphen (e-mail, non-profit; other hyphenated compounds split), runs of \
            punctuation (..., ?!, --) and emoticons (:-)). Emoji sequences (ZWJ, flags, skin tones) stay whole. \
            With split_clitics, words split into syntactic words as in UD English: don't → do + n't, \
            can't → ca + n't, I'm → I + 'm, John's → John + 's (both ' and ’), gonna → gon + na, \
            cannot → can + not. Kinds: word, number, punctuation, symbol, url, email, tag, emoji, other. \
            Whitespace is never a token.
            """,
        requires: [.text],
        provides: [TokensLayer.name],
        options: [
            OptionDoc("locale", .string, default: "en", "ICU locale of the word-break rules (e.g. \"en\", \"ja\", \"th\")."),
            OptionDoc("split_clitics", .boolean, default: false,
                      "Split clitics into syntactic words as UD English does: don't → do + n't, John's → John + 's, gonna → gon + na."),
        ],
        examples: [
            StageExample("Hello, world!", expect: ["tokens": ["Hello", ",", "world", "!"]]),
            StageExample("Don't stop.", expect: ["tokens": ["Don't", "stop", "."]]),
            StageExample("Don't stop.", options: ["split_clitics": true], expect: ["tokens": ["Do", "n't", "stop", "."]]),
            StageExample("I can’t believe it's John's.", options: ["split_clitics": true],
                         expect: ["tokens": ["I", "ca", "n’t", "believe", "it", "'s", "John", "'s", "."]]),
            StageExample("We're gonna win.", options: ["split_clitics": true], expect: ["tokens": ["We", "'re", "gon", "na", "win", "."]]),
            StageExample("See https://example.com/a?b=1, or mail jane.doe@example.org.",
                         expect: ["tokens": ["See", "https://example.com/a?b=1", ",", "or", "mail", "jane.doe@example.org", "."]]),
            StageExample("#NLP with @sift_dev :-)", expect: ["tokens": ["#NLP", "with", "@sift_dev", ":-)"]]),
            StageExample("It cost $1,000.50 on 2021-08-15 at 10:30...",
                         expect: ["tokens": ["It", "cost", "$", "1,000.50", "on", "2021-08-15", "at", "10:30", "..."]]),
            StageExample("Mr. Smith met Dr. J. Doe in the U.S. on 15/08/2021.",
                         expect: ["tokens": ["Mr.", "Smith", "met", "Dr.", "J.", "Doe", "in", "the", "U.S.", "on", "15/08/2021", "."]]),
            StageExample("A 15-year e-mail ban 👍🏽 🇫🇷", expect: ["tokens": ["A", "15", "-", "year", "e-mail", "ban", "👍🏽", "🇫🇷"]]),
        ]
    )
}
