import SiftJSON

/// A declarative pipeline: where documents come from, which stages run with which options, where results go.
///
/// Pure data; structural checks happen in `PipelineConfigParser`, checks that need the stage
/// registry (stage names, options, layer order) happen when the pipeline is built.
public struct PipelineConfig: Sendable {
    /// The pipeline's name (written into every record's provenance).
    public var name: String
    public var summary: String?
    public var input: InputConfig
    public var stages: [StageConfig]
    public var output: OutputConfig
    /// What to do when a stage fails on a document (overridable per stage).
    public var onError: ErrorPolicy
    /// The folder relative paths are resolved against (the config file's folder).
    public var baseDirectory: String
    /// The config file, when the config came from one.
    public var file: String?

    public init(
        name: String, summary: String? = nil, input: InputConfig = InputConfig(), stages: [StageConfig],
        output: OutputConfig = OutputConfig(), onError: ErrorPolicy = .record, baseDirectory: String = "", file: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.input = input
        self.stages = stages
        self.output = output
        self.onError = onError
        self.baseDirectory = baseDirectory
        self.file = file
    }
}

/// Where documents come from.
public struct InputConfig: Sendable, Equatable {
    /// Files, directories (walked recursively, sorted), or `-` for JSON Lines on standard input.
    public var paths: [String]
    /// How to read files: by extension (`auto`), or force one format.
    public var format: InputFormat
    /// File extensions picked up when walking directories.
    public var extensions: [String]
    /// Field names in JSON Lines records.
    public var fields: JSONLinesFields

    public init(paths: [String] = [], format: InputFormat = .auto, extensions: [String] = InputConfig.defaultExtensions, fields: JSONLinesFields = JSONLinesFields()) {
        self.paths = paths
        self.format = format
        self.extensions = extensions
        self.fields = fields
    }

    public static let defaultExtensions = ["html", "htm", "xhtml", "txt", "jsonl", "ndjson"]
}

/// The format of an input file.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, html, text, jsonl
}

/// Which fields of a JSON Lines record hold what. Other fields are kept as document metadata.
public struct JSONLinesFields: Sendable, Equatable {
    public var id = "id"
    public var html = "html"
    public var text = "text"
    public var url = "url"
    public var date = "date"

    public init() {}
}

/// One stage in a pipeline config.
public struct StageConfig: Sendable {
    /// The stage id or alias as written (`tokenize`, `tokenize.icu.v1`).
    public var stage: String
    /// The stage's options, not yet decoded (an object; `{}` when absent).
    public var options: JSONValue
    /// Overrides the pipeline's error policy for this stage.
    public var onError: ErrorPolicy?
    /// The index of this entry in the config's `stages` array (for diagnostics), when it came from a file.
    public var position: Int?

    public init(stage: String, options: JSONValue = [:], onError: ErrorPolicy? = nil, position: Int? = nil) {
        self.stage = stage
        self.options = options
        self.onError = onError
        self.position = position
    }
}

/// Where results go.
public struct OutputConfig: Sendable, Equatable {
    /// A file path, or `-` for standard output.
    public var path: String
    /// Whether records carry the document text (offsets always refer to it).
    public var includeText: Bool

    public init(path: String = "-", includeText: Bool = true) {
        self.path = path
        self.includeText = includeText
    }
}

/// What happens to a document when a stage fails on it.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Write an error record for the document and go on (the default).
    case record
    /// Drop the document silently and go on.
    case skip
    /// Stop the run.
    case stop
}
