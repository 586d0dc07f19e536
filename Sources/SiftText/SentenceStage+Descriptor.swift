import SiftCore

extension SentenceStage {
    /// Id `sentences.icu.v1` (aliases `sentences`, `sentencize`): requires `text` and `tokens`, provides `sentences`.
    public static let descriptor = StageDescriptor(
        id: "sentences.icu.v1",
        aliases: ["sentences", "sentencize"],
        summary: "Groups tokens into sentences (ICU sentence break plus rules for news and web text).",
        details: """
            Starts from ICU's sentence-break iterator (locale@ss=standard) and decides each gap between \
            tokens with rules for what ICU gets wrong in news and web text. A period after a title (Mr., \
            Gen., Sen.) or an inner abbreviation (e.g., vs.) never ends a sentence; after an abbreviation \
            that can end one (Inc., etc., Jan., U.S., p.m.) or an initial (J. R. R. Tolkien) it does only \
            when the next word usually opens a sentence (The, He, But, …); No. 5, Fig. 3 and pp. 10 stay \
            together; a lowercase word after a period or an ellipsis continues the sentence, a capital after \
            an ellipsis starts a new one; ? and ! end a sentence except before a lowercase word after a \
            closing quote ("Stop!" he said); closing quotes and brackets stay with the sentence they close; \
            decimals, times and URLs are single tokens and never split; "1." at the start of a line is a \
            list marker. An emoticon or emoji after the end of a sentence belongs to it, and one at the end \
            of a clause ends the sentence before a capital. A blank line always ends a sentence; a single \
            line break does per line_breaks: "auto" (default) ends the sentence unless the next line starts \
            in lowercase or the line ends in an abbreviation, so headings and list items are sentences of \
            their own while hard-wrapped prose is joined; "split" ends a sentence at every line break; \
            "join" treats it as a space. Sentences never cut a token and cover every token once, in order.
            """,
        requires: [.text, TokensLayer.name],
        provides: [SentencesLayer.name],
        options: [
            OptionDoc("locale", .string, default: "en", "ICU locale of the sentence-break rules; @ss=standard (ICU's abbreviation suppression) is added unless the locale has keywords."),
            OptionDoc("extra_abbreviations", .array(.string), default: [],
                      "More abbreviations, e.g. [\"Gov.\", \"Rep.\"]: a period after one ends a sentence only before a word that usually opens one (The, He, But, …). Capitalised entries match only capitalised words."),
            OptionDoc("builtin_abbreviations", .boolean, default: true, "Use the built-in English abbreviation list (titles, months, units, company and address words, US states)."),
            OptionDoc("line_breaks", .oneOf(SentenceLineBreakMode.allCases.map(\.rawValue)), default: "auto",
                      "What a single line break means (a blank line always ends a sentence): \"auto\" ends the sentence unless the next line starts in lowercase or the line ends in an abbreviation; \"split\" always ends it; \"join\" treats it as a space."),
        ],
        examples: [
            StageExample("Mr. Smith left. He ran.", expect: ["sentences": ["Mr. Smith left.", "He ran."]]),
            StageExample("Gen. Lee met Sen. Warren in the U.S. Capitol at 5 p.m. today. They talked.",
                         expect: ["sentences": ["Gen. Lee met Sen. Warren in the U.S. Capitol at 5 p.m. today.", "They talked."]]),
            StageExample("He moved to the U.S. He likes it.", expect: ["sentences": ["He moved to the U.S.", "He likes it."]]),
            StageExample("J. R. R. Tolkien wrote it. See No. 5 on p. 3.", expect: ["sentences": ["J. R. R. Tolkien wrote it.", "See No. 5 on p. 3."]]),
            StageExample("He said \"Stop.\" Then he left (quickly.) Why?! Nobody knows...",
                         expect: ["sentences": ["He said \"Stop.\"", "Then he left (quickly.)", "Why?!", "Nobody knows..."]]),
            StageExample("Wait... and see. It costs 3.5 dollars at 10.30 today... Really.",
                         expect: ["sentences": ["Wait... and see.", "It costs 3.5 dollars at 10.30 today...", "Really."]]),
            StageExample("Ingredients\n- flour\n- sugar\n\nMix well. Bake at www.example.com now.",
                         expect: ["sentences": ["Ingredients", "- flour", "- sugar", "Mix well.", "Bake at www.example.com now."]]),
            StageExample("We hard-wrap our\nmail like this. Great :) See you!", expect: ["sentences": ["We hard-wrap our\nmail like this.", "Great :)", "See you!"]]),
            StageExample("Gov. Brown spoke.", options: ["extra_abbreviations": ["Gov."], "builtin_abbreviations": false],
                         expect: ["sentences": ["Gov. Brown spoke."]]),
            StageExample("One\ntwo\nthree", options: ["line_breaks": "split"], expect: ["sentences": ["One", "two", "three"]]),
        ]
    )
}
