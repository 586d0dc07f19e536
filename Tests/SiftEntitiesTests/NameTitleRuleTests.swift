import SiftCore
import Testing
@testable import SiftEntities

/// Titles and roles before capitalised names → PERSON (the title is not part of the name).
@Suite struct NameTitleRuleTests {
    @Test(arguments: [
        ("President Vladimir Putin spoke.", "Vladimir Putin"),
        ("He met Foreign Minister Amir Khan Muttaqi in Kabul.", "Amir Khan Muttaqi"),
        ("It was Russian envoy Dmitry Zhirnov who came.", "Dmitry Zhirnov"),
        ("Under former President Joe Biden, troops left.", "Joe Biden"),
        ("She said then-Secretary of State Hillary Clinton knew.", "Hillary Clinton"),
        ("Afghan Deputy Foreign Minister Sher Abbas Stanekzai agreed.", "Sher Abbas Stanekzai"),
        ("The talks with Mr. Smith ended.", "Smith"),
        ("A criminal defense lawyer Mr. Villega is here.", "Villega"),
        ("They called Secretary-General Antonio Guterres.", "Antonio Guterres"),
        ("We asked analyst Xyzzy Plugh about it.", "Xyzzy Plugh"),
        ("Cleric Muqtada al-Sadr spoke.", "Muqtada al-Sadr"),
        ("We read Putin’s speech, said spokesman Dmitry Peskov.", "Dmitry Peskov"),
    ])
    func titleIntroducesAPerson(text: String, name: String) throws {
        #expect(try NameHarness.texts(text, label: NameLabel.person).contains(name), "\(text)")
    }

    @Test func titleIsNotPartOfTheName() throws {
        let found = try NameHarness.labelled("President Vladimir Putin and Prime Minister Xyz Abc met.")
        #expect(found.contains("Vladimir Putin|PERSON"))
        #expect(found.contains("Xyz Abc|PERSON"))
        #expect(!found.contains { $0.hasPrefix("President") || $0.hasPrefix("Prime") })
    }

    @Test func possessiveEndsTheName() throws {
        let text = "It was President Xavier Quux’s decision."
        let found = try NameHarness.entities(text)
        let person = try #require(found.first { $0.label == NameLabel.person })
        #expect(DocumentText(text).substring(person.span) == "Xavier Quux")
    }

    @Test(arguments: [
        "Most major Russian cities were quiet.",
        "The general Russian consensus held.",
        "The Foreign Minister said nothing.",
        "He spoke to the President of Russia.",
        "A private Russian company bought it.",
    ])
    func noPersonWithoutATitleBeforeAName(text: String) throws {
        #expect(try NameHarness.texts(text, label: NameLabel.person).isEmpty, "\(text)")
    }

    @Test func lowercaseRoleBeforeCommonWordsIsNoPerson() throws {
        #expect(try NameHarness.texts("Ask the director Board Members today.", label: NameLabel.person).isEmpty)
    }

    @Test func titleWithANameOfAnOrganisationIsNoPerson() throws {
        let found = try NameHarness.labelled("Funds came from President Xylo Foundation.")
        #expect(!found.contains { $0.hasSuffix("|PERSON") })
    }

    @Test func matchesTitlePhrases() {
        let lexicon = NameLexicon.builtIn
        let words = ["secretary", "of", "state", "antony"]
        let length = lexicon.titles.longestMatch(from: 0, key: { $0 < words.count ? words[$0] : nil }, isCapitalised: { _ in true })
        #expect(length == 3)
        let general = ["general"]
        #expect(lexicon.titles.longestMatch(from: 0, key: { $0 < 1 ? general[$0] : nil }, isCapitalised: { _ in false }) == nil,
                "`General` as a title must be capitalised")
        #expect(lexicon.titles.longestMatch(from: 0, key: { $0 < 1 ? general[$0] : nil }, isCapitalised: { _ in true }) == 1)
    }
}
