import Foundation
import SiftCore
import SiftHTML
import SiftJSON
import SiftText
import Testing
@testable import SiftEntities

/// The whole entity pipeline as a user runs it: cleanup → tokenize → sentences → [gazetteer with the
/// default lists of `Config/gazetteers`] → names; and the shared corpora (`../shared/corpora`).
enum NameCorpus {
    /// The package root (symbolic links resolved, so scratch copies find the real checkout).
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")

    /// The default gazetteer lists with their priorities (higher wins when two lists match the same words).
    static let gazetteerLists: [(file: String, priority: Int)] = [
        ("countries.tsv", 3), ("demonyms.tsv", 2), ("organisations.tsv", 2), ("news-agencies.tsv", 2),
        ("regions.tsv", 1), ("cities.tsv", 0),
    ]

    /// The stages after cleanup, tokenize and sentences: the gazetteer (when `gazetteer`) and names.
    static func entityStages(gazetteer: Bool, names: NameRulesStage.Options = .init()) throws -> [any Stage] {
        var stages: [any Stage] = []
        if gazetteer {
            let folder = root.appendingPathComponent("Config/gazetteers").path
            let lists: [JSONValue] = gazetteerLists.map {
                ["path": .string(folder + "/" + $0.file), "priority": .integer($0.priority), "stoplist": .string(folder + "/stoplist.txt")]
            }
            let options = try JSONValueDecoder().decode(GazetteerStage.Options.self, from: ["lists": .array(lists)], at: .root).value
            stages.append(try GazetteerStage(options: options, context: StageContext(baseDirectory: "")))
        }
        stages.append(try NameRulesStage(options: names, context: StageContext(baseDirectory: "")))
        return stages
    }

    static let cleanup = try! HTMLCleanupStage()
    static let tokenize = try! TokenizeStage()
    static let sentences = try! SentenceStage()

    /// Runs the pipeline on plain text.
    static func run(_ text: String, stages: [any Stage]) throws -> Document {
        var document = Document(id: "doc", text: text)
        try cleanup.process(&document)
        try tokenize.process(&document)
        try sentences.process(&document)
        for stage in stages { try stage.process(&document) }
        return document
    }

    /// Exact span + label scores against a gold file of `{text, entities: [[s, e, label]]}` (code points),
    /// predicted labels mapped to UNER's (PERSON → PER; GPE, LOC, FAC → LOC; ORG → ORG; others dropped).
    static func score(gold path: URL, stages: [any Stage]) throws -> [String: (tp: Int, predicted: Int, gold: Int)] {
        let map = ["PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"]
        var counts: [String: (tp: Int, predicted: Int, gold: Int)] = [:]
        let data = try Data(contentsOf: path)
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            let record = try JSONParser().parse(Array(line))
            let text = try #require(record.objectValue?["text"]?.stringValue)
            var gold = Set<String>()
            for item in record.objectValue?["entities"]?.arrayValue ?? [] {
                let triple = item.arrayValue ?? []
                gold.insert("\(triple[0].intValue ?? -1):\(triple[1].intValue ?? -1):\(triple[2].stringValue ?? "")")
            }
            let document = try run(text, stages: stages)
            let documentText = try #require(document.text)
            #expect(documentText.string == text, "cleanup changed a gold text")
            var predicted = Set<String>()
            for entity in document.layers[EntitiesLayer.self]?.items ?? [] {
                guard let label = map[entity.label] else { continue }
                predicted.insert("\(documentText.codePointOffset(entity.span.start)):\(documentText.codePointOffset(entity.span.end)):\(label)")
            }
            for key in gold.union(predicted) {
                let label = String(key.split(separator: ":").last ?? "")
                for name in [label, "all"] {
                    var entry = counts[name] ?? (0, 0, 0)
                    if gold.contains(key) && predicted.contains(key) { entry.tp += 1 }
                    if predicted.contains(key) { entry.predicted += 1 }
                    if gold.contains(key) { entry.gold += 1 }
                    counts[name] = entry
                }
            }
        }
        return counts
    }

    static func f1(_ count: (tp: Int, predicted: Int, gold: Int)?) -> Double {
        guard let count, count.predicted > 0, count.gold > 0, count.tp > 0 else { return 0 }
        let precision = Double(count.tp) / Double(count.predicted)
        let recall = Double(count.tp) / Double(count.gold)
        return 2 * precision * recall / (precision + recall)
    }
}

/// Entity F1 on Universal NER English-EWT dev, with floors measured when the test was written.
///
/// The same figures come from the CLI: `pipeline eval entities --gold ../shared/corpora/dev/uner-ewt/dev.jsonl`
/// (names alone) and `--config` with a pipeline holding the gazetteer (see the README).
@Suite struct NameCorpusTests {
    static let uner = NameCorpus.corpora.appendingPathComponent("dev/uner-ewt/dev.jsonl")

    static func report(_ title: String, _ counts: [String: (tp: Int, predicted: Int, gold: Int)]) {
        var lines = [title]
        for label in ["PER", "ORG", "LOC", "all"] {
            let count = counts[label] ?? (0, 0, 0)
            lines.append("  \(label): F1 \(NameCorpus.f1(count)) (tp \(count.tp), predicted \(count.predicted), gold \(count.gold))")
        }
        print(lines.joined(separator: "\n"))
    }

    // Measured (debug build, 2026-11-23): names alone PER 0.656, ORG 0.369, LOC 0.121, all 0.415;
    // gazetteer + names PER 0.659, ORG 0.466, LOC 0.662, all 0.614. Floors leave room for list changes.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: uner.path)))
    func namesAloneOnUNERDev() throws {
        let counts = try NameCorpus.score(gold: Self.uner, stages: NameCorpus.entityStages(gazetteer: false))
        Self.report("UNER EWT dev, names alone", counts)
        #expect(NameCorpus.f1(counts["PER"]) >= 0.62)
        #expect(NameCorpus.f1(counts["all"]) >= 0.39)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: uner.path)))
    func gazetteerAndNamesOnUNERDev() throws {
        let counts = try NameCorpus.score(gold: Self.uner, stages: NameCorpus.entityStages(gazetteer: true))
        Self.report("UNER EWT dev, gazetteer + names", counts)
        #expect(NameCorpus.f1(counts["PER"]) >= 0.62)
        #expect(NameCorpus.f1(counts["ORG"]) >= 0.42)
        #expect(NameCorpus.f1(counts["LOC"]) >= 0.60)
        #expect(NameCorpus.f1(counts["all"]) >= 0.58)
    }
}
