/// A failure of a stage on one document. The runner records it with the document and continues
/// (or skips or stops, per the run's error policy).
public struct StageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable machine-readable code, e.g. `missing_layer`, `invalid_input`, `limit_exceeded`.
    public var code: String
    /// What went wrong and, where possible, how to fix it.
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// A layer the stage needs was not produced by an earlier stage.
    public static func missingLayer(_ name: LayerName) -> StageError {
        StageError(code: "missing_layer", message: "layer '\(name)' is missing: add a stage that provides it earlier in the pipeline")
    }

    /// The document's content cannot be processed by this stage.
    public static func invalidInput(_ message: String) -> StageError {
        StageError(code: "invalid_input", message: message)
    }

    /// The document exceeds a configured or built-in limit.
    public static func limitExceeded(_ message: String) -> StageError {
        StageError(code: "limit_exceeded", message: message)
    }
}
