/// A pipeline stage: built once per pipeline from typed options, then shared by worker threads.
///
/// ```swift
/// struct Shout: Stage {
///     struct Options: Codable, Sendable { var suffix = "!" }
///     static let descriptor = StageDescriptor(id: "example.shout.v1", summary: "…", requires: [.text], provides: ["shout"])
///     let options: Options
///     init(options: Options, context: StageContext) { self.options = options }
///     func process(_ document: inout Document) throws { … }
/// }
/// ```
///
/// `process` is synchronous and must be safe to call from several threads at once.
/// Throw `StageError` for per-document failures; throw `StageSetupError` from `init` for bad options.
public protocol Stage: Sendable {
    /// The stage's typed options, decoded from the config's `options` object (unknown keys are rejected).
    associatedtype Options: Codable & Sendable

    /// Id, summary, layers required and provided, option docs and examples.
    static var descriptor: StageDescriptor { get }

    /// Builds the stage. Load resources here (lexicons, gazetteers), not in `process`.
    init(options: Options, context: StageContext) throws

    /// Processes one document in place: reads the layers it requires, adds the layers it provides.
    func process(_ document: inout Document) throws
}

/// A stage instance whose required and provided layers are known only once it is built — a process
/// stage learns them from its worker's handshake. The pipeline builder checks and records these
/// instead of the descriptor's, whose `provides` holds `LayerName.declaredWhenBuilt`.
public protocol DynamicLayers {
    /// The layers this instance needs from earlier stages (replaces the descriptor's `requires`).
    var requiredLayers: [LayerName] { get }
    /// The layers this instance adds (replaces the descriptor's `provides`).
    var providedLayers: [LayerName] { get }
}

extension LayerName {
    /// The placeholder in a descriptor's `provides` for a stage whose layers are declared when it is built
    /// (see `DynamicLayers`). It never names a real layer.
    public static let declaredWhenBuilt: LayerName = "*"
}

/// What a stage may know about the pipeline it is built into.
public struct StageContext: Sendable {
    /// The folder relative paths in options are resolved against (the config file's folder).
    public var baseDirectory: String
    /// The pipeline's name.
    public var pipelineName: String

    public init(baseDirectory: String, pipelineName: String = "pipeline") {
        self.baseDirectory = baseDirectory
        self.pipelineName = pipelineName
    }

    /// Resolves a path from an option: absolute paths stay, relative ones join `baseDirectory`.
    public func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory.isEmpty { return path }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}

/// A problem with a stage's options found while building it (a missing file, an invalid value).
public struct StageSetupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The option the problem is about (`lexicon`, `locale`), or empty for the options as a whole.
    public var option: String
    public var message: String

    public init(option: String, message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { option.isEmpty ? message : "\(option): \(message)" }
}

/// Options for stages that take none.
public struct NoOptions: Codable, Sendable, Equatable {
    public init() {}
}
