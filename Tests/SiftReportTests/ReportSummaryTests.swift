import Testing
@testable import SiftReport

@Suite struct ReportSummaryTests {
    private func documents() -> [ReportRecord] {
        let lines = [
            ReportFixtures.record(
                id: "1", text: "Vladimir Putin met Lavrov in Moscow. Putin spoke.",
                entities: [(0, 14, "PERSON", "p:putin"), (19, 25, "PERSON", "p:lavrov"), (29, 35, "GPE", "g:moscow"), (37, 42, "PERSON", "p:putin")],
                sentences: [(0, 36, 0.5), (37, 49, -0.2)],
                stance: ReportFixtures.stance(target: "deal", document: "favor",
                                              holders: [("Putin", "p:putin", "favor", 0, []), ("Some analysts", nil, "against", 1, [])]),
                documentSentiment: 0.3),
            ReportFixtures.error(id: "2", message: "unreadable"),
            ReportFixtures.record(
                id: "3", text: "Sergey Lavrov in Moscow.", entities: [(0, 13, "PERSON", "p:lavrov"), (17, 23, "GPE", "g:moscow")],
                sentences: [(0, 24, 0.0)],
                stance: ReportFixtures.stance(target: "deal", document: "none",
                                              holders: [("Foreign Minister Sergey Lavrov", "p:lavrov", "none", 0, []), ("some  Analysts", nil, "favor", 0, [])]),
                documentSentiment: 0.0),
            "oops",
        ]
        return lines.enumerated().map { ReportRecord.parse(line: Array($0.element.utf8), number: $0.offset + 1) }
    }

    @Test func countsDocumentsAndFailures() {
        var summary = ReportSummary()
        for (index, record) in documents().enumerated() { summary.add(record, number: index + 1) }
        #expect(summary.records == 4)
        #expect(summary.succeeded == 2)
        #expect(summary.failedDocuments == 1)
        #expect(summary.unreadableLines == 1)
        #expect(summary.sentences == 3)
        #expect(summary.failureCodes == ["input: read_error": 1, "report: invalid_json": 1])
        #expect(summary.points.map(\.compound) == [0.3, nil, 0.0, nil])
        #expect(summary.points.map(\.failed) == [false, true, false, true])
        #expect(summary.sentimentCounts == (positive: 1, neutral: 1, negative: 0))
    }

    @Test func entityFrequencyPerLabelWithDocumentCounts() {
        var summary = ReportSummary()
        for (index, record) in documents().enumerated() { summary.add(record, number: index + 1) }
        let tally = summary.entities
        #expect(tally.mentions == 6)
        #expect(tally.labels == ["PERSON", "GPE"])
        let people = tally.top(label: "PERSON", limit: 10)
        #expect(people.map(\.id) == ["p:lavrov", "p:putin"], "2 mentions in 2 documents before 2 mentions in 1")
        #expect(people.map(\.mentions) == [2, 2])
        #expect(people.map(\.documents) == [2, 1])
        #expect(people.map(\.name) == ["Sergey Lavrov", "Vladimir Putin"], "the longest mention names the entity")
        #expect(people.map(\.firstDocument) == [1, 1])
        #expect(tally.top(label: "GPE", limit: 10).map(\.documents) == [2])
        #expect(tally.top(label: "PERSON", limit: 1).count == 1)
        #expect(tally.distinctCount(label: "PERSON") == 2)
    }

    @Test func stanceMatrixRowsCellsAndAnchors() throws {
        var summary = ReportSummary()
        for (index, record) in documents().enumerated() { summary.add(record, number: index + 1) }
        let target = try #require(summary.stance.targets.first)
        #expect(summary.stance.targets.count == 1)
        #expect(target.name == "deal")
        #expect(target.documents == [1, 3])
        #expect(target.framing.cells.map(\.document) == [1], "a document without a stance and without evidence is no cell")
        let rows = target.sortedHolders
        #expect(rows.map(\.name) == ["Some analysts", "Sergey Lavrov", "Vladimir Putin"], "by documents, then by name")
        #expect(rows.map(\.documentCount) == [2, 1, 1])
        let analysts = rows[0]
        #expect(analysts.entityID == nil)
        #expect(analysts.cells.map(\.label) == [.against, .favor])
        #expect(analysts.cells.map(\.anchor) == [2, 2], "document 1: own 0, Putin 1, analysts 2; document 3: own 0, Lavrov 1, analysts 2")
        #expect(analysts.count(.favor) == 1)
        #expect(rows[1].cells.first?.label == ReportStance.Label.none)
        #expect(rows[1].name == "Sergey Lavrov", "named by the entity's longest mention, not the holder text")
    }
}
