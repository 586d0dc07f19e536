import Foundation
import Testing
import SiftConfig
import SiftCore
import SiftJSON
@testable import SiftRuntime

@Suite struct ConfigValidationTests {
    func parse(_ json: String) throws(ConfigError) -> PipelineConfig {
        try PipelineConfigParser().parse(Array(json.utf8), baseDirectory: "/tmp")
    }

    func problems(_ json: String, registry: StageRegistry = testRegistry()) -> [String] {
        let (config, parseProblems) = PipelineConfigParser().parseCollecting(Array(json.utf8), baseDirectory: "/tmp")
        guard let config else { return parseProblems.map(\.description) }
        let (_, buildProblems) = PipelineBuilder(registry: registry).buildCollecting(config)
        return (parseProblems + buildProblems).map(\.description)
    }

    @Test func acceptsAMinimalConfig() throws {
        let config = try parse(#"{"stages": ["test-text", {"stage": "test-fail", "options": {"fail_on": "x"}}]}"#)
        let pipeline = try PipelineBuilder(registry: testRegistry()).build(config)
        #expect(pipeline.steps.map(\.descriptor.id) == ["test.text.v1", "test.fail.v1"])
        #expect(pipeline.layerOrder == [.text, "word_count"])
    }

    @Test func notJSONIsOneClearProblem() {
        let found = problems("{stages: nope")
        #expect(found.count == 1)
        #expect(found[0].contains("not valid JSON"))
        #expect(found[0].contains("line 1"))
    }

    @Test func reportsEveryStructuralProblemAtOnce() {
        let found = problems(#"{"nmae": "x", "stages": [{"stage": 3}, {"options": {}}], "output": {"path": 1}, "on_error": "explode"}"#)
        #expect(found.contains("nmae: unknown key 'nmae'; did you mean 'name'?"))
        #expect(found.contains("stages[0].stage: expected a string, got 3"))
        #expect(found.contains { $0.hasPrefix("stages[1]: missing key 'stage'") })
        #expect(found.contains("output.path: expected a string, got 1"))
        #expect(found.contains { $0.hasPrefix("on_error: expected one of \"record\", \"skip\", \"stop\"") })
        #expect(found.count == 5)
    }

    @Test func reportsRegistryProblemsWithLocations() {
        let found = problems(#"""
            {"stages": [
              {"stage": "test-fial"},
              {"stage": "test-fail", "options": {"fail_on": 3, "fial_on": "x"}},
              {"stage": "test-text"}
            ]}
            """#)
        #expect(found.contains("stages[0].stage: unknown stage 'test-fial'; did you mean 'test-fail'?"))
        #expect(found.contains("stages[1].options.fial_on: unknown option 'fial_on'; did you mean 'fail_on'?"))
        #expect(found.contains("stages[1].options.fail_on: expected a string, got 3"))
        #expect(found.contains { $0.hasPrefix("stages[1].stage: stage 'test-fail' requires layer 'text', which no earlier stage provides: add 'test-text' before it") })
        #expect(found.count == 4)
    }

    @Test func missingReferencedFilesAreReported() {
        let found = problems(#"{"input": {"paths": ["no/such/dir"]}, "stages": ["test-text", {"stage": "test-fail", "options": {"marker": "missing.txt"}}]}"#)
        #expect(found.contains { $0.hasPrefix("input.paths[0]: input 'no/such/dir' does not exist") })
        #expect(found.contains { $0.hasPrefix("stages[1].options.marker: file 'missing.txt' does not exist") })
    }

    @Test func stageSetupErrorsPointAtTheOption() {
        let found = problems(#"{"stages": ["test-text", {"stage": "test-fail", "options": {"fail_on": ""}}]}"#)
        #expect(found == ["stages[1].options.fail_on: must not be empty"])
    }

    @Test func emptyStageListIsAProblem() {
        #expect(problems(#"{"stages": []}"#) == ["stages: empty: a pipeline needs at least one stage"])
        #expect(problems(#"[1, 2]"#) == ["(top level): expected an object, got [1,2]"])
    }

    @Test func relativePathsResolveAgainstTheConfigFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/p.json"
        try Data(#"{"input": {"paths": ["docs"]}, "stages": ["test-text"], "output": {"path": "out.jsonl"}}"#.utf8).write(to: URL(fileURLWithPath: file))
        let config = try PipelineConfigParser().load(file: file)
        #expect(config.input.paths == [folder + "/docs"])
        #expect(config.output.path == folder + "/out.jsonl")
        #expect(config.name == "p")
    }

    @Test func configHashCoversResolvedOptionsNotLocations() throws {
        let a = try PipelineBuilder(registry: testRegistry()).build(parse(#"{"name": "n", "stages": ["test-text", "test-fail"]}"#))
        let b = try PipelineBuilder(registry: testRegistry()).build(parse(#"{"name": "n", "output": {"path": "x"}, "stages": ["test-text", {"stage": "test-fail", "options": {"fail_on": "fail"}}]}"#))
        let c = try PipelineBuilder(registry: testRegistry()).build(parse(#"{"name": "n", "stages": ["test-text", {"stage": "test-fail", "options": {"fail_on": "other"}}]}"#))
        #expect(a.configHash == b.configHash)
        #expect(a.configHash != c.configHash)
        #expect(a.configHash.count == 64)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
