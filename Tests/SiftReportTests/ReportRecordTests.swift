import SiftJSON
import Testing
@testable import SiftReport

@Suite struct ReportRecordTests {
    @Test func readsAResultRecord() throws {
        let line = ReportFixtures.record(
            id: "a.txt", text: "Sergey Lavrov met Lavrov.", title: "Talks",
            entities: [(0, 13, "PERSON", "p:lavrov"), (18, 24, "PERSON", "p:lavrov")], sentences: [(0, 25, 0.4)],
            stance: ReportFixtures.stance(target: "talks", document: "favor", holders: [("Lavrov", "p:lavrov", "favor", 0, [("met", 14, 17, 0.6)])]),
            documentSentiment: 0.4)
        guard case .document(let document) = ReportRecord.parse(line: Array(line.utf8), number: 1) else {
            Issue.record("expected a document")
            return
        }
        #expect(document.id == "a.txt")
        #expect(document.title == "Talks")
        #expect(document.source.map(\.key) == ["path"])
        #expect(document.entities.map(\.text) == ["Sergey Lavrov", "Lavrov"])
        #expect(document.sentences == [ReportDocument.Sentence(start: 0, end: 25, compound: 0.4)])
        #expect(document.sentiment == 0.4)
        #expect(document.stance.first?.holders.first?.evidence.first?.cues.first?.text == "met")
        #expect(document.holderName(try #require(document.stance.first?.holders.first?.holder)) == "Sergey Lavrov")
        #expect(document.stanceEntries.map(\.anchor) == [0, 1])
    }

    @Test func readsAnErrorRecord() {
        let line = ReportFixtures.error(id: "b.html", stage: "cleanup.html.v1", code: "limit_exceeded", message: "too deep")
        #expect(ReportRecord.parse(line: Array(line.utf8), number: 7)
            == .failure(ReportFailure(id: "b.html", line: 7, stage: "cleanup.html.v1", code: "limit_exceeded", message: "too deep", source: [("path", "in/b.html")])))
    }

    @Test(arguments: [
        ("{not json}", "invalid_json", "line 3 is not valid JSON (column 2"),
        ("[1, 2]", "not_a_record", "line 3 holds an array, not a Sift record"),
        ("{\"text\": \"no id\"}", "not_a_record", "line 3 is a JSON object without an 'id'"),
    ])
    func unreadableLinesBecomeFailures(line: String, code: String, message: String) {
        guard case .failure(let failure) = ReportRecord.parse(line: Array(line.utf8), number: 3) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.code == code)
        #expect(failure.message.hasPrefix(message), "\(failure.message)")
        #expect(failure.isUnreadableLine)
        #expect(failure.line == 3)
    }

    @Test func toleratesMissingAndOddFields() {
        let line = #"{"id": 12, "metadata": {"authors": "A. Writer", "section": {"x": 1}}, "entities": [{"start": 0}, {"start": 0, "end": 2}], "stance": {"targets": [{"target": "t"}]}}"#
        guard case .document(let document) = ReportRecord.parse(line: Array(line.utf8), number: 1) else {
            Issue.record("expected a document")
            return
        }
        #expect(document.id == "12")
        #expect(document.text == nil)
        #expect(document.authors == ["A. Writer"])
        #expect(document.otherMetadata.map(\.value) == [#"{"x":1}"#])
        #expect(document.entities.count == 1)
        #expect(document.stance.first?.document.label == ReportStance.Label.none)
        #expect(document.displayTitle == "12")
    }

    @Test func titleFallsBackToTheFirstLine() {
        let document = ReportDocument(id: "x", text: "\n\n  Headline here  \nBody.")
        #expect(document.displayTitle == "Headline here")
    }
}
