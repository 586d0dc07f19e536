import SiftCore
import Testing
@testable import SiftEntities

/// The per-thread token cache: what its keys cover, how its entries are replaced, and that matching with
/// a warm cache finds exactly what a cold one finds.
@Suite struct GazetteerTokenCacheTests {
    /// The key of `token`, read from a buffer where `padding` follows it (the key reads 12 units).
    static func key(_ token: String, padding: Character = "x", kind: GazetteerTokenKey.Kind = .plain) -> GazetteerTokenKey {
        let units = Array(token.utf16) + Array(String(repeating: padding, count: 12).utf16)
        return units.withUnsafeBufferPointer { GazetteerTokenKey($0.baseAddress!, token.utf16.count, kind: kind) }
    }

    static func same(_ a: GazetteerTokenKey, _ b: GazetteerTokenKey) -> Bool {
        a.first == b.first && a.second == b.second && a.third == b.third && a.tag == b.tag
    }

    @Test func keysCoverTheTokenAloneAndTellKindsAndLengthsApart() {
        for token in ["a", "of", "said", "Moscow", "Kýiv", "“", "Taliban-led", "123456789012"] {
            #expect(Self.same(Self.key(token, padding: "x"), Self.key(token, padding: "y")), "\(token)")
            #expect(!Self.same(Self.key(token, kind: .plain), Self.key(token, kind: .word)))
            #expect(!Self.same(Self.key(token, kind: .word), Self.key(token, kind: .number)))
            #expect(Self.key(token).tag != 0)
        }
        #expect(!Self.same(Self.key("Moscow"), Self.key("moscow")), "keys are the text as written")
        #expect(!Self.same(Self.key("abcd"), Self.key("abcde")))
        #expect(GazetteerTokenKey.none.tag == 0)
    }

    /// Three keys that fall in the same set.
    static func threeKeysInOneSet() -> (GazetteerTokenKey, GazetteerTokenKey, GazetteerTokenKey) {
        var bySet: [Int: [GazetteerTokenKey]] = [:]
        var number = 0
        while true {
            let key = Self.key("w\(number)")
            number += 1
            let set = Int(key.hash) & (GazetteerTokenCache.setCount - 1)
            bySet[set, default: []].append(key)
            if let keys = bySet[set], keys.count == 3 { return (keys[0], keys[1], keys[2]) }
        }
    }

    @Test func theLeastRecentlyUsedOfTwoEntriesGoesFirst() {
        let (a, b, c) = Self.threeKeysInOneSet()
        let cache = GazetteerTokenCache()
        #expect(cache.value(a) == nil)
        cache.store(1, for: a)
        cache.store(2, for: b)
        #expect(cache.value(a) == 1)  // a is now the more recent
        cache.store(3, for: c)  // evicts b
        #expect(cache.value(b) == nil)
        #expect(cache.value(a) == 1)
        #expect(cache.value(c) == 3)
        cache.store(4, for: a)  // replaced in place
        #expect(cache.value(a) == 4)
        #expect(cache.value(c) == 3)
        cache.store(GazetteerTokenCache.split, for: c)
        #expect(cache.value(c) == GazetteerTokenCache.split)
    }

    @Test func aWarmCacheFindsWhatAColdOneFinds() throws {
        let sentences = [
            "RUSSIA, Russia and russia met.", "Russia’s army and Russia's navy sailed.", "A Taliban-led raid and Taliban–led talks.",
            "The U.S. and the US agreed.", "Kýiv, Kyiv and KYIV are one city.", "He said “Moscow” — twice.",
            "She ate at McDonald's in St. Petersburg.", "Guinea-Bissau and Guinea–Bissau voted.", "Lavrov's trip to New York City.",
        ]
        let warm = try GazetteerFixture.stage(GazetteerMatchingTests.places)
        let whole = sentences.joined(separator: " ")
        let first = try GazetteerFixture.entities(whole, warm)
        #expect(first.count > 15)
        for _ in 0..<3 { #expect(try GazetteerFixture.entities(whole, warm) == first) }
        for sentence in sentences {
            let cold = try GazetteerFixture.stage(GazetteerMatchingTests.places)
            #expect(try GazetteerFixture.entities(sentence, warm) == GazetteerFixture.entities(sentence, cold), "\(sentence)")
        }
    }

    /// A word or number token records whether it is split into pieces; the same text as another kind of
    /// token (never split) must not share that entry, in either order.
    @Test func splitDecisionsAreKeptPerTokenKind() throws {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write("Timor-Leste\tGPE\tQ574\n", to: "list.tsv", in: folder)
        // Tokens of at most 12 units with 12 readable units from their start go through the cache.
        let text = DocumentText("Timor-Leste Timor-Leste, said the report.")
        let context = StageContext(baseDirectory: folder)
        func found(_ kinds: [TokenKind], _ gazetteer: Gazetteer) throws -> [Int] {
            let tokens = [Token(span: TextSpan(start: 0, end: 11), kind: kinds[0]), Token(span: TextSpan(start: 12, end: 23), kind: kinds[1])]
            let sentences = [Sentence(span: TextSpan(start: 0, end: 23), tokens: 0..<2)]
            return try gazetteer.entities(in: text, tokens: tokens, sentences: sentences).map(\.span.start)
        }
        for kinds in [[TokenKind.symbol, .word], [.word, .symbol], [.number, .symbol], [.symbol, .number]] {
            let gazetteer = try Gazetteer(lists: [GazetteerListOptions(path: "list.tsv")], context: context)
            let expected = try kinds.enumerated().flatMap { position, kind in
                try found([kind, kind], Gazetteer(lists: [GazetteerListOptions(path: "list.tsv")], context: context))
                    .filter { ($0 == 0) == (position == 0) }
            }
            #expect(expected.count == 1, "a word or number token is split into the name's pieces, another token is not")
            #expect(try found(kinds, gazetteer) == expected, "\(kinds)")
            #expect(try found(kinds, gazetteer) == expected, "\(kinds), warm")
        }
    }
}
