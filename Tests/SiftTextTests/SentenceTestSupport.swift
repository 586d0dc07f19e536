import SiftCore
import SiftJSON
import SiftText
import Testing

/// Helpers for the sentence tests: tokenize + sentences on a string, sentences back as strings.
enum SentenceTestSupport {
    /// The sentences stage with the given options.
    static func stage(_ options: SentenceStage.Options = .init()) throws -> SentenceStage {
        try SentenceStage(options: options, context: StageContext(baseDirectory: ""))
    }

    /// The document after the real tokenizer and the sentences stage.
    static func document(_ text: String, options: SentenceStage.Options = .init()) throws -> Document {
        var document = Document(text: text)
        document.setText(text)
        try TokenizeStage().process(&document)
        try stage(options).process(&document)
        return document
    }

    /// The sentences of `text` as the strings they cover. Also checks the layer's invariants.
    static func sentences(_ text: String, options: SentenceStage.Options = .init()) throws -> [String] {
        let document = try document(text, options: options)
        let documentText = try document.requireText()
        let tokens = try document.require(TokensLayer.self).items
        let sentences = try document.require(SentencesLayer.self).items
        checkInvariants(sentences, tokens: tokens)
        return sentences.map { documentText.substring($0.span) }
    }

    /// Sentences with `line_breaks` set.
    static func sentences(_ text: String, lineBreaks: String) throws -> [String] {
        try sentences(text, options: .init(lineBreaks: lineBreaks))
    }

    /// Sentences cover every token once, in order, and span exactly from their first to their last token.
    static func checkInvariants(_ sentences: [Sentence], tokens: [Token], sourceLocation: SourceLocation = #_sourceLocation) {
        if tokens.isEmpty {
            #expect(sentences.isEmpty, sourceLocation: sourceLocation)
            return
        }
        var next = 0
        for sentence in sentences {
            #expect(sentence.tokens.lowerBound == next, sourceLocation: sourceLocation)
            #expect(!sentence.tokens.isEmpty, sourceLocation: sourceLocation)
            guard sentence.tokens.lowerBound < sentence.tokens.upperBound, sentence.tokens.upperBound <= tokens.count else { return }
            #expect(sentence.span.start == tokens[sentence.tokens.lowerBound].span.start, sourceLocation: sourceLocation)
            #expect(sentence.span.end == tokens[sentence.tokens.upperBound - 1].span.end, sourceLocation: sourceLocation)
            next = sentence.tokens.upperBound
        }
        #expect(next == tokens.count, sourceLocation: sourceLocation)
    }

    /// Tokens made by splitting at white space and before/after `.,!?"()` (no abbreviation logic):
    /// the rules read the text, so they must not depend on how the tokenizer split punctuation.
    static func naiveTokens(_ text: String) -> [Token] {
        let units = Array(text.utf16)
        var tokens: [Token] = []
        var start: Int?
        func close(_ end: Int) {
            if let begin = start, begin < end { tokens.append(Token(span: TextSpan(start: begin, end: end), kind: .word)) }
            start = nil
        }
        for (index, unit) in units.enumerated() {
            switch unit {
            case 0x20, 0x0A, 0x09:
                close(index)
            case 0x2E, 0x2C, 0x21, 0x3F, 0x22, 0x28, 0x29:
                close(index)
                tokens.append(Token(span: TextSpan(start: index, end: index + 1), kind: .punctuation))
            default:
                if start == nil { start = index }
            }
        }
        close(units.count)
        return tokens
    }
}
