import ArgumentParser
import Foundation
import SiftBuiltins
import SiftScaffold

/// `pipeline new-stage NAME`: scaffolds a Swift stage plugin in a Sift package checkout.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a Swift stage plugin: Plugins/Stages/NAME/ (stage, layer, tests, README), its targets in Package.swift and its entry in the plugin list.",
        discussion: """
            The new stage marks words written in capitals, builds and passes its tests as created: run \
            `swift build` and `swift test --filter NAME`, then change it to do your stage's work. The templates \
            are in Plugins/Templates/Stage; the guide is docs/writing-a-stage.md.
            """
    )

    @Argument(help: "The plugin's name, UpperCamelCase (e.g. WordCount): library WordCountPlugin, stage WordCountStage.")
    var name: String

    @Option(help: "The stage id (default: the name in snake_case + .custom.v1, e.g. word_count.custom.v1).")
    var id: String?

    @Option(name: .customLong("package-dir"), help: "The Sift package checkout to add the plugin to.")
    var packageDirectory = "."

    func run() throws {
        let scaffold: StageScaffold
        let created: [String]
        do {
            scaffold = try StageScaffold(name: name, id: id)
            let registry = BuiltinStages.registry()
            if let taken = [scaffold.id, scaffold.alias].first(where: { registry.entry(named: $0) != nil }) {
                throw ScaffoldError("a stage named '\(taken)' is already registered: choose another NAME, or give --id")
            }
            created = try scaffold.apply(to: packageDirectory)
        } catch let error as ScaffoldError {
            printError("new-stage: \(error.message)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        print("created stage plugin \(scaffold.name) (id \(scaffold.id), alias \(scaffold.alias), layer \(scaffold.layer)):")
        for path in created { print("  \(path)") }
        print("""
            next:
              swift build && swift test --filter \(scaffold.name)
              .build/debug/pipeline stages \(scaffold.alias)
            """)
    }
}
