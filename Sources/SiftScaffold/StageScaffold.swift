import Foundation

/// Creates a Swift stage plugin in a Sift package checkout: `Plugins/Stages/<Name>/` from the templates
/// in `Plugins/Templates/Stage/`, the library and test targets in `Package.swift`, and the entry in the
/// plugin list (`Sources/SiftPlugins/PluginStages.swift`). A fresh scaffold builds and passes its test.
public struct StageScaffold: Sendable {
    /// The plugin's name, UpperCamelCase (`WordCount`): folder `Plugins/Stages/WordCount/`, library
    /// `WordCountPlugin`, stage type `WordCountStage`, test target `WordCountPluginTests`.
    public let name: String
    /// The stage id (default `word_count.custom.v1`).
    public let id: String
    /// The stage's alias in configs (`word-count`).
    public let alias: String
    /// The layer the template stage provides (`word_count`).
    public let layer: String

    /// Checks the name (and id, when given) without touching any file.
    public init(name: String, id: String? = nil) throws(ScaffoldError) {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first),
              name.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }),
              name.count <= 40 else {
            throw ScaffoldError("'\(name)' is not a plugin name: use UpperCamelCase ASCII letters and digits, starting with a capital (e.g. WordCount)")
        }
        guard !name.hasPrefix("Sift") else { throw ScaffoldError("plugin names must not start with 'Sift' (reserved for the framework's modules)") }
        self.name = name
        let words = Self.words(of: name)
        alias = words.joined(separator: "-")
        layer = words.joined(separator: "_")
        let stageID = id ?? "\(layer).custom.v1"
        guard stageID.split(separator: ".").count >= 2, stageID.split(separator: ".").last?.hasPrefix("v") == true,
              stageID.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }) else {
            throw ScaffoldError("'\(stageID)' is not a stage id: use lowercase family.implementation.vN, e.g. word_count.custom.v1")
        }
        self.id = stageID
    }

    /// Splits UpperCamelCase into lowercase words: `WordCount` → word, count; `HTMLCleaner` → html, cleaner.
    static func words(of name: String) -> [String] {
        let characters = Array(name)
        var words: [String] = []
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let startsWord = words.isEmpty || character.isUppercase
                && (previous?.isLowercase == true || previous?.isNumber == true || (previous?.isUppercase == true && next?.isLowercase == true))
            if startsWord { words.append("") }
            words[words.count - 1].append(Character(character.lowercased()))
        }
        return words
    }

    /// The placeholders of the templates and their values.
    public var substitutions: [(String, String)] {
        [("__NAME__", name), ("__ID__", id), ("__ALIAS__", alias), ("__LAYER__", layer)]
    }

    /// Writes the plugin into the package at `packageDirectory` and returns the paths created and edited.
    @discardableResult
    public func apply(to packageDirectory: String) throws(ScaffoldError) -> [String] {
        let root = URL(fileURLWithPath: packageDirectory)
        let folder = root.appendingPathComponent("Plugins/Stages/\(name)")
        let manifestURL = root.appendingPathComponent("Package.swift")
        let registryURL = root.appendingPathComponent("Sources/SiftPlugins/PluginStages.swift")
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw ScaffoldError("Plugins/Stages/\(name) already exists: choose another name or remove it")
        }
        let manifest = try ManifestEditor(text: read(manifestURL)).addingPlugin(name)
        let registry = try ManifestEditor(text: read(registryURL)).addingRegistryEntry(name)
        let files = try TemplateRenderer(folder: root.appendingPathComponent("Plugins/Templates/Stage"), substitutions: substitutions).render()
        var written: [String] = []
        for (relative, contents) in files {
            let url = folder.appendingPathComponent(relative)
            try write(contents, to: url)
            written.append("Plugins/Stages/\(name)/\(relative)")
        }
        try write(manifest, to: manifestURL)
        try write(registry, to: registryURL)
        return written + ["Package.swift", "Sources/SiftPlugins/PluginStages.swift"]
    }

    private func read(_ url: URL) throws(ScaffoldError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ScaffoldError("cannot read \(url.path): is \(url.deletingLastPathComponent().path) a Sift package checkout? (\(error.localizedDescription))")
        }
    }

    private func write(_ text: String, to url: URL) throws(ScaffoldError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ScaffoldError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}

/// A scaffolding problem, with what to do about it.
public struct ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
