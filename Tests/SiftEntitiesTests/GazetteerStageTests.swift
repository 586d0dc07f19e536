import Foundation
import SiftCore
import SiftEntities
import SiftJSON
import Synchronization
import Testing

/// The stage contract: options and their docs, list-object validation, priorities between lists,
/// merging into an existing layer, bad layers, and concurrent use.
@Suite struct GazetteerStageTests {
    @Test func optionDefaultsMatchDocs() throws {
        let defaults = try JSONValueDecoder().decode(GazetteerStage.Options.self, from: [:]).value
        #expect(defaults == GazetteerStage.Options())
        let docs = Dictionary(uniqueKeysWithValues: GazetteerStage.descriptor.options.map { ($0.name, $0.defaultValue) })
        #expect(docs.count == 3)
        #expect(docs["lists"] == .some(.array([])))
        #expect(docs["cache"] == .some(.bool(true)))
        #expect(docs["labels"] == .some(.array(Gazetteer.newsLabels.map { .string($0) })))
        let encoded = try JSONValueEncoder().encode(defaults)
        #expect(encoded.objectValue?["labels"] == docs["labels"] ?? nil)
        #expect(encoded.objectValue?["cache"] == docs["cache"] ?? nil)
        #expect(GazetteerStage.descriptor.id == "ner.gazetteer.v1")
        #expect(GazetteerStage.descriptor.aliases == ["gazetteer"])
        #expect(GazetteerStage.descriptor.requires == [.text, TokensLayer.name, SentencesLayer.name])
        #expect(GazetteerStage.descriptor.provides == [EntitiesLayer.name])
    }

