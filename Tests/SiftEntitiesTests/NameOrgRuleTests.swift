import SiftCore
import Testing
@testable import SiftEntities

/// Head words, `of` complements, `the X of Y`, company suffixes, and how they treat list entities.
@Suite struct NameOrgRuleTests {
    @Test(arguments: [
        ("The Russian Foreign Ministry stated it.", "Russian Foreign Ministry|ORG"),
        ("In April, Russia’s Supreme Court lifted the ban.", "Supreme Court|ORG"),
        ("Russia’s State Duma passed a law.", "State Duma|ORG"),
        ("He worked at Enron Corp. for years.", "Enron Corp.|ORG"),
        ("A statement by the Ministry of Foreign Affairs followed.", "Ministry of Foreign Affairs|ORG"),
        ("They praised the Islamic Emirate of Afghanistan for it.", "Islamic Emirate of Afghanistan|ORG"),
        ("A complaint to the Department of Housing and Urban Development was filed.", "Department of Housing and Urban Development|ORG"),
        ("Later Congress voted.", "Congress|ORG"),
        ("We sailed across the Gulf of Mexico.", "Gulf of Mexico|LOC"),
        ("They live in San Francisco now.", "San Francisco|GPE"),
        ("They crossed Tower Bridge at dawn.", "Tower Bridge|FAC"),
        ("The Republic of Korea agreed.", "Republic of Korea|GPE"),
        ("Hurricane Katrina hit the coast.", "Hurricane Katrina|EVENT"),
        ("My income came from Google, Inc. last year.", "Google, Inc.|ORG"),
    ])
    func headWordsName(text: String, expected: String) throws {
        #expect(try NameHarness.labelled(text).contains(expected), "\(text)")
    }

    @Test(arguments: [
        "The ministry said the court agreed.",
        "Court was adjourned.",
        "The Foreign Minister spoke.",
        "Supreme efforts were made.",
    ])
    func noOrganisationWithoutACapitalisedName(text: String) throws {
        let found = try NameHarness.labelled(text)
        #expect(!found.contains { $0.hasSuffix("|ORG") }, "\(text): \(found)")
    }

    @Test func orgSwallowsAListAdjectiveBeforeIt() throws {
        let found = try NameHarness.labelled("The Russian Foreign Ministry agreed.", existing: [("Russian", "NORP")])
        #expect(found == ["Russian Foreign Ministry|ORG"])
        let kept = try NameHarness.labelled(
            "The Russian Foreign Ministry agreed.", existing: [("Russian", "NORP")], options: .init(absorbModifiers: false))
        #expect(kept == ["Russian|NORP", "Foreign Ministry|ORG"])
    }

    @Test func possessiveListEntityIsNotSwallowed() throws {
        let found = try NameHarness.labelled("Russia’s Supreme Court ruled.", existing: [("Russia", "GPE")])
        #expect(found == ["Russia|GPE", "Supreme Court|ORG"])
    }

    @Test func ofComplementSwallowsAListPlace() throws {
        let found = try NameHarness.labelled("Rates at the Bank of England rose.", existing: [("England", "GPE")])
        #expect(found == ["Bank of England|ORG"])
        let entity = try #require(try NameHarness.entities("Rates at the Bank of England rose.", existing: [("England", "GPE")]).first)
        #expect(entity.id == "local:ORG:bank-of-england" && entity.source == "names:head")
    }

    @Test func listOrganisationsAreNotSwallowed() throws {
        let found = try NameHarness.labelled("Reuters News Service reported.", existing: [("Reuters", "ORG")])
        #expect(found.first == "Reuters|ORG")
    }

    @Test func titleInsideOfPhraseIsNoOrganisation() throws {
        let found = try NameHarness.labelled("We met the President of Russia.", existing: [("Russia", "GPE")])
        #expect(found == ["Russia|GPE"])
    }
}
