import SiftCore
import SiftText
import Testing

/// URLs, e-mail addresses, tags, numbers, dates and times stay single tokens.
@Suite struct TokenizeWebTextTests {
    typealias T = TokenizeTestSupport

    @Test(arguments: [
        ("Go to https://example.com/a/b?x=1&y=2#top now", "https://example.com/a/b?x=1&y=2#top"),
        ("Visit http://www.bbc.co.uk/news.", "http://www.bbc.co.uk/news"),
        ("See www.example.org, then leave", "www.example.org"),
        ("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("(see https://example.com/x)", "https://example.com/x"),
        ("Is it http://example.com/?", "http://example.com/"),
        ("\"http://example.com/q\"", "http://example.com/q"),
        ("ftp://files.example.com/pub; then", "ftp://files.example.com/pub"),
    ])
    func urls(_ text: String, _ url: String) throws {
        let tokens = try T.tokens(text)
        let match = tokens.first { $0.text == url }
        #expect(match?.kind == .url, "\(tokens.map(\.text))")
    }

    @Test func urlTrailingPunctuationIsSeparate() throws {
        #expect(try T.strings("Read http://example.com/page.") == ["Read", "http://example.com/page", "."])
        #expect(try T.strings("at http://a.com/x, http://b.org/y!") == ["at", "http://a.com/x", ",", "http://b.org/y", "!"])
    }

    @Test func bareDomainsAreURLs() throws {
        #expect(try T.kind(of: "example.com", in: "I use example.com daily") == .url)
        #expect(try T.kind(of: "e.g.", in: "e.g. this") == .word)
    }

    @Test func emails() throws {
        #expect(try T.strings("Mail jane.doe+news@mail.example.co.uk.") == ["Mail", "jane.doe+news@mail.example.co.uk", "."])
        #expect(try T.kind(of: "john-smith@example.com", in: "to john-smith@example.com today") == .email)
        #expect(try T.kind(of: "Warner@ENRON", in: "cc: Warner@ENRON") == .email)
        #expect(try T.strings("a@ b") == ["a", "@", "b"])
    }

    @Test func hashtagsAndHandles() throws {
        let tokens = try T.tokens("Loving #SwiftLang and #café_2024 with @sift_dev, @example.com. C# #1")
        #expect(tokens.map(\.text) == ["Loving", "#SwiftLang", "and", "#café_2024", "with", "@sift_dev", ",", "@example.com", ".", "C", "#", "#", "1"])
        #expect(tokens.filter { $0.kind == .tag }.count == 4)
    }

    @Test func numbers() throws {
        let tokens = try T.tokens("It costs $1,000.50 or 3.14 or 1,000,000 units")
        #expect(tokens.map(\.text) == ["It", "costs", "$", "1,000.50", "or", "3.14", "or", "1,000,000", "units"])
        #expect(tokens[1...].first { $0.text == "1,000.50" }?.kind == .number)
        #expect(tokens[2].kind == .symbol)
        #expect(try T.strings("call +1 212-848-8400 or 555-1234") == ["call", "+1", "212-848-8400", "or", "555-1234"])
        #expect(try T.strings("a 15-year plan, pages 13-17") == ["a", "15", "-", "year", "plan", ",", "pages", "13", "-", "17"])
    }

    @Test func numbersWithUnits() throws {
        #expect(try T.strings("a 375mm lens at 10am, the 4th in the 1990s") == ["a", "375", "mm", "lens", "at", "10", "am", ",", "the", "4th", "in", "the", "1990s"])
        #expect(try T.strings("the 80's and 90’s") == ["the", "80's", "and", "90’s"])
    }

    @Test func datesAndTimes() throws {
        #expect(try T.strings("On 2021-08-15 at 10:30.") == ["On", "2021-08-15", "at", "10:30", "."])
        #expect(try T.strings("On 15/08/2021 and 9/30/01, 24/7") == ["On", "15/08/2021", "and", "9/30/01", ",", "24", "/", "7"])
        #expect(try T.strings("at 03:14:14 or 10:30pm") == ["at", "03:14:14", "or", "10:30", "pm"])
        #expect(try T.kind(of: "2021-08-15", in: "On 2021-08-15") == .number)
        #expect(try T.strings("ratio 1:2") == ["ratio", "1", ":", "2"])
    }

    @Test func punctuationRunsAndEmoticons() throws {
        #expect(try T.strings("Wait... what?! No -- never!!!") == ["Wait", "...", "what", "?!", "No", "--", "never", "!!!"])
        #expect(try T.strings("Nice :) and :-( or ;) ok") == ["Nice", ":)", "and", ":-(", "or", ";)", "ok"])
        #expect(try T.kind(of: ":)", in: "Nice :)") == .emoji)
        #expect(try T.strings("Note: this") == ["Note", ":", "this"])
        #expect(try T.strings("\"Hi,\" she said (quietly).") == ["\"", "Hi", ",", "\"", "she", "said", "(", "quietly", ")", "."])
    }

    @Test func kinds() throws {
        let tokens = try T.tokens("Hi, 42 € + x")
        #expect(tokens.map(\.kind) == [.word, .punctuation, .number, .symbol, .symbol, .word])
    }
}
