import ArgumentParser
import SiftBuiltins
import SiftCore
import SiftJSON
import SiftRuntime

/// `pipeline stages [NAME]`: lists registered stages with their options, or describes one.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every registered stage with its options, types, defaults and docs; or describe one."
    )

    @Argument(help: "A stage id or alias to describe in full.")
    var name: String?

    @Flag(help: "Print machine-readable JSON.")
    var json = false

    func run() throws {
        let registry = BuiltinStages.registry()
        var entries = registry.entries
        if let name {
            guard let entry = registry.entry(named: name) else {
                let hint = registry.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
                printError("unknown stage '\(name)'\(hint) (run 'pipeline stages' to list them)")
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            entries = [entry]
        }
        if json {
            print(JSONValue.array(entries.map { describe($0.descriptor) }).prettyText, terminator: "")
            return
        }
        for (index, entry) in entries.enumerated() {
            if index > 0 { print("") }
            print(text(entry.descriptor, full: name != nil))
        }
    }

    func text(_ d: StageDescriptor, full: Bool) -> String {
        var lines = ["\(d.id)" + (d.aliases.isEmpty ? "" : "  (aliases: \(d.aliases.joined(separator: ", ")))"), "  \(d.summary)"]
        if full && !d.details.isEmpty { lines.append(""); lines += d.details.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" } }
        lines.append("  requires: \(d.requires.isEmpty ? "nothing" : d.requires.map(\.rawValue).joined(separator: ", "))   provides: \(d.provides.map(\.rawValue).joined(separator: ", "))")
        if d.options.isEmpty {
            lines.append("  options: none")
        } else {
            lines.append("  options:")
            for option in d.options {
                let defaultText = option.defaultValue.map { " = \($0.jsonText)" } ?? " (required)"
                lines.append("    \(option.name): \(option.type.displayName)\(defaultText)")
                lines.append("        \(option.summary)")
            }
        }
        if full && !d.examples.isEmpty {
            lines.append("  examples:")
            for example in d.examples {
                let options = example.options == [:] ? "" : "  options \(example.options.jsonText)"
                lines.append("    \(JSONValue.string(example.text).jsonText)\(options)")
                for (layer, expected) in example.expected.sorted(by: { $0.key < $1.key }) {
                    lines.append("      \(layer): \(JSONValue.array(expected.map { .string($0) }).jsonText)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func describe(_ d: StageDescriptor) -> JSONValue {
        [
            "id": .string(d.id),
            "aliases": .array(d.aliases.map { .string($0) }),
            "summary": .string(d.summary),
            "requires": .array(d.requires.map { .string($0.rawValue) }),
            "provides": .array(d.provides.map { .string($0.rawValue) }),
            "options": .array(d.options.map { option in
                ["name": .string(option.name), "type": .string(option.type.displayName), "schema": option.type.jsonSchema,
                 "default": option.defaultValue ?? .null, "summary": .string(option.summary)]
            }),
        ]
    }
}
