import SiftCore
import Testing
@testable import SiftEntities

/// Linking later mentions to earlier ones, ids, and the entities already in the document.
@Suite struct NameLinkingTests {
    @Test func lastNameSharesTheFullMentionsId() throws {
        let text = "Foreign Minister Sergey Lavrov spoke. Lavrov has pushed for talks. Later, Lavrov’s aide left."
        let found = try NameHarness.entities(text)
        let document = DocumentText(text)
        #expect(found.map { document.substring($0.span) } == ["Sergey Lavrov", "Lavrov", "Lavrov"])
        #expect(found.allSatisfy { $0.id == "local:PERSON:sergey-lavrov" && $0.label == NameLabel.person })
        #expect(found.map(\.source) == ["names:title", "names:linked", "names:linked"])
    }

    @Test func firstAndLastNameOfALongName() throws {
        let text = "Foreign Minister Amir Khan Muttaqi arrived. Amir Muttaqi and Muttaqi smiled."
        let found = try NameHarness.entities(text)
        #expect(found.count == 3)
        #expect(Set(found.map(\.id)) == ["local:PERSON:amir-khan-muttaqi"])
    }

    @Test func sameWordsSameIdAndLabel() throws {
        let text = "Zorblat Quenk arrived in Xanadu. Officials in Xanadu waited for Minister Quenk."
        let found = try NameHarness.entities(text)
        let document = DocumentText(text)
        let xanadu = found.filter { document.substring($0.span) == "Xanadu" }
        #expect(xanadu.count == 2 && Set(xanadu.map(\.id)) == ["local:MISC:xanadu"])
        let quenk = found.filter { document.substring($0.span).contains("Quenk") }
        #expect(Set(quenk.map(\.label)) == [NameLabel.person], "the title makes Quenk a PERSON everywhere")
        #expect(Set(quenk.map(\.id)).count == 1)
    }

    @Test func idsAreStableAcrossRuns() throws {
        let text = "President Joe Biden met Supreme Court judges. Biden left."
        #expect(try NameHarness.entities(text) == NameHarness.entities(text))
        #expect(try NameHarness.entities(text).map(\.id) == ["local:PERSON:joe-biden", "local:ORG:supreme-court", "local:PERSON:joe-biden"])
    }

    @Test func listPersonLendsItsIdToItsLastName() throws {
        let text = "Vladimir Putin spoke. Later Putin left."
        let found = try NameHarness.entities(text, existing: [("Vladimir Putin", "PERSON")])
        #expect(found.map(\.id) == ["list:Vladimir Putin", "list:Vladimir Putin"])
        #expect(found.map(\.source) == ["test-list", "names:linked"])
    }

    @Test func aMiscSequenceAListNamesElsewhereIsThatEntity() throws {
        let text = "Officials in Turkey spoke. Turkey responded on Monday."
        let found = try NameHarness.entities(text, existing: [("Turkey", "GPE")])
        let document = DocumentText(text)
        let turkey = found.filter { document.substring($0.span) == "Turkey" }
        #expect(turkey.count == 2)
        #expect(turkey.allSatisfy { $0.label == "GPE" && $0.id == "list:Turkey" })
        #expect(turkey.map(\.source) == ["test-list", "names:linked"])
    }

    @Test func sharedLastNameGoesToTheNearestEarlierPerson() throws {
        let text = "President George Bush met. First Lady Laura Bush spoke. Then Bush left."
        let found = try NameHarness.entities(text)
        #expect(found.last?.id == "local:PERSON:laura-bush")
    }

    @Test func linkingCanBeTurnedOff() throws {
        let text = "Foreign Minister Sergey Lavrov spoke. Later, Lavrov left."
        let found = try NameHarness.labelled(text, options: .init(linkMentions: false))
        #expect(found == ["Sergey Lavrov|PERSON", "Lavrov|MISC"])
    }

    @Test func listEntitiesAreKeptAndNeverOverlapped() throws {
        let text = "Russian President Vladimir Putin visited Moscow and the Kremlin."
        let existing = [("Russian", "NORP"), ("Moscow", "GPE"), ("Kremlin", "ORG")]
        let found = try NameHarness.labelled(text, existing: existing)
        #expect(found == ["Russian|NORP", "Vladimir Putin|PERSON", "Moscow|GPE", "Kremlin|ORG"])
        let entities = try NameHarness.entities(text, existing: existing)
        for (left, right) in zip(entities, entities.dropFirst()) { #expect(left.span.end <= right.span.start) }
    }

    @Test func slugs() {
        #expect(MentionLinker.localID(label: "PERSON", text: "Sergey Lavrov") == "local:PERSON:sergey-lavrov")
        #expect(MentionLinker.localID(label: "ORG", text: "Google, Inc.") == "local:ORG:google-inc")
        #expect(MentionLinker.localID(label: "PERSON", text: "Muqtada al-Sadr") == "local:PERSON:muqtada-al-sadr")
        #expect(MentionLinker.localID(label: "MISC", text: "...") == "local:MISC:name")
    }
}
