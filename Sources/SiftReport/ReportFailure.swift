/// A line of a results file that is not a processed document: an error record, or a line the report could not read.
public struct ReportFailure: Sendable, Equatable {
    /// The document id, when the line was an error record with one.
    public var id: String?
    /// The 1-based line of the results file (counting blank lines).
    public var line: Int
    /// The stage that failed (`input` when the pipeline could not read the document; `report` when the
    /// report could not read the line).
    public var stage: String
    public var code: String
    public var message: String
    /// The record's `source` members, when it had them.
    public var source: [(key: String, value: String)]
    /// The results file the line is in, when the report reads several.
    public var input: String?

    public init(id: String?, line: Int, stage: String, code: String, message: String, source: [(key: String, value: String)] = []) {
        self.id = id
        self.line = line
        self.stage = stage
        self.code = code
        self.message = message
        self.source = source
    }

    /// Whether the line was unreadable for the report (not JSON, or not a Sift record), rather than an error record.
    public var isUnreadableLine: Bool { stage == "report" }

    public static func == (lhs: ReportFailure, rhs: ReportFailure) -> Bool {
        lhs.id == rhs.id && lhs.line == rhs.line && lhs.stage == rhs.stage && lhs.code == rhs.code && lhs.message == rhs.message
            && lhs.source.elementsEqual(rhs.source, by: ==) && lhs.input == rhs.input
    }
}
