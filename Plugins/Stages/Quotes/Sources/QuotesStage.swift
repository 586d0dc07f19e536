import SiftCore

/// Extracts quotations and their speakers from news text: the `quotes` layer.
///
/// Quotations are found by their marks (“…”, „…“, «…», "…"), kept when they hold at least
/// `minimum_words` words, and attributed when the words next to them say who spoke:
/// `“…,” said Mayor Ana Ruiz` or `Ruiz said: “…”`. Written as a user of the public stage API
/// would write it: it imports `SiftCore` only.
public struct QuotesStage: Stage {
    public static let descriptor = StageDescriptor(
        id: "quotes.rules.v1", aliases: ["quotes"],
        summary: "Quotations between quote marks, with their speakers when the sentence names them (\"…,\" said NAME / NAME said: \"…\").",
        details: """
            Marks: “…”, „…“, „…”, «…», straight "…" and, with `single_quotes`, ‘…’. A quotation never crosses a blank \
            line; quotations with fewer than `minimum_words` words (scare quotes, titles) are left out. The speaker is a \
            run of capitalised words or a pronoun joined to the quotation by a speech verb, within the line; nothing is \
            guessed otherwise (speaker and cue are null). Output: [{"start","end","text","speaker":{"start","end","text"}|null,"cue"}].
            """,
        requires: [.text, TokensLayer.name], provides: [QuotesLayer.name],
        options: [
            OptionDoc("minimum_words", .integer(minimum: 1, maximum: nil), default: 3, "Quotations with fewer words are left out."),
            OptionDoc("extra_speech_verbs", .array(.string), default: [], "Speech verbs recognised besides the built-in English ones (said, told, added, …)."),
            OptionDoc("single_quotes", .boolean, default: false, "Whether ‘single’ curly quotes mark quotations too (off: they are mostly apostrophes)."),
        ],
        examples: [
            StageExample("“We will rebuild the bridge by June,” said Mayor Ana Ruiz.",
                         expect: [QuotesLayer.name: ["We will rebuild the bridge by June,"]]),
            StageExample("Critics called it a \"deal\". Ruiz said: \"The vote was unanimous.\"",
                         expect: [QuotesLayer.name: ["The vote was unanimous."]]),
        ])

    let options: Options
    let verbs: Set<String>

    public init(options: Options, context: StageContext) throws {
        for verb in options.extraSpeechVerbs where verb.isEmpty || verb.contains(" ") {
            throw StageSetupError(option: "extra_speech_verbs", message: "'\(verb)' is not a single word: give verbs one word each, e.g. \"remarked\"")
        }
        self.options = options
        verbs = Self.builtinSpeechVerbs.union(options.extraSpeechVerbs.map { $0.lowercased() })
    }

    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self).items
        let speakers = SpeakerFinder(text: text, tokens: tokens, verbs: verbs)
        var quotes: [Quotation] = []
        for passage in QuoteFinder(singleQuotes: options.singleQuotes).passages(in: text.utf16) {
            guard wordCount(in: passage.content, tokens: tokens) >= options.minimumWords else { continue }
            let attribution = speakers.attribution(of: passage.marks)
            quotes.append(Quotation(span: passage.content, speaker: attribution?.speaker, cue: attribution?.cue))
        }
        document.layers[QuotesLayer.self] = Quotations(quotes)
    }

    /// Word and number tokens inside `span` (tokens are in text order: binary search for the first).
    private func wordCount(in span: TextSpan, tokens: [Token]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < span.start { low = mid + 1 } else { high = mid }
        }
        var count = 0
        while low < tokens.count, tokens[low].span.end <= span.end {
            if tokens[low].kind == .word || tokens[low].kind == .number { count += 1 }
            low += 1
        }
        return count
    }
}
