import SiftCore
import SiftText
import Testing

/// Emoji, CJK, surrogate pairs, empty and whitespace-only text, and invariants on arbitrary input.
@Suite struct TokenizeUnicodeTests {
    typealias T = TokenizeTestSupport

    @Test func emoji() throws {
        let family = "👨‍👩‍👧‍👦"
        let tokens = try T.tokens("Hi 👋🏽 \(family) 🇫🇷🇩🇪 ❤️ ok 1️⃣ 😀😀")
        #expect(tokens.map(\.text) == ["Hi", "👋🏽", family, "🇫🇷", "🇩🇪", "❤️", "ok", "1️⃣", "😀", "😀"])
        #expect(tokens.filter { $0.text != "Hi" && $0.text != "ok" }.allSatisfy { $0.kind == .emoji })
        #expect(try T.kind(of: "©", in: "© 2024") == .symbol)
    }

    @Test func cjkGivesNonEmptyTokens() throws {
        let tokens = try T.tokens("東京都に住んでいます。我爱北京天安门！")
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { !$0.span.isEmpty })
        #expect(tokens.map(\.text).joined() == "東京都に住んでいます。我爱北京天安门！")
        #expect(tokens.contains { $0.text == "。" && $0.kind == .punctuation })
        #expect(tokens.count > 4)
    }

    @Test func emptyAndWhitespaceText() throws {
        #expect(try T.tokens("").isEmpty)
        #expect(try T.tokens(" \n\t\u{00A0}\u{3000}\u{200B}\r\n ").isEmpty)
        #expect(try T.strings("  a  \u{00A0} b\n") == ["a", "b"])
    }

    @Test func surrogatePairSpansAreUTF16OnScalarBoundaries() throws {
        let text = "𝒜𝒷 x 😀 𝟙𝟚 y"
        let tokens = try T.tokens(text)
        #expect(tokens.map(\.text) == ["𝒜𝒷", "x", "😀", "𝟙𝟚", "y"])
        #expect(tokens.map(\.span) == [
            TextSpan(start: 0, end: 4), TextSpan(start: 5, end: 6), TextSpan(start: 7, end: 9),
            TextSpan(start: 10, end: 14), TextSpan(start: 15, end: 16),
        ])
        let documentText = DocumentText(text)
        #expect(documentText.codePointOffset(tokens[2].span.start) == 5)
    }
}
