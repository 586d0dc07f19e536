import ReadingTime
import SiftTesting
import Testing

@Suite struct ReadingTimeStageTests {
    @Test func countsWordsAndMinutes() throws {
        let text = Array(repeating: "word", count: 476).joined(separator: " ")
        let result = try StageHarness(ReadingTimeStage.self).run(text)
        #expect(result.json(ReadingTimeStage.Layer.name) == ["words": 476, "minutes": 2])
    }

    @Test func speedIsAnOption() throws {
        let result = try StageHarness(ReadingTimeStage.self, options: ["words_per_minute": 100]).run("one two three four five")
        #expect(result.json(ReadingTimeStage.Layer.name) == ["words": 5, "minutes": 0.1])
    }
}
