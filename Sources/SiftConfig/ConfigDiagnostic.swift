import SiftJSON

/// One problem with a pipeline config, located by JSON path: `stages[2].options.locale: expected a string, got 3`.
public struct ConfigDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(_ path: JSONPath, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Every problem found in a config, reported together so a user can fix them in one go.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// The config file, when the config came from one.
    public var file: String?
    public var diagnostics: [ConfigDiagnostic]

    public init(file: String?, diagnostics: [ConfigDiagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    public var description: String {
        let header = "\(file ?? "config"): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
        return ([header] + diagnostics.map { "  \($0)" }).joined(separator: "\n")
    }
}
