import Foundation
import KeywordsPlugin
import SiftCore
import SiftJSON
import SiftTesting
import Testing

/// The keyword counter through the test kit: token-aligned, case-insensitive phrase matching and counts.
@Suite struct KeywordsStageTests {
    func run(_ text: String, _ options: JSONValue) throws -> AnnotatedDocument {
        try StageHarness(KeywordsStage.self, options: options).run(text)
    }

    @Test func matchesOnTokenBoundariesOnly() throws {
        let result = try run("Art lovers start the art fair; the artist arrives.", ["keywords": ["art"]])
        #expect(result.covered(KeywordsLayer.name) == ["Art", "art"])
    }

    @Test func phrasesMatchAcrossAnyWhitespaceAndTheLongestWins() throws {
        let result = try run("Climate  change is real.\nClimate\nchange again, and climate alone.",
                             ["keywords": ["climate", "climate change"]])
        #expect(result.covered(KeywordsLayer.name) == ["Climate  change", "Climate\nchange", "climate"])
        #expect(result.layer(KeywordsLayer.self)?.counts == ["climate change": 2, "climate": 1])
    }

    @Test func caseSensitivityIsAnOption() throws {
        let result = try run("The EU and the eu domain.", ["keywords": ["EU"], "case_sensitive": true])
        #expect(result.covered(KeywordsLayer.name) == ["EU"])
    }

    @Test func nonASCIIFoldingAndCodePointOffsets() throws {
        let result = try run("😀 Übersee and ÜBERSEE", ["keywords": ["übersee"]])
        #expect(result.json(KeywordsLayer.name) == [
            "counts": ["übersee": 2], "groups": [:],
            "matches": [["start": 2, "end": 9, "text": "Übersee", "keyword": "übersee", "group": nil],
                        ["start": 14, "end": 21, "text": "ÜBERSEE", "keyword": "übersee", "group": nil]],
        ])
    }

    @Test func listFilesGiveGroupsAndComments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-keywords-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# energy words\nwind power\tenergy\nsolar\tenergy\n\nstrike\tlabour\n".write(to: folder.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        let result = try StageHarness(KeywordsStage.self, options: ["lists": ["terms.tsv"]], baseDirectory: folder.path)
            .run("Wind power and solar grew while the strike went on. Solar again.")
        let layer = try #require(result.json(KeywordsLayer.name)?.objectValue)
        #expect(layer["counts"] == ["wind power": 1, "solar": 2, "strike": 1])
        #expect(layer["groups"] == ["energy": 3, "labour": 1])
    }

    @Test func setupProblemsAreReported() {
        #expect(throws: (any Error).self) { try StageHarness(KeywordsStage.self, options: [:]) }
        #expect(throws: (any Error).self) { try StageHarness(KeywordsStage.self, options: ["keywords": ["  "]]) }
        #expect(throws: (any Error).self) { try StageHarness(KeywordsStage.self, options: ["lists": ["/no/such/list.txt"]]) }
    }

    @Test func largeListsStayFast() throws {
        let phrases = (0..<20_000).map { JSONValue.string("term\($0) phrase") }
        let text = String(repeating: "term17 phrase and term19999 phrase in a long text. ", count: 2_000)
        let started = Date()
        let result = try run(text, ["keywords": .array(phrases)])
        #expect(result.layer(KeywordsLayer.self)?.matches.count == 4_000)
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
