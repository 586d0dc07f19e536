import Foundation
import SiftCore
import SiftEntities
import SiftText
import Testing

/// Helpers for the gazetteer tests: list files in a fresh temporary folder, documents tokenized and
/// split into sentences by the real stages, entities read back as strings.
enum GazetteerFixture {
    static let tokenizer = try! TokenizeStage(locale: "en", splitClitics: false)
    static let splitter = try! SentenceStage(locale: "en")

    /// A new empty folder.
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sift-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes `content` to `name` in `folder` and returns the file's path.
    @discardableResult
    static func write(_ content: String, to name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A stage over one TSV list with `content` and the given list options (path filled in).
    static func stage(
        _ content: String, name: String = "list.tsv", caseMode: GazetteerListOptions.CaseMode = .smart,
        diacritics: Bool = true, stoplist: String? = nil
    ) throws -> GazetteerStage {
        let folder = try folder()
        try write(content, to: name, in: folder)
        var stopName: String?
        if let stoplist {
            try write(stoplist, to: "stop.txt", in: folder)
            stopName = "stop.txt"
        }
        let list = GazetteerListOptions(path: name, caseMode: caseMode, diacritics: diacritics, stoplist: stopName)
        return try GazetteerStage(lists: [list], baseDirectory: folder)
    }

    /// `text` with cleaned text, tokens and sentences.
    static func document(_ text: String) throws -> Document {
        var document = Document(text: text)
        document.setText(text)
        try tokenizer.process(&document)
        try splitter.process(&document)
        return document
    }

    /// The entities `stage` finds in `text`, as `text|label|id|source`.
    static func entities(_ text: String, _ stage: GazetteerStage) throws -> [String] {
        var document = try document(text)
        try stage.process(&document)
        let documentText = try document.requireText()
        return try document.require(EntitiesLayer.self).items.map {
            "\(documentText.substring($0.span))|\($0.label)|\($0.id)|\($0.source)"
        }
    }

    /// Just the covered strings.
    static func names(_ text: String, _ stage: GazetteerStage) throws -> [String] {
        try entities(text, stage).map { String($0.split(separator: "|").first ?? "") }
    }

    /// The message of the setup error that building `body` throws.
    static func setupError(_ body: () throws -> Void) -> StageSetupError? {
        do {
            try body()
            return nil
        } catch let error as StageSetupError {
            return error
        } catch {
            return StageSetupError(option: "?", message: "\(error)")
        }
    }
}

/// The fixture itself: documents come back tokenized and split.
@Suite struct GazetteerFixtureTests {
    @Test func documentsHaveTokensAndSentences() throws {
        let document = try GazetteerFixture.document("Kyiv is big. Lviv is not.")
        #expect(try document.require(TokensLayer.self).items.count == 8)
        #expect(try document.require(SentencesLayer.self).items.count == 2)
    }

    @Test func emptyTextGivesAnEmptyLayer() throws {
        let stage = try GazetteerFixture.stage("Kyiv\tGPE\tQ1899\n")
        #expect(try GazetteerFixture.entities("", stage).isEmpty)
    }
}
