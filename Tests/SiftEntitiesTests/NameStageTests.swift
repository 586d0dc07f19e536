import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing
@testable import SiftEntities

/// Runs tokenize → sentences → (given entities) → names on text, for the name-rule tests.
enum NameHarness {
    static let tokenizer = try! TokenizeStage()
    static let splitter = try! SentenceStage()

    /// A document with text, tokens and sentences (and `existing` entities, given by their text and label).
    static func prepared(_ text: String, existing: [(String, String)] = []) throws -> Document {
        var document = Document(text: text)
        document.setText(text)
        try tokenizer.process(&document)
        try splitter.process(&document)
        if !existing.isEmpty {
            var entities: [Entity] = []
            var searchFrom = text.startIndex
            for (surface, label) in existing {
                let range = try #require(text.range(of: surface, range: searchFrom..<text.endIndex), "'\(surface)' not in the text")
                let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
                let end = text.utf16.distance(from: text.utf16.startIndex, to: range.upperBound)
                entities.append(Entity(span: TextSpan(start: start, end: end), label: label, id: "list:\(surface)", source: "test-list"))
                searchFrom = range.upperBound
            }
            document.layers[EntitiesLayer.self] = Entities(entities)
        }
        return document
    }

    /// The entities the names stage finds in `text`.
    static func entities(
        _ text: String, existing: [(String, String)] = [], options: NameRulesStage.Options = .init()
    ) throws -> [Entity] {
        var document = try prepared(text, existing: existing)
        try NameRulesStage(options: options, context: StageContext(baseDirectory: "")).process(&document)
        return document.layers[EntitiesLayer.self]?.items ?? []
    }

    /// `text|LABEL` for each entity found in `text`.
    static func labelled(
        _ text: String, existing: [(String, String)] = [], options: NameRulesStage.Options = .init()
    ) throws -> [String] {
        let document = DocumentText(text)
        return try entities(text, existing: existing, options: options).map { "\(document.substring($0.span))|\($0.label)" }
    }

    /// The entities found in `text` with a given label, as text.
    static func texts(_ text: String, label: String, options: NameRulesStage.Options = .init()) throws -> [String] {
        let document = DocumentText(text)
        return try entities(text, options: options).filter { $0.label == label }.map { document.substring($0.span) }
    }
}

@Suite struct NameStageTests {
    @Test func optionsDecodeWithDefaults() throws {
        let options = try JSONValueDecoder().decode(NameRulesStage.Options.self, from: [:], at: .root).value
        #expect(options == NameRulesStage.Options())
        #expect(options.misc == "keep" && options.acronyms == "org" && options.lexiconDirectory.isEmpty)
        #expect(options.singleGivenNames && options.absorbModifiers && options.linkMentions)
    }

    @Test func badOptionsAreSetupErrors() {
        let context = StageContext(baseDirectory: "/")
        #expect(throws: StageSetupError.self) { try NameRulesStage(options: .init(misc: "maybe"), context: context) }
        #expect(throws: StageSetupError.self) { try NameRulesStage(options: .init(acronyms: "all"), context: context) }
        #expect(throws: StageSetupError.self) {
            try NameRulesStage(options: .init(lexiconDirectory: "/nonexistent-\(UUID().uuidString)"), context: context)
        }
    }

    @Test func lexiconFolderReplacesOneList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# custom titles\nfoobar\n".write(to: folder.appendingPathComponent("titles.txt"), atomically: true, encoding: .utf8)
        let options = NameRulesStage.Options(lexiconDirectory: folder.lastPathComponent, misc: "drop")
        let stage = try NameRulesStage(options: options, context: StageContext(baseDirectory: folder.deletingLastPathComponent().path))
        var document = try NameHarness.prepared("The foobar Zyx Qwerty spoke to President Qwe Rty.")
        try stage.process(&document)
        let found = (document.layers[EntitiesLayer.self]?.items ?? []).map { document.text!.substring($0.span) }
        #expect(found == ["Zyx Qwerty"], "the custom list replaces the built-in titles; other lists stay")
    }

    @Test func badListFileIsASetupError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Ministry COMPANY\n".write(to: folder.appendingPathComponent("heads.txt"), atomically: true, encoding: .utf8)
        #expect(throws: StageSetupError.self) {
            try NameRulesStage(options: .init(lexiconDirectory: folder.path), context: StageContext(baseDirectory: ""))
        }
    }

    @Test func missingLayersAreStageErrors() throws {
        var document = Document(text: "Hello")
        document.setText("Hello")
        #expect(throws: StageError.self) { try NameRulesStage().process(&document) }
    }

    @Test func badExistingEntitiesAreStageErrors() throws {
        var document = try NameHarness.prepared("Moscow and Kabul")
        let overlapping = [
            Entity(span: TextSpan(start: 0, end: 6), label: "GPE", id: "a", source: "x"),
            Entity(span: TextSpan(start: 3, end: 9), label: "GPE", id: "b", source: "x"),
        ]
        document.layers[EntitiesLayer.self] = Entities(overlapping)
        #expect(throws: StageError.self) { try NameRulesStage().process(&document) }
        document.layers[EntitiesLayer.self] = Entities([Entity(span: TextSpan(start: 10, end: 99), label: "GPE", id: "c", source: "x")])
        #expect(throws: StageError.self) { try NameRulesStage().process(&document) }
    }

    @Test func emptyAndPunctuationOnlyDocuments() throws {
        #expect(try NameHarness.entities("").isEmpty)
        #expect(try NameHarness.entities("... !!! ,,, 123 456").isEmpty)
    }
}
