import SiftCore
import SiftJSON
import SiftText

/// Helpers for the tokenizer tests: run the stage on a string, read tokens back as strings.
enum TokenizeTestSupport {
    /// The stage with the given options.
    static func stage(splitClitics: Bool = false, locale: String = "en") throws -> TokenizeStage {
        try TokenizeStage(options: .init(locale: locale, splitClitics: splitClitics), context: StageContext(baseDirectory: ""))
    }

    /// Tokens of `text` with their covered strings.
    static func tokens(_ text: String, splitClitics: Bool = false) throws -> [(text: String, kind: TokenKind, span: TextSpan)] {
        var document = Document(text: text)
        document.setText(text)
        try stage(splitClitics: splitClitics).process(&document)
        let documentText = try document.requireText()
        return try document.require(TokensLayer.self).items.map { token in
            (documentText.substring(token.span), token.kind, token.span)
        }
    }

    /// Just the covered strings.
    static func strings(_ text: String, splitClitics: Bool = false) throws -> [String] {
        try tokens(text, splitClitics: splitClitics).map(\.text)
    }

    /// The kind of the single token covering exactly `piece` inside `text`, if there is one.
    static func kind(of piece: String, in text: String) throws -> TokenKind? {
        try tokens(text).first { $0.text == piece }?.kind
    }
}
