import Foundation
import SiftCore
import SiftSentiment
import SiftText

/// Helpers for the sentiment tests: score strings, run the stage after the real tokenizer and sentence splitter,
/// write temporary lexicon files.
enum SentimentTestSupport {
    static let scorer = VaderScorer()

    /// VADER's scores of `text`.
    static func score(_ text: String, scorer: VaderScorer = scorer) -> VaderScores {
        var scratch = VaderScratch()
        return scorer.score(text, scratch: &scratch)
    }

    /// The explanation of `text`.
    static func explain(_ text: String, scorer: VaderScorer = scorer) -> (VaderScores, [SentimentCue]) {
        var scratch = VaderScratch()
        let scores = scorer.score(text, scratch: &scratch, explain: true)
        return (scores, scorer.explanation(in: scratch))
    }

    /// The document after tokenize, sentences and the sentiment stage.
    static func document(_ text: String, stage: SentimentStage) throws -> Document {
        var document = Document(text: text)
        document.setText(text)
        try TokenizeStage().process(&document)
        try SentenceStage().process(&document)
        try stage.process(&document)
        return document
    }

    /// A document whose whole text is one sentence, tokens split at white space (no tokenizer involved).
    static func oneSentenceDocument(_ text: String) -> Document {
        var document = Document(text: text)
        document.setText(text)
        let units = Array(text.utf16)
        var tokens: [Token] = []
        var start: Int?
        for (index, unit) in units.enumerated() {
            let space = unit == 0x20 || unit == 0x0A || unit == 0x09
            if space, let first = start {
                tokens.append(Token(span: TextSpan(start: first, end: index), kind: .word))
                start = nil
            } else if !space && start == nil {
                start = index
            }
        }
        if let first = start { tokens.append(Token(span: TextSpan(start: first, end: units.count), kind: .word)) }
        document.layers[TokensLayer.self] = Tokens(tokens)
        let sentences = tokens.isEmpty ? [] : [Sentence(span: TextSpan(start: tokens[0].span.start, end: tokens.last!.span.end), tokens: 0..<tokens.count)]
        document.layers[SentencesLayer.self] = Sentences(sentences)
        return document
    }

    /// Writes `contents` to a new temporary file and returns its folder and name.
    static func temporaryFile(_ contents: [UInt8], name: String = "lexicon.txt") throws -> (folder: String, name: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-sentiment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(contents).write(to: folder.appendingPathComponent(name))
        return (folder.path, name)
    }

    static func temporaryFile(_ text: String, name: String = "lexicon.txt") throws -> (folder: String, name: String) {
        try temporaryFile(Array(text.utf8), name: name)
    }

    /// The stage built with `options` against `folder`.
    static func stage(_ options: SentimentStage.Options = .init(), folder: String = "") throws -> SentimentStage {
        try SentimentStage(options: options, context: StageContext(baseDirectory: folder))
    }
}
