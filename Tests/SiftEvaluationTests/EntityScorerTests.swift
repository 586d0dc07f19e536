import Foundation
import SiftCore
import Testing
@testable import SiftEvaluation

/// The entity gold loader, the label map and the scorer.
@Suite struct EntityScorerTests {
    static let record = #"{"doc_id": "d1", "text": "Putin met Biden in Geneva. 😀 Zürich", "entities": [[0, 5, "PER"], [10, 15, "PER"], [19, 25, "LOC"], [29, 35, "LOC"]], "sentences": [[0, 26]]}"#

    @Test func loadsGoldRecords() throws {
        let documents = try EntityGoldCorpus.parse(Array((Self.record + "\n\n").utf8))
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        #expect(document.id == "d1")
        #expect(document.entities.map { document.text(of: $0.span) } == ["Putin", "Biden", "Geneva", "Zürich"])
    }

    @Test(arguments: [
        #"{"text": "abc", "entities": [[0, 9, "PER"]]}"#,
        #"{"text": "abc", "entities": [[2, 1, "PER"]]}"#,
        #"{"text": "abc", "entities": [[0, 1]]}"#,
        #"{"text": "abc"}"#,
        #"{"entities": []}"#,
        #"[1, 2]"#,
        #"{"text": "abc", "#,
    ])
    func rejectsBadRecordsWithTheirLine(line: String) {
        do {
            _ = try EntityGoldCorpus.parse(Array(("\n" + line + "\n").utf8), path: "gold.jsonl")
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.line == 2 && error.path == "gold.jsonl")
        }
    }

    @Test func parsesLabelMaps() throws {
        let map = try EntityLabelMap(parsing: "PERSON=PER, GPE=LOC,LOC=LOC,ORG=ORG,FAC=LOC,NORP=-")
        #expect(map.map("PERSON") == "PER" && map.map("GPE") == "LOC" && map.map("FAC") == "LOC")
        #expect(map.map("NORP") == nil && map.map("MISC") == nil)
        #expect(map.mentions("NORP") && !map.mentions("MISC"))
        #expect(try EntityLabelMap(parsing: EntityLabelMap.universalNERArgument) == EntityLabelMap.universalNER)
        for bad in ["", "PERSON", "PERSON=", "=PER", "A=B,A=C"] {
            #expect(throws: EntityLabelMapError.self) { try EntityLabelMap(parsing: bad) }
        }
    }

    @Test func scoresExactSpansPerLabel() throws {
        let gold = try #require(EntityGoldCorpus.parse(Array(Self.record.utf8)).first)
        let predicted = [
            LabeledSpan(start: 0, end: 5, label: "PERSON"),  // right
            LabeledSpan(start: 10, end: 15, label: "GPE"),  // right span, wrong label
            LabeledSpan(start: 19, end: 24, label: "GPE"),  // wrong span
            LabeledSpan(start: 29, end: 35, label: "GPE"),  // right (GPE → LOC), after an emoji
            LabeledSpan(start: 10, end: 15, label: "NORP"),  // dropped by the map
            LabeledSpan(start: 0, end: 3, label: "MISC"),  // not in the map: dropped
        ]
        let report = EntityScorer(exampleLimit: 10).score(gold, predicted: predicted)
        #expect(report.labels["PER"] == SpanScore(truePositives: 1, predicted: 1, gold: 2))
        #expect(report.labels["LOC"] == SpanScore(truePositives: 1, predicted: 3, gold: 2))
        #expect(report.overall == SpanScore(truePositives: 2, predicted: 4, gold: 4))
        #expect(report.spans == SpanScore(truePositives: 3, predicted: 4, gold: 4))
        #expect(report.dropped == ["NORP": 1, "MISC": 1])
        #expect(report.falsePositives.map(\.text) == ["Biden", "Genev"])
        #expect(report.falseNegatives.map(\.text) == ["Biden", "Geneva"])
        #expect(report.table().contains("overall (micro)"))
        #expect(report.json.objectValue?["overall"]?.objectValue?["f1"]?.doubleValue == 0.5)
    }

    @Test func runsAPipelineAndCountsFailures() throws {
        let documents = try EntityGoldCorpus.parse(Array((Self.record + "\n" + #"{"doc_id": "d2", "text": "Oslo", "entities": [[0, 4, "LOC"]]}"#).utf8))
        let report = EntityScorer().score(documents) { text in
            guard text != "Oslo" else { throw StageError.invalidInput("boom") }
            var document = Document(text: text)
            document.setText(text)
            let documentText = try #require(document.text)
            let start = documentText.utf16Offset(codePoint: 29)
            document.layers[EntitiesLayer.self] = Entities([
                Entity(span: TextSpan(start: 0, end: 5), label: "PERSON", id: "p", source: "test"),
                Entity(span: TextSpan(start: start, end: start + 6), label: "GPE", id: "z", source: "test"),
            ])
            return document
        }
        #expect(report.documents == 2)
        #expect(report.failures.map(\.id) == ["d2"])
        #expect(report.overall == SpanScore(truePositives: 2, predicted: 2, gold: 5))
    }

    @Test func changedTextIsAFailure() throws {
        let documents = try EntityGoldCorpus.parse(Array(Self.record.utf8))
        let report = EntityScorer().score(documents) { _ in
            var document = Document(text: "other")
            document.setText("other")
            return document
        }
        #expect(report.failures.count == 1 && report.overall.gold == 4 && report.overall.truePositives == 0)
    }
}
