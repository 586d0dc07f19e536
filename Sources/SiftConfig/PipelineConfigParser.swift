import Foundation
import SiftJSON

/// Reads a pipeline config from JSON and checks its structure, collecting every problem with its path.
///
/// Checks here need no stage registry: known keys, value types, allowed enum values, input files
/// that exist. Stage names, stage options and layer order are checked by the pipeline builder.
public struct PipelineConfigParser {
    public init() {}

    /// Reads and parses a config file. Relative paths in it resolve against the file's folder.
    public func load(file: String) throws(ConfigError) -> PipelineConfig {
        let (config, diagnostics) = loadCollecting(file: file)
        guard let config, diagnostics.isEmpty else { throw ConfigError(file: file, diagnostics: diagnostics) }
        return config
    }

    /// Parses config JSON text.
    public func parse(_ bytes: [UInt8], file: String? = nil, baseDirectory: String, defaultName: String = "pipeline") throws(ConfigError) -> PipelineConfig {
        let (config, diagnostics) = parseCollecting(bytes, file: file, baseDirectory: baseDirectory, defaultName: defaultName)
        guard let config, diagnostics.isEmpty else { throw ConfigError(file: file, diagnostics: diagnostics) }
        return config
    }

    /// Reads a config file, returning what could be read together with every problem found, so that
    /// later checks (the pipeline builder's) can add theirs and the user sees all of them at once.
    /// The config is nil only when the file is unreadable or not JSON.
    public func loadCollecting(file: String) -> (PipelineConfig?, [ConfigDiagnostic]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot be read (check permissions)" : "does not exist"
            return (nil, [ConfigDiagnostic(.root, "config file \(reason)")])
        }
        let folder = (file as NSString).deletingLastPathComponent
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return parseCollecting(Array(data), file: file, baseDirectory: folder.isEmpty ? "." : folder, defaultName: name)
    }

    /// Parses config JSON text, returning what could be read together with every problem found.
    public func parseCollecting(_ bytes: [UInt8], file: String? = nil, baseDirectory: String, defaultName: String = "pipeline") -> (PipelineConfig?, [ConfigDiagnostic]) {
        let value: JSONValue
        do {
            value = try JSONParser(maximumDepth: 64).parse(bytes)
        } catch {
            return (nil, [ConfigDiagnostic(.root, "not valid JSON: \(error)")])
        }
        var reader = Reader()
        let config = reader.config(value, baseDirectory: baseDirectory, defaultName: defaultName, file: file)
        return (config, reader.diagnostics)
    }
}

/// Walks the config JSON, recording problems instead of stopping at the first.
/// Input and output sections are read in `PipelineConfigParser+InputOutput.swift`.
struct Reader {
    var diagnostics: [ConfigDiagnostic] = []

    mutating func problem(_ path: JSONPath, _ message: String) {
        diagnostics.append(ConfigDiagnostic(path, message))
    }

    mutating func object(_ value: JSONValue, at path: JSONPath, allowed: [String]) -> JSONObject? {
        guard case .object(let object) = value else {
            problem(path, "expected an object, got \(value.excerpt)")
            return nil
        }
        var seen = Set<String>()
        for key in object.keys {
            if !seen.insert(key).inserted { problem(path.appending(key), "duplicate key '\(key)'") }
            if !allowed.contains(key) {
                let hint = nearestName(to: key, among: allowed).map { "; did you mean '\($0)'?" } ?? "; known keys: \(allowed.joined(separator: ", "))"
                problem(path.appending(key), "unknown key '\(key)'\(hint)")
            }
        }
        return object
    }

    mutating func string(_ object: JSONObject, _ key: String, at path: JSONPath) -> String? {
        guard let value = object[key] else { return nil }
        guard case .string(let s) = value else {
            problem(path.appending(key), "expected a string, got \(value.excerpt)")
            return nil
        }
        return s
    }

    mutating func bool(_ object: JSONObject, _ key: String, at path: JSONPath) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let b) = value else {
            problem(path.appending(key), "expected a boolean, got \(value.excerpt)")
            return nil
        }
        return b
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ object: JSONObject, _ key: String, at path: JSONPath) -> E? where E.RawValue == String {
        guard let text = string(object, key, at: path) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            problem(path.appending(key), "expected one of \(allowed), got \"\(text)\"")
            return nil
        }
        return value
    }

    mutating func strings(_ value: JSONValue, at path: JSONPath) -> [String] {
        if case .string(let single) = value { return [single] }
        guard case .array(let items) = value else {
            problem(path, "expected an array of strings, got \(value.excerpt)")
            return []
        }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            if case .string(let s) = item { result.append(s) } else {
                problem(path.appending(index: index), "expected a string, got \(item.excerpt)")
            }
        }
        return result
    }

    mutating func config(_ value: JSONValue, baseDirectory: String, defaultName: String, file: String?) -> PipelineConfig? {
        let root = JSONPath.root
        guard let top = object(value, at: root, allowed: ["$schema", "name", "description", "input", "stages", "output", "on_error"]) else {
            return nil
        }
        let name = string(top, "name", at: root) ?? defaultName
        let summary = string(top, "description", at: root)
        var input = InputConfig()
        if let inputValue = top["input"] { input = self.input(inputValue, at: root.appending("input"), baseDirectory: baseDirectory) }
        var output = OutputConfig()
        if let outputValue = top["output"] { output = self.output(outputValue, at: root.appending("output"), baseDirectory: baseDirectory) }
        let onError: ErrorPolicy = enumeration(top, "on_error", at: root) ?? .record
        var stages: [StageConfig] = []
        let stagesPath = root.appending("stages")
        switch top["stages"] {
        case nil:
            problem(stagesPath, "missing: a pipeline needs a list of stages, e.g. [{\"stage\": \"html-cleanup\"}]")
        case .array(let items)?:
            if items.isEmpty { problem(stagesPath, "empty: a pipeline needs at least one stage") }
            for (index, item) in items.enumerated() {
                if var stage = stage(item, at: stagesPath.appending(index: index)) {
                    stage.position = index
                    stages.append(stage)
                }
            }
        case let other?:
            problem(stagesPath, "expected an array of stages, got \(other.excerpt)")
        }
        return PipelineConfig(name: name, summary: summary, input: input, stages: stages, output: output, onError: onError, baseDirectory: baseDirectory, file: file)
    }

    mutating func stage(_ value: JSONValue, at path: JSONPath) -> StageConfig? {
        if case .string(let name) = value { return StageConfig(stage: name) }
        guard let object = object(value, at: path, allowed: ["stage", "options", "on_error"]) else { return nil }
        guard let name = string(object, "stage", at: path) else {
            if object["stage"] == nil { problem(path, "missing key 'stage' (the stage id or alias, e.g. \"tokenize\")") }
            return nil
        }
        var options: JSONValue = [:]
        if let value = object["options"] {
            if case .object = value { options = value } else { problem(path.appending("options"), "expected an object, got \(value.excerpt)") }
        }
        let onError: ErrorPolicy? = enumeration(object, "on_error", at: path)
        return StageConfig(stage: name, options: options, onError: onError)
    }

    func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") || base.isEmpty || base == "." { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