    @Test func listObjectsDecodeWithDefaults() throws {
        let options: JSONValue = ["lists": [["path": "a.tsv"], ["path": "b.jsonl", "name": "people", "label": "PERSON", "priority": 2, "case": "sensitive", "diacritics": false, "stoplist": "stop.txt"]]]
        let decoded = try JSONValueDecoder().decode(GazetteerStage.Options.self, from: options)
        #expect(decoded.unknownKeys.isEmpty)
        #expect(decoded.value.lists == [
            GazetteerListOptions(path: "a.tsv"),
            GazetteerListOptions(path: "b.jsonl", name: "people", label: "PERSON", priority: 2, caseMode: .sensitive, diacritics: false, stoplist: "stop.txt"),
        ])
        let resolved = try JSONValueEncoder().encode(decoded.value.lists[0])
        #expect(resolved.canonicalized == (["path": "a.tsv", "label": "MISC", "priority": 0, "case": "smart", "diacritics": true] as JSONValue).canonicalized)
    }

    static let badLists: [(JSONValue, String, String)] = [
        (["path": "a.tsv", "colour": "red"], "lists[1].colour", "unknown key 'colour' in a gazetteer list; known keys: path, name, label, priority, case, diacritics, stoplist"),
        (["path": "a.tsv", "lable": "GPE"], "lists[1].lable", "unknown key 'lable' in a gazetteer list; did you mean 'label'?; known keys: path, name, label, priority, case, diacritics, stoplist"),
        (["name": "x"], "lists[1]", "missing required key 'path' (the list file, TSV or .jsonl)"),
        (["path": "a.tsv", "case": "upper"], "lists[1].case", "expected one of \"sensitive\", \"insensitive\", \"smart\", got \"upper\""),
        (["path": "a.tsv", "priority": "high"], "lists[1].priority", "expected an integer, got \"high\""),
        (["path": "a.tsv", "diacritics": 1], "lists[1].diacritics", "expected a boolean, got 1"),
        (["path": ""], "lists[1].path", "expected a non-empty string, got \"\""),
        ("a.tsv", "lists[1]", "expected an object such as {\"path\": \"places.tsv\"}, got \"a.tsv\""),
    ]

    @Test(arguments: badLists)
    func badListObjectsNameTheKey(list: JSONValue, option: String, message: String) {
        let options: JSONValue = ["lists": [["path": "ok.tsv"], list]]
        do {
            _ = try JSONValueDecoder().decode(GazetteerStage.Options.self, from: options)
            Issue.record("no error")
        } catch let error as StageSetupError {
            #expect(error.option == option)
            #expect(error.message == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func listLabelMustBeInTheLabelSet() throws {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write("Kyiv\tGPE\tQ1\n", to: "a.tsv", in: folder)
        let error = GazetteerFixture.setupError { _ = try GazetteerStage(lists: [GazetteerListOptions(path: "a.tsv", label: "CITY")], baseDirectory: folder) }
        #expect(error?.option == "lists[0].label")
        let duplicate = GazetteerFixture.setupError { _ = try GazetteerStage(lists: [], labels: ["GPE", "GPE"]) }
        #expect(duplicate?.option == "labels")
    }

    @Test func stopListEntriesMustBeSingleWords() throws {
        let error = GazetteerFixture.setupError { _ = try GazetteerFixture.stage("May\tPERSON\tQ1\n", stoplist: "May\nNew York\n") }
        #expect(error?.option == "lists[0].stoplist")
        #expect(error?.message == "stop.txt:2: a stop-list entry must be a single word, got 'New York'")
    }

    /// Two lists, a name in both and a longer name in the second.
    static func twoLists(firstPriority: Int, secondPriority: Int) throws -> GazetteerStage {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write("Washington\tGPE\tQ61\n", to: "places.tsv", in: folder)
        try GazetteerFixture.write("Washington\tPERSON\tQ23\nWashington Post\tORG\tQ166032\n", to: "people.tsv", in: folder)
        return try GazetteerStage(lists: [
            GazetteerListOptions(path: "places.tsv", priority: firstPriority),
            GazetteerListOptions(path: "people.tsv", priority: secondPriority, caseMode: .insensitive),
        ], baseDirectory: folder)
    }

    @Test func priorityDecidesBetweenListsThenConfigOrder() throws {
        #expect(try GazetteerFixture.entities("Washington spoke.", Self.twoLists(firstPriority: 0, secondPriority: 0)) == ["Washington|GPE|Q61|places"])
        #expect(try GazetteerFixture.entities("Washington spoke.", Self.twoLists(firstPriority: 0, secondPriority: 5)) == ["Washington|PERSON|Q23|people"])
        #expect(try GazetteerFixture.entities("Washington spoke.", Self.twoLists(firstPriority: 5, secondPriority: 0)) == ["Washington|GPE|Q61|places"])
        #expect(try GazetteerFixture.entities("The Washington Post said.", Self.twoLists(firstPriority: 9, secondPriority: 0)) == ["Washington Post|ORG|Q166032|people"],
                "the longest match wins over priority")
    }

    @Test func listsWithDifferentNormalizationsMatchTogether() throws {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write("Kyiv\tGPE\tQ1899\n", to: "exact.tsv", in: folder)
        try GazetteerFixture.write("Lavrov\tPERSON\tQ190629\nRussia\tGPE\tQ159\nKyiv\tLOC\tQ-other\n", to: "loose.tsv", in: folder)
        let stage = try GazetteerStage(lists: [
            GazetteerListOptions(path: "exact.tsv", priority: 1, caseMode: .sensitive),
            GazetteerListOptions(path: "loose.tsv", caseMode: .insensitive, diacritics: false),
        ], baseDirectory: folder)
        #expect(stage.gazetteer.indexCount == 2)
        #expect(try GazetteerFixture.entities("Lavrov’s visit to Kyiv and KYIV and russia's woes.", stage)
                == ["Lavrov|PERSON|Q190629|loose", "Kyiv|GPE|Q1899|exact", "KYIV|LOC|Q-other|loose", "russia|GPE|Q159|loose"])
    }

    @Test func existingEntitiesStayAndOverlapsAreDropped() throws {
        let stage = try GazetteerFixture.stage(GazetteerMatchingTests.places)
        var document = try GazetteerFixture.document("Sergey Lavrov met Lavrov in Moscow.")
        document.layers[EntitiesLayer.self] = Entities([Entity(span: TextSpan(start: 0, end: 13), label: "PERSON", id: "local:PERSON:sergey-lavrov", source: "names")])
        try stage.process(&document)
        let text = try document.requireText()
        #expect(try document.require(EntitiesLayer.self).items.map { "\(text.substring($0.span))|\($0.source)" }
                == ["Sergey Lavrov|names", "Lavrov|list", "Moscow|list"])
    }

    @Test func missingAndInconsistentLayersAreDocumentErrors() throws {
        let stage = try GazetteerFixture.stage(GazetteerMatchingTests.places)
        var bare = Document(text: "Moscow")
        bare.setText("Moscow")
        #expect(throws: StageError.missingLayer(TokensLayer.name)) { try stage.process(&bare) }
        var document = try GazetteerFixture.document("Moscow and Kyiv.")
        document.layers[TokensLayer.self] = Tokens([Token(span: TextSpan(start: 5, end: 9), kind: .word), Token(span: TextSpan(start: 0, end: 6), kind: .word)])
        #expect(throws: StageError.self) { try stage.process(&document) }
        document.layers[TokensLayer.self] = Tokens([Token(span: TextSpan(start: 0, end: 600), kind: .word)])
        #expect(throws: StageError.self) { try stage.process(&document) }
        document.layers[TokensLayer.self] = Tokens([Token(span: TextSpan(start: 0, end: 6), kind: .word)])
        document.layers[SentencesLayer.self] = Sentences([Sentence(span: TextSpan(start: 0, end: 6), tokens: 0..<9)])
        #expect(throws: StageError.self) { try stage.process(&document) }
    }

    @Test func descriptorExamplesHold() throws {
        for example in GazetteerStage.descriptor.examples {
            let options = try JSONValueDecoder().decode(GazetteerStage.Options.self, from: example.options).value
            let stage = try GazetteerStage(options: options, context: StageContext(baseDirectory: ""))
            var document = try GazetteerFixture.document(example.text)
            try stage.process(&document)
            let text = try document.requireText()
            #expect(try document.require(EntitiesLayer.self).items.map { text.substring($0.span) } == example.expected[EntitiesLayer.name])
        }
    }

    @Test func concurrentDocumentsGetTheSameEntities() throws {
        let stage = try GazetteerFixture.stage(GazetteerMatchingTests.places)
        let texts = (0..<64).map { "Document \($0): Sergey Lavrov flew from Moscow to New York City, then to Kyiv and the U.S." }
        let documents = try texts.map { try GazetteerFixture.document($0) }
        let expected = try documents.map { document -> [Entity] in
            var copy = document
            try stage.process(&copy)
            return try copy.require(EntitiesLayer.self).items
        }
        let results = ResultBox(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count * 4) { iteration in
            var document = documents[iteration % documents.count]
            let found = (try? stage.process(&document)).flatMap { _ in document.layers[EntitiesLayer.self]?.items }
            results.set(iteration % documents.count, found ?? [])
        }
        #expect(results.values == expected)
        #expect(expected.allSatisfy { $0.count == 5 })
    }
}

/// Results written by several threads, one slot each.
final class ResultBox: Sendable {
    private let storage: Mutex<[[Entity]]>
    init(count: Int) { storage = Mutex(Array(repeating: [], count: count)) }
    func set(_ index: Int, _ value: [Entity]) { storage.withLock { $0[index] = value } }
    var values: [[Entity]] { storage.withLock { $0 } }
}
