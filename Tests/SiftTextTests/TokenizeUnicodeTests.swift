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

    /// Arbitrary input never traps, and tokens are ordered, non-empty, non-overlapping, whitespace-free
    /// at their edges, and never split a surrogate pair.
    @Test(arguments: 0..<40)
    func invariantsOnArbitraryText(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let pieces = [
            "a", "Z", "1", "0", ".", ",", "'", "’", "-", "/", ":", "@", "#", "+", "(", ")", " ", "\n", "http://",
            "www.", "e", "s", "n't", "😀", "\u{200D}", "🇫", "é", "東", "\u{0301}", "\u{FE0F}", "$", "!", "?",
        ]
        var string = ""
        for _ in 0..<Int.random(in: 0..<300, using: &generator) { string += pieces.randomElement(using: &generator) ?? "" }
        for split in [false, true] {
            let text = DocumentText(string)
            let tokens = try T.stage(splitClitics: split).tokenize(text.utf16)
            var previousEnd = 0
            for token in tokens {
                #expect(token.span.start >= previousEnd && token.span.end > token.span.start && token.span.end <= text.count)
                #expect(text.utf16[token.span.start] & 0xFC00 != 0xDC00)
                #expect(token.span.end == text.count || text.utf16[token.span.end] & 0xFC00 != 0xDC00)
                #expect(!text.substring(token.span).unicodeScalars.contains { $0.properties.isWhitespace && $0 != "\u{85}" } || token.kind != .word)
                previousEnd = token.span.end
            }
        }
    }

    @Test func loneSurrogatesInRawUnitsDoNotTrap() throws {
        let units: [UInt16] = [0x61, 0xD800, 0x62, 0x20, 0xDC00, 0x20, 0x23, 0xD83D, 0x40, 0xD83D]
        let tokens = try T.stage().tokenize(units)
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { $0.span.end <= units.count && $0.span.start < $0.span.end })
    }

    @Test func concurrentUseGivesTheSameTokens() async throws {
        let stage = try T.stage(splitClitics: true)
        let text = DocumentText(String(repeating: "Don't visit https://example.com/x, Mr. Smith! 😀 東京 ", count: 200))
        let expected = stage.tokenize(text.utf16)
        let results = await withTaskGroup(of: [Token].self) { group in
            for _ in 0..<8 { group.addTask { stage.tokenize(text.utf16) } }
            var all: [[Token]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == expected })
    }
}

/// A small deterministic generator (SplitMix64) so arbitrary-input tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
