/// A document that could not be processed: which document, where it failed, and why.
public struct DocumentFailure: Sendable, Error, Equatable {
    public var id: String
    public var source: SourceInfo
    /// The id of the stage that failed, or `input` when the document could not be read.
    public var stage: String
    /// A stable code (`invalid_input`, `missing_layer`, `read_error`, …).
    public var code: String
    /// What went wrong, and how to fix it where possible.
    public var message: String

    public init(id: String, source: SourceInfo, stage: String, code: String, message: String) {
        self.id = id
        self.source = source
        self.stage = stage
        self.code = code
        self.message = message
    }

    /// The pseudo stage id used for failures while reading input.
    public static let inputStage = "input"
}

/// One item read from the input: a document, or a document-sized failure to read one
/// (a malformed JSON Lines record, an unreadable file). Either way it yields one output line.
public enum InputItem: Sendable {
    case document(Document)
    case failure(DocumentFailure)
}

/// What became of one input item after the pipeline ran.
public enum Outcome: Sendable {
    case success(Document)
    case failure(DocumentFailure)
    /// Dropped under the `skip` error policy: no output line.
    case skipped(DocumentFailure)
}
