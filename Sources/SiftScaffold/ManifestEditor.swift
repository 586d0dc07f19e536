/// Inserts lines above the `// new-stage: … go above this line.` markers of `Package.swift` and of the
/// plugin list, with the marker's indentation. Refuses to add a plugin twice.
struct ManifestEditor {
    var text: String

    /// `Package.swift` with the plugin's library and test targets, and the library in `SiftPlugins`' dependencies.
    func addingPlugin(_ name: String) throws(ScaffoldError) -> String {
        guard !text.contains("name: \"\(name)Plugin\"") else { throw ScaffoldError("Package.swift already has a target \(name)Plugin") }
        var edited = try inserting([
            ".target(name: \"\(name)Plugin\", dependencies: [\"SiftCore\", \"SiftJSON\"], path: \"Plugins/Stages/\(name)/Sources\"),",
            ".testTarget(name: \"\(name)PluginTests\", dependencies: [\"\(name)Plugin\", \"SiftTesting\", \"SiftCore\", \"SiftJSON\"], path: \"Plugins/Stages/\(name)/Tests\"),",
        ], above: "// new-stage: plugin targets go above this line.", in: "Package.swift")
        edited = try ManifestEditor(text: edited).inserting(["\"\(name)Plugin\","], above: "// new-stage: plugin libraries go above this line.", in: "Package.swift")
        return edited
    }

    /// `PluginStages.swift` with the plugin's import and its stage in the list.
    func addingRegistryEntry(_ name: String) throws(ScaffoldError) -> String {
        guard !text.contains("import \(name)Plugin\n") else { throw ScaffoldError("PluginStages.swift already imports \(name)Plugin") }
        let file = "Sources/SiftPlugins/PluginStages.swift"
        let edited = try inserting(["import \(name)Plugin"], above: "// new-stage: plugin imports go above this line.", in: file)
        return try ManifestEditor(text: edited).inserting(["\(name)Stage.self,"], above: "// new-stage: plugin stages go above this line.", in: file)
    }

    /// The text with `lines` inserted above the line holding `marker`, indented like it.
    func inserting(_ lines: [String], above marker: String, in file: String) throws(ScaffoldError) -> String {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let matches = rows.indices.filter { rows[$0].contains(marker) }
        guard matches.count == 1, let index = matches.first else {
            throw ScaffoldError("\(file) has \(matches.isEmpty ? "no" : "more than one") line with the marker '\(marker)': restore it (see Plugins/README.md) and run again")
        }
        let indent = String(rows[index].prefix { $0 == " " })
        rows.insert(contentsOf: lines.map { indent + $0 }, at: index)
        return rows.joined(separator: "\n")
    }
}
