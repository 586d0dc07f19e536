import SiftCore
import SiftText
import Testing

/// Clitics (with `split_clitics`), abbreviations and hyphenated prefixes.
@Suite struct TokenizeWordRulesTests {
    typealias T = TokenizeTestSupport

    @Test(arguments: [
        ("don't", ["do", "n't"]), ("can't", ["ca", "n't"]), ("won't", ["wo", "n't"]), ("I'm", ["I", "'m"]),
        ("it's", ["it", "'s"]), ("we'll", ["we", "'ll"]), ("they're", ["they", "'re"]), ("I've", ["I", "'ve"]),
        ("he'd", ["he", "'d"]), ("John's", ["John", "'s"]), ("DON'T", ["DO", "N'T"]),
        ("don’t", ["do", "n’t"]), ("can’t", ["ca", "n’t"]), ("it’s", ["it", "’s"]), ("we’ll", ["we", "’ll"]),
        ("gonna", ["gon", "na"]), ("wanna", ["wan", "na"]), ("gotta", ["got", "ta"]), ("cannot", ["can", "not"]),
        ("Cannot", ["Can", "not"]), ("dont", ["do", "nt"]), ("O'Neill", ["O'Neill"]), ("rock'n'roll", ["rock'n'roll"]),
    ])
    func clitics(_ word: String, _ parts: [String]) throws {
        #expect(try T.strings(word, splitClitics: true) == parts)
        #expect(try T.strings(word, splitClitics: false) == [word], "surface tokens keep \(word) whole")
    }

    @Test func cliticsInContext() throws {
        #expect(try T.strings("I can't, they're John's.", splitClitics: true) == ["I", "ca", "n't", ",", "they", "'re", "John", "'s", "."])
        #expect(try T.strings("the soldiers' home", splitClitics: true) == ["the", "soldiers", "'", "home"])
        #expect(try T.strings("the soldiers' home") == ["the", "soldiers'", "home"])
        #expect(try T.strings("he said 'the bosses' and left") == ["he", "said", "'", "the", "bosses", "'", "and", "left"])
    }

    @Test func runTogetherWords() throws {
        #expect(try T.strings("there are alot of them") == ["there", "are", "a", "lot", "of", "them"])
    }

    @Test func abbreviationsKeepTheirPeriod() throws {
        #expect(try T.strings("Mr. Smith and Dr. Jones of Acme Inc. met in the U.S. today.")
            == ["Mr.", "Smith", "and", "Dr.", "Jones", "of", "Acme", "Inc.", "met", "in", "the", "U.S.", "today", "."])
        #expect(try T.strings("Fruit, e.g. apples, i.e. food, at 9 a.m. sharp")
            == ["Fruit", ",", "e.g.", "apples", ",", "i.e.", "food", ",", "at", "9", "a.m.", "sharp"])
        #expect(try T.strings("By J. R. Tolkien and Sept. 5, vs. them, etc. and more")
            == ["By", "J.", "R.", "Tolkien", "and", "Sept.", "5", ",", "vs.", "them", ",", "etc.", "and", "more"])
    }

    @Test func sentenceFinalAbbreviations() throws {
        #expect(try T.strings("We met Acme Inc.") == ["We", "met", "Acme", "Inc", "."])
        #expect(try T.strings("Good job, Dr.\nNext line") == ["Good", "job", ",", "Dr", ".", "Next", "line"])
        #expect(try T.strings("Acme Inc.. Then") == ["Acme", "Inc.", ".", "Then"])
        #expect(try T.strings("apples, pears etc...") == ["apples", ",", "pears", "etc", "..."])
        #expect(try T.strings("I said no. 5 more") == ["I", "said", "no.", "5", "more"])
        #expect(try T.strings("I said no. Then") == ["I", "said", "no", ".", "Then"])
    }

    @Test func ordinaryWordsLoseTheirPeriod() throws {
        #expect(try T.strings("It is a cat. The end.") == ["It", "is", "a", "cat", ".", "The", "end", "."])
        #expect(try T.strings("at a.m. and at alt.animals.cat.") == ["at", "a.m.", "and", "at", "alt.animals.cat", "."])
        #expect(try T.strings("this is a list: a. first") == ["this", "is", "a", "list", ":", "a", ".", "first"])
    }

    @Test func hyphens() throws {
        #expect(try T.strings("an e-mail on non-profit re-election, a well-known self-made man")
            == ["an", "e-mail", "on", "non-profit", "re-election", ",", "a", "well", "-", "known", "self", "-", "made", "man"])
        #expect(try T.strings("b/c of w/o and w/ it") == ["b/c", "of", "w/o", "and", "w/", "it"])
    }
}
