import Foundation
import SiftCore
import SiftText
import Testing

/// Arbitrary and adversarial input: no traps, bounded time, well-formed spans, thread safety.
@Suite struct TokenizeRobustnessTests {
    typealias T = TokenizeTestSupport

    /// Arbitrary input never traps, and tokens are ordered, non-empty, non-overlapping, whitespace-free
    /// at their edges, and never split a surrogate pair.
    @Test(arguments: 0..<40)
    func invariantsOnArbitraryText(seed: Int) throws {
        var generator = TokenizeSeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
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
        let sample = "Don't visit https://example.com/x, Mr. Smith! 😀 東京 "
        let text = DocumentText(String(repeating: sample, count: 200))
        let expected = stage.tokenize(text.utf16)
        let results = await withTaskGroup(of: [Token].self) { group in
            for _ in 0..<8 { group.addTask { stage.tokenize(text.utf16) } }
            var all: [[Token]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 == expected })
    }

    /// Inputs built to make a careless rule rescan the same text again and again.
    @Test(arguments: [
        "a-", "#1", "s' ", "@", "1-", "a.", "http://x/", ")", "a@", "x.y", "'", ":", "w/", "1/", "e-", "+1", "..",
    ])
    func adversarialRepetitionsStayLinear(_ piece: String) throws {
        let text = DocumentText(String(repeating: piece, count: 50_000 / piece.count))
        let stage = try T.stage(splitClitics: true)
        let started = ContinuousClock.now
        let tokens = stage.tokenize(text.utf16)
        let elapsed = ContinuousClock.now - started
        #expect(tokens.count > 0)
        #expect(elapsed < .seconds(5), "\(piece): \(elapsed)")
    }
}

/// A small deterministic generator (SplitMix64) so arbitrary-input tests are reproducible.
struct TokenizeSeededGenerator: RandomNumberGenerator {
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
