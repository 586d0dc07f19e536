import Foundation
import Testing
import SiftJSON

@Suite struct ConfigCommandTests {
    func write(_ text: String, name: String = "p.json") throws -> URL {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func validateAcceptsTheShippedPipelines() throws {
        let result = try CLI.run(["validate", "Pipelines/news.json"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok"))
    }

    @Test func validateReportsEveryProblemWithItsPath() throws {
        let file = try write(#"""
            {"name": "bad", "input": {"paths": ["nowhere/"]},
             "stages": [{"stage": "html-cleanup"}, {"stage": "tokenise", "options": {"locale": 3}}, {"stage": "sentences", "options": {"colour": "red"}}]}
            """#)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 2)
        #expect(result.output.contains("input.paths[0]: input 'nowhere/' does not exist"))
        #expect(result.output.contains("stages[1].stage: unknown stage 'tokenise'; did you mean 'tokenize'?"))
        #expect(result.output.contains("stages[2].options.colour: unknown option 'colour'"))
        #expect(result.output.contains("stages[2].stage: stage 'sentences' requires layer 'tokens', which no earlier stage provides"))
    }

    @Test func wrongOptionTypesAreLocated() throws {
        let file = try write(#"{"stages": [{"stage": "html-cleanup"}, {"stage": "tokenize", "options": {"locale": 3}}]}"#)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 2)
        #expect(result.output.contains("stages[1].options.locale: expected a string, got 3"))
    }

    @Test func aConfigThatIsNotJSONIsAUsageError() throws {
        let file = try write("stages: [tokenize]")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CLI.run(["run", file.path, "Pipelines/samples"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not valid JSON"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingConfigAndMissingInputsAreUsageErrors() throws {
        #expect(try CLI.run(["run", "no-such-config.json"]).status == 2)
        #expect(try CLI.run(["run", "Pipelines/news.json", "no/such/input"]).status == 2)
        #expect(try CLI.run(["run"]).status == 2)
        #expect(try CLI.run(["run", "Pipelines/news.json", "--jobs", "0"]).status == 2)
    }

    @Test func stagesListsEveryBuiltInStage() throws {
        let result = try CLI.run(["stages"])
        #expect(result.status == 0)
        for id in ["cleanup.html.v1", "tokenize.icu.v1", "sentences.icu.v1"] { #expect(result.output.contains(id)) }
        let one = try CLI.run(["stages", "tokenize"])
        #expect(one.output.contains("locale"))
        let json = try CLI.run(["stages", "--json"])
        #expect((try JSONParser().parse(json.stdout).arrayValue?.count ?? 0) >= 3)
        let unknown = try CLI.run(["stages", "tokenise"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'tokenize'"))
    }

    @Test func schemaCommandPrintsTheShippedSchema() throws {
        let result = try CLI.run(["schema"])
        let shipped = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Schemas/pipeline.schema.json"), encoding: .utf8)
        #expect(result.output == shipped)
    }

    @Test func helpIsAvailableEverywhere() throws {
        for command in [[], ["run"], ["validate"], ["stages"], ["schema"]] {
            let result = try CLI.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE"))
        }
    }
}
