import SiftCore
import SiftText
import Testing

/// Periods after abbreviations, initials and list markers.
@Suite struct SentenceAbbreviationTests {
    func sentences(_ text: String, _ options: SentenceStage.Options = .init()) throws -> [String] {
        try SentenceTestSupport.sentences(text, options: options)
    }

    @Test(arguments: [
        "Mr. Smith met Mrs. Jones and Dr. Brown.",
        "Gen. Lee and Sen. Warren spoke with Gov. Abbott and Rep. Pelosi.",
        "Prof. Higgs and Lt. Col. North arrived.",
        "The Rev. Martin Luther King Jr. spoke.",
    ])
    func titlesNeverEndASentence(_ text: String) throws {
        #expect(try sentences(text) == [text])
    }

    @Test func ambiguousAbbreviationsEndASentenceOnlyBeforeAnOpener() throws {
        #expect(try sentences("He joined the U.S. Army in 1990.") == ["He joined the U.S. Army in 1990."])
        #expect(try sentences("He moved to the U.S. He likes it.") == ["He moved to the U.S.", "He likes it."])
        #expect(try sentences("Shares of Apple Inc. The company said so.") == ["Shares of Apple Inc.", "The company said so."])
        #expect(try sentences("Apple Inc. said so.") == ["Apple Inc. said so."])
        #expect(try sentences("Apples, pears, etc. But not plums.") == ["Apples, pears, etc.", "But not plums."])
        #expect(try sentences("Apples, pears, etc. and plums.") == ["Apples, pears, etc. and plums."])
    }

    @Test func timesMidAndEndOfSentence() throws {
        #expect(try sentences("We met at 5 p.m. Tuesday in the lobby.") == ["We met at 5 p.m. Tuesday in the lobby."])
        #expect(try sentences("We met at 5 p.m. Then we left.") == ["We met at 5 p.m.", "Then we left."])
        #expect(try sentences("It starts at 9 a.m. and ends late.") == ["It starts at 9 a.m. and ends late."])
    }

    @Test func monthsAndNumbers() throws {
        #expect(try sentences("It happened on Jan. 5 in Ohio.") == ["It happened on Jan. 5 in Ohio."])
        #expect(try sentences("See No. 5 and Fig. 3 on p. 12 and pp. 14-16.") == ["See No. 5 and Fig. 3 on p. 12 and pp. 14-16."])
        #expect(try sentences("He said no. The end.") == ["He said no.", "The end."])
        #expect(try sentences("Vol. 2 is out. It sold well.") == ["Vol. 2 is out.", "It sold well."])
    }

    @Test func innerAbbreviations() throws {
        #expect(try sentences("Fruit, e.g. Apples, is good.") == ["Fruit, e.g. Apples, is good."])
        #expect(try sentences("Roe v. Wade and Ali vs. Frazier made history.") == ["Roe v. Wade and Ali vs. Frazier made history."])
    }

    @Test func initials() throws {
        #expect(try sentences("J. R. R. Tolkien wrote it. George W. Bush read it.")
            == ["J. R. R. Tolkien wrote it.", "George W. Bush read it."])
        #expect(try sentences("Jennifer M. Anderson and J. A. Smith won.") == ["Jennifer M. Anderson and J. A. Smith won."])
        #expect(try sentences("It ended with World War I. He came home.") == ["It ended with World War I.", "He came home."])
    }

    @Test func ordinaryWordsEndASentence() throws {
        #expect(try sentences("She left. He stayed.") == ["She left.", "He stayed."])
        // Web text often does not capitalise: a period after an ordinary word still ends the sentence.
        #expect(try sentences("it was late. i went home.") == ["it was late.", "i went home."])
        #expect(try sentences("The year was 2004. 2005 was better.") == ["The year was 2004.", "2005 was better."])
        #expect(try sentences("It is at S. 10th Street.") == ["It is at S. 10th Street."])
    }

    @Test func listMarkersAtTheStartOfASentence() throws {
        #expect(try sentences("1. Introduction\n2. Methods") == ["1. Introduction", "2. Methods"])
        #expect(try sentences("a. Apples\nb. Pears\nc) Plums") == ["a. Apples", "b. Pears", "c) Plums"])
        #expect(try sentences("iv. Results are good.") == ["iv. Results are good."])
    }

    @Test func extraAbbreviations() throws {
        let plain = SentenceStage.Options(builtinAbbreviations: false)
        #expect(try sentences("Gov. Brown spoke.", plain) == ["Gov.", "Brown spoke."])
        let extra = SentenceStage.Options(extraAbbreviations: ["Gov.", "Supt"], builtinAbbreviations: false)
        #expect(try sentences("Gov. Brown met Supt. Jones. He left.", extra) == ["Gov. Brown met Supt. Jones.", "He left."])
        // Capitalised entries match only capitalised words.
        #expect(try sentences("We saw the gov. Brown was there.", extra) == ["We saw the gov.", "Brown was there."])
    }

    @Test func unusableExtraAbbreviationsAreSetupErrors() {
        for bad in ["", ".", "Straße.", "a b", "toolongabbreviation."] {
            #expect(throws: StageSetupError.self, "\(bad)") {
                try SentenceTestSupport.stage(.init(extraAbbreviations: [bad]))
            }
        }
    }

    @Test func rulesReadTheTextNotTheTokenization() throws {
        // "U.S." split into "U", ".", "S", "." still reads as an abbreviation.
        let text = "He joined the U.S. Army. He moved to the U.S. He likes it."
        let tokens = SentenceTestSupport.naiveTokens(text)
        let result = try SentenceTestSupport.stage().sentences(Array(text.utf16), tokens: tokens)
        SentenceTestSupport.checkInvariants(result, tokens: tokens)
        let documentText = DocumentText(text)
        #expect(result.map { documentText.substring($0.span) } == ["He joined the U.S. Army.", "He moved to the U.S.", "He likes it."])
    }
}
