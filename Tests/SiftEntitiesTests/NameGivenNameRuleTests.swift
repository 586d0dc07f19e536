import SiftCore
import Testing
@testable import SiftEntities

/// Given names, sentence-initial words, MISC, acronyms and headings.
@Suite struct NameGivenNameRuleTests {
    @Test(arguments: [
        ("The vote was called by Joe Biden yesterday.", "Joe Biden"),
        ("Russia accepted Gul Hassan Hassan as its ambassador.", "Gul Hassan Hassan"),
        ("Contact J. Smith for details.", "J. Smith"),
        ("Yesterday Mark Twain was quoted.", "Mark Twain"),
        ("We met Vladimir, who smiled.", "Vladimir"),
        ("Send it to Jeffrey T Hodge today.", "Jeffrey T Hodge"),
        ("It came from Kelly Cloud, the manager.", "Kelly Cloud"),
    ])
    func givenNameStartsAPerson(text: String, name: String) throws {
        #expect(try NameHarness.texts(text, label: NameLabel.person).contains(name), "\(text)")
    }

    @Test func listsOfPeopleAreSplit() throws {
        let text = "Attendees: Pam Butler Renee Ratcliff Larry Lewis Tom Martin Scott Neal Phillip Allen today."
        let people = try NameHarness.texts(text, label: NameLabel.person)
        #expect(people == ["Pam Butler", "Renee Ratcliff", "Larry Lewis", "Tom Martin", "Scott Neal", "Phillip Allen"])
    }

    @Test func mayAfterAGivenNameIsASurname() throws {
        #expect(try NameHarness.texts("Prime Minister Theresa May spoke. Later Theresa May left in May.", label: NameLabel.person) == ["Theresa May", "Theresa May"])
        #expect(try NameHarness.texts("May is a month. We may go in May.", label: NameLabel.person).isEmpty)
    }

    @Test func trailingCommonWordsAreNoSurname() throws {
        #expect(try NameHarness.texts("Best regards, Debra Perlingiere Revised Article follows", label: NameLabel.person) == ["Debra Perlingiere"])
        #expect(try NameHarness.texts("Thanks, Vince Vince will call.", label: NameLabel.person).allSatisfy { $0 == "Vince" })
    }

    @Test(arguments: [
        "Will Russia recognise them?",
        "Grace was shown to all.",
        "HOPE VI was funded.",
        "In August the talks resumed.",
    ])
    func ambiguousGivenNamesAloneAreNoPerson(text: String) throws {
        #expect(try NameHarness.texts(text, label: NameLabel.person).isEmpty, "\(text)")
    }

    @Test func singleGivenNamesOption() throws {
        #expect(try NameHarness.texts("Thanks, Tina.", label: NameLabel.person) == ["Tina"])
        #expect(try NameHarness.texts("Thanks, Tina.", label: NameLabel.person, options: .init(singleGivenNames: false)).isEmpty)
    }

    @Test(arguments: [
        "Nonetheless, the talks went on.",
        "Critics argue it could fail.",
        "However the group waited.",
        "Meanwhile nothing happened.",
        "They’ve broken the wall.",
        "On Monday in January at 5 PM nothing happened.",
    ])
    func sentenceInitialAndOrdinaryWordsAreNoNames(text: String) throws {
        #expect(try NameHarness.entities(text).isEmpty, "\(text)")
    }

    @Test func otherCapitalisedNamesAreMisc() throws {
        #expect(try NameHarness.labelled("They flew to Kabul and then to Xanadu.") == ["Kabul|MISC", "Xanadu|MISC"])
        #expect(try NameHarness.labelled("They flew to Kabul.", options: .init(misc: "drop")).isEmpty)
    }

    @Test func acronymsFollowTheOption() throws {
        let text = "The agency TASS reported it, LOL."
        #expect(try NameHarness.labelled(text) == ["TASS|ORG"])
        #expect(try NameHarness.labelled(text, options: .init(acronyms: "misc")) == ["TASS|MISC"])
        #expect(try NameHarness.labelled(text, options: .init(acronyms: "drop")).isEmpty)
    }

    @Test(arguments: [
        "Russia Grants Recognition to Taliban Government of Afghanistan",
        "Russia Officially Recognises Taliban Rule In Afghanistan, Marking Global First.",
        "TOP CATEGORIES",
        "WHO WANTS TO HELP MILLIONS FOR FREE",
    ])
    func headingsYieldNoJunk(heading: String) throws {
        let found = try NameHarness.labelled(heading + "\n\nThe talks went on.")
        #expect(found.isEmpty, "\(heading): \(found)")
    }

    @Test func namesOfTheBodyAreFoundInHeadings() throws {
        let text = "Putin Grants Recognition to New Government\n\nPresident Vladimir Putin signed it."
        let found = try NameHarness.entities(text)
        let document = DocumentText(text)
        #expect(found.map { document.substring($0.span) } == ["Putin", "Vladimir Putin"])
        #expect(Set(found.map(\.id)) == ["local:PERSON:vladimir-putin"])
    }

    @Test func sentenceWithManyNamesIsNoHeading() throws {
        let found = try NameHarness.texts("Vladimir Putin met Xi Jinping in Beijing.", label: NameLabel.person)
        #expect(found == ["Vladimir Putin", "Xi Jinping"])
    }
}
