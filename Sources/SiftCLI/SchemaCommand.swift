import ArgumentParser
import SiftBuiltins
import SiftRuntime

/// `pipeline schema`: prints the JSON Schema for pipeline configs, generated from the registered stages.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema for pipeline configs (the file shipped as Schemas/pipeline.schema.json)."
    )

    func run() throws {
        print(ConfigSchemaGenerator(registry: BuiltinStages.registry()).schema().prettyText, terminator: "")
    }
}
