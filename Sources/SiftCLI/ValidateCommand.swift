import ArgumentParser
import SiftBuiltins
import SiftConfig
import SiftRuntime

/// `pipeline validate CONFIG...`: checks configs without reading any document.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline configs: structure, stage names, options, referenced files, layer order.",
        discussion: "Reports every problem of every config, each with its JSON path. Exit status 2 when any config is invalid."
    )

    @Argument(help: "Pipeline config files (JSON).")
    var configs: [String]

    func run() throws {
        let registry = BuiltinStages.registry()
        var invalid = 0
        for path in configs {
            do {
                let (_, pipeline) = try PipelineBuilder(registry: registry).load(file: path)
                print("\(path): ok (pipeline '\(pipeline.name)', \(pipeline.steps.count) stages: \(pipeline.steps.map(\.descriptor.id).joined(separator: " → ")))")
            } catch {
                invalid += 1
                print(error.description)
            }
        }
        if invalid > 0 { throw ExitCode(ExitStatus.usageOrConfig) }
    }
}
