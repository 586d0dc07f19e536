import SiftCore
import SiftText
import Testing

/// Blank lines, single line breaks (`line_breaks`), headings and list items.
@Suite struct SentenceLineBreakTests {
    @Test(arguments: ["auto", "split", "join"])
    func blankLinesAlwaysEndASentence(_ mode: String) throws {
        let text = "First paragraph without a period\n\nsecond one\r\n\r\nthird one\u{2029}Fourth one"
        #expect(try SentenceTestSupport.sentences(text, lineBreaks: mode)
            == ["First paragraph without a period", "second one", "third one", "Fourth one"])
        #expect(try SentenceTestSupport.sentences("Mr.\n\nSmith", lineBreaks: mode) == ["Mr.", "Smith"])
    }

    @Test func headingsAndListItemsAreSentences() throws {
        let text = "Ingredients\n- flour\n- sugar\n* eggs\n1) milk\nMix well. Bake it."
        #expect(try SentenceTestSupport.sentences(text, lineBreaks: "auto")
            == ["Ingredients", "- flour", "- sugar", "* eggs", "1) milk", "Mix well.", "Bake it."])
        #expect(try SentenceTestSupport.sentences("Breaking News\nThe market fell today.", lineBreaks: "auto")
            == ["Breaking News", "The market fell today."])
    }

    @Test func autoJoinsHardWrappedProse() throws {
        let text = "We write our mail with lines that are\nwrapped by the editor, and with the help of\nJohn Smith we fixed it. Then\nwe left."
        #expect(try SentenceTestSupport.sentences(text, lineBreaks: "auto")
            == ["We write our mail with lines that are\nwrapped by the editor, and with the help of\nJohn Smith we fixed it.", "Then\nwe left."])
    }

    @Test func autoKeepsShortCommaLinesApart() throws {
        #expect(try SentenceTestSupport.sentences("Dear John,\nThanks for the note.\nBest regards,\nMary", lineBreaks: "auto")
            == ["Dear John,", "Thanks for the note.", "Best regards,", "Mary"])
        let long = "The committee met on Tuesday and discussed the budget at length,\nThe next meeting is in May."
        #expect(try SentenceTestSupport.sentences(long, lineBreaks: "auto")
            == ["The committee met on Tuesday and discussed the budget at length,\nThe next meeting is in May."])
    }

    @Test func autoAtAbbreviationsAndPunctuation() throws {
        #expect(try SentenceTestSupport.sentences("He met Mr.\nSmith today.", lineBreaks: "auto") == ["He met Mr.\nSmith today."])
        #expect(try SentenceTestSupport.sentences("They live in the U.S.\nDebra wrote.", lineBreaks: "auto")
            == ["They live in the U.S.", "Debra wrote."])
        #expect(try SentenceTestSupport.sentences("Why?\nbecause.", lineBreaks: "auto") == ["Why?", "because."])
        #expect(try SentenceTestSupport.sentences("Call us.\n555-1234 is the number.", lineBreaks: "auto")
            == ["Call us.", "555-1234 is the number."])
    }

    @Test func splitEndsASentenceAtEveryLineBreak() throws {
        #expect(try SentenceTestSupport.sentences("one line\nanother line\r\nthird\u{2028}fourth", lineBreaks: "split")
            == ["one line", "another line", "third", "fourth"])
    }

    @Test func joinTreatsALineBreakAsASpace() throws {
        #expect(try SentenceTestSupport.sentences("Heading\nThe text goes on. And\nends here.", lineBreaks: "join")
            == ["Heading\nThe text goes on.", "And\nends here."])
        #expect(try SentenceTestSupport.sentences("Is it?\nYes it is.", lineBreaks: "join") == ["Is it?", "Yes it is."])
    }

    @Test func unknownModeIsASetupError() {
        #expect(throws: StageSetupError.self) { try SentenceTestSupport.stage(.init(lineBreaks: "sometimes")) }
    }
}
