import SiftCore
import SiftText
import Testing

/// Ellipses, quotes and brackets, `?!`, numbers, URLs, emoticons and emoji.
@Suite struct SentencePunctuationTests {
    func sentences(_ text: String) throws -> [String] {
        try SentenceTestSupport.sentences(text)
    }

    @Test func ellipses() throws {
        #expect(try sentences("Wait... and see.") == ["Wait... and see."])
        #expect(try sentences("Wait... Then go.") == ["Wait...", "Then go."])
        #expect(try sentences("Wait… then go.") == ["Wait… then go."])
        #expect(try sentences("Wait… Then go.") == ["Wait…", "Then go."])
        #expect(try sentences("Well . . . Maybe.") == ["Well . . .", "Maybe."])
        // An ellipsis opening a sentence does not end it.
        #expect(try sentences("...Now comes the fun part.") == ["...Now comes the fun part."])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() throws {
        #expect(try sentences("He said \"Stop.\" Then he left.") == ["He said \"Stop.\"", "Then he left."])
        #expect(try sentences("He said “Stop.” Then he left.") == ["He said “Stop.”", "Then he left."])
        #expect(try sentences("He left (quickly.) Nobody saw it.") == ["He left (quickly.)", "Nobody saw it."])
        #expect(try sentences("It was over.' She smiled.") == ["It was over.'", "She smiled."])
        // A quoted exclamation before a lowercase word is part of the outer sentence.
        #expect(try sentences("\"Stop!\" he said. \"Why?\" she asked.") == ["\"Stop!\" he said.", "\"Why?\" she asked."])
        #expect(try sentences("He said: \"Go. Now.\" Then silence.") == ["He said: \"Go.", "Now.\"", "Then silence."])
    }

    @Test func questionAndExclamationRuns() throws {
        #expect(try sentences("Really?! Yes. No!!! Why?? Ok.") == ["Really?!", "Yes.", "No!!!", "Why??", "Ok."])
        #expect(try sentences("Is it open? because I need it") == ["Is it open?", "because I need it"])
        #expect(try sentences("What ? ! Fine.") == ["What ? !", "Fine."])
    }

    @Test func decimalsTimesAndNumbers() throws {
        #expect(try sentences("It costs 3.5 dollars at 10.30 today. It rose 2.5% by 10:30.")
            == ["It costs 3.5 dollars at 10.30 today.", "It rose 2.5% by 10:30."])
        #expect(try sentences("Version 1.2.3 is out. Get it.") == ["Version 1.2.3 is out.", "Get it."])
    }

    @Test func urlsAndEmailsAreNeverCut() throws {
        #expect(try sentences("See www.example.com. Next time. Mail jane.doe@example.org. Done.")
            == ["See www.example.com.", "Next time.", "Mail jane.doe@example.org.", "Done."])
        #expect(try sentences("Read https://example.com/a.b?c=d.e now.") == ["Read https://example.com/a.b?c=d.e now."])
    }

    @Test func emoticonsAndEmoji() throws {
        // After the end of a sentence: it belongs to that sentence.
        #expect(try sentences("I love her. :) She knows.") == ["I love her. :)", "She knows."])
        #expect(try sentences("Great! :P you should go.") == ["Great! :P", "you should go."])
        #expect(try sentences("We won! 🎉🎉 Next year again.") == ["We won! 🎉🎉", "Next year again."])
        // At the end of a clause: ends the sentence before a capital.
        #expect(try sentences("Thanks for the help :) See you soon.") == ["Thanks for the help :)", "See you soon."])
        #expect(try sentences("Nice weather 😀 Let us go.") == ["Nice weather 😀", "Let us go."])
        // Mid-sentence before lowercase: no boundary.
        #expect(try sentences("This is :) fine.") == ["This is :) fine."])
    }

    @Test func otherScriptsUseICUsTerminators() throws {
        #expect(try sentences("これはペンです。あれは本です。") == ["これはペンです。", "あれは本です。"])
        #expect(try sentences("यह एक वाक्य है। यह दूसरा है।") == ["यह एक वाक्य है।", "यह दूसरा है।"])
    }

    @Test func commasAndClosersNeverOpenASentence() throws {
        #expect(try sentences("It was over . , and done.") == ["It was over . , and done."])
    }
}
