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
    /// Files, directories (walked recursively, sorted), glob patterns, `@list.txt` files naming one input
    /// per line, or `-` for JSON Lines (or WARC) on standard input.
    public var paths: [String]
    /// How to read files: by extension (`auto`), or force one format.
    public var format: InputFormat
    /// File name endings picked up when walking directories (`html`, `warc.gz`, `tar.zst`, …), and the
    /// member endings read from archives when `members` is empty.
    public var extensions: [String]
    /// Field names in JSON Lines records.
    public var fields: JSONLinesFields
    /// Glob patterns (`*.html`, `pages/*/index.htm`) choosing which archive members are read; empty: by `extensions`.
    public var members: [String]
    /// Documents larger than this many bytes are not read: each yields an error record with code `too_large`.
    public var maxDocumentBytes: Int
    /// Which WARC record types become documents.
    public var warcRecordTypes: [WARCRecordType]

    public init(
        paths: [String] = [], format: InputFormat = .auto, extensions: [String] = InputConfig.defaultExtensions,
        fields: JSONLinesFields = JSONLinesFields(), members: [String] = [], maxDocumentBytes: Int = InputConfig.defaultMaxDocumentBytes,
        warcRecordTypes: [WARCRecordType] = InputConfig.defaultWARCRecordTypes
    ) {
        self.paths = paths
        self.format = format
        self.extensions = extensions
        self.fields = fields
        self.members = members
        self.maxDocumentBytes = maxDocumentBytes
        self.warcRecordTypes = warcRecordTypes
    }

    public static let defaultExtensions = [
        "html", "htm", "xhtml", "txt", "html.gz", "htm.gz", "xhtml.gz", "txt.gz",
        "jsonl", "ndjson", "jsonl.gz", "jsonl.zst", "ndjson.gz", "ndjson.zst",
        "warc", "warc.gz", "tar", "tar.gz", "tgz", "tar.bz2", "tar.xz", "tar.zst", "zip", "7z",
    ]

    /// 64 MiB: far above any real web page, small enough that a handful in flight stays cheap.
    public static let defaultMaxDocumentBytes = 64 << 20

    public static let defaultWARCRecordTypes: [WARCRecordType] = [.response, .resource]
}

/// The format of an input file.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, html, text, jsonl, warc, archive
}

/// WARC record types that can become documents.
public enum WARCRecordType: String, Sendable, CaseIterable {
    /// An HTTP response: HTTP headers are stripped; only HTML (and plain-text) payloads are read.
    case response
    /// A resource record (the content itself, no HTTP headers), e.g. from `wget --warc-file`.
    case resource
    /// Extracted plain text (WET files), read as plain text.
    case conversion
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
    /// A file path, `-` for standard output, or a folder (ending in `/`) for sharded output.
    public var path: String
    /// Whether records carry the document text (offsets always refer to it).
    public var includeText: Bool
    /// Records per output file: the output is a folder of `part-00000.jsonl` … files. nil: one file.
    public var shardSize: Int?
    /// How output files are compressed.
    public var compression: OutputCompression

    public init(path: String = "-", includeText: Bool = true, shardSize: Int? = nil, compression: OutputCompression = .auto) {
        self.path = path
        self.includeText = includeText
        self.shardSize = shardSize
        self.compression = compression
    }
}

/// Compression of output files.
public enum OutputCompression: String, Sendable, CaseIterable {
    /// By the output file's ending (`.gz`, `.zst`); none for shards and other names.
    case auto
    case none
    /// gzip, one member per chunk of records (any gzip reader reads the whole file).
    case gzip
    /// zstd, one frame per chunk of records.
    case zstd
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
