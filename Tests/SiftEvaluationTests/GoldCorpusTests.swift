import Foundation
import SiftEvaluation
import Testing

/// Reading gold JSON Lines, and the text variants.
@Suite struct GoldCorpusTests {
    @Test func parsesRecords() throws {
        let lines = """
            {"doc_id": "a", "text": "Hi. Yo.", "sentences": [[0, 3], [4, 7]], "tokens": [[0, 2], [2, 3]], "words": [[0, 2]]}

            {"text": "😀 x", "sentences": [[0, 3]]}
            """
        let documents = try GoldCorpus.parse(Array(lines.utf8))
        #expect(documents.count == 2)
        #expect(documents[0].id == "a")
        #expect(documents[0].sentences == [CodePointSpan(start: 0, end: 3), CodePointSpan(start: 4, end: 7)])
        #expect(documents[0].words == [CodePointSpan(start: 0, end: 2)])
        #expect(documents[1].id == "doc-2")
        #expect(documents[1].tokens.isEmpty && documents[1].words.isEmpty)
    }

    @Test(arguments: [
        "not json",
        "[1, 2]",
        "{\"sentences\": []}",
        "{\"text\": \"abc\"}",
        "{\"text\": \"abc\", \"sentences\": [[0, 4]]}",
        "{\"text\": \"abc\", \"sentences\": [[2, 1]]}",
        "{\"text\": \"abc\", \"sentences\": [[0]]}",
        "{\"text\": \"abc\", \"sentences\": 3}",
    ])
    func rejectsBadRecordsWithTheirLine(_ line: String) {
        let bytes = Array(("{\"text\": \"ok\", \"sentences\": [[0, 2]]}\n" + line).utf8)
        #expect {
            _ = try GoldCorpus.parse(bytes, path: "gold.jsonl")
        } throws: { error in
            (error as? GoldCorpusError)?.line == 2 && "\(error)".hasPrefix("gold.jsonl:2: ")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: GoldCorpusError.self) { try GoldCorpus.load(path: "/nonexistent/gold.jsonl") }
    }

    @Test func variantsKeepOffsets() {
        let text = "First sentence here.\n\nSecond paragraph " + String(repeating: "word ", count: 40) + "end."
        for variant in GoldTextVariant.allCases {
            let rewritten = variant.apply(to: text)
            #expect(rewritten.unicodeScalars.count == text.unicodeScalars.count, "\(variant)")
        }
        let single = GoldTextVariant.singleNewlines.apply(to: text)
        #expect(!single.contains("\n\n") && single.contains(". \nSecond"))
        let wrapped = GoldTextVariant.wrapped.apply(to: text)
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 73 })
        #expect(GoldTextVariant.original.apply(to: text) == text)
    }
}
