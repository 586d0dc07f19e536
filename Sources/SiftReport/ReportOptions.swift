/// How a report is made.
public struct ReportOptions: Sendable {
    /// The page title and heading.
    public var title: String
    /// A line under the heading saying where the results came from (e.g. the results file).
    public var subtitle: String
    /// Per-document sections for the first N documents only (nil: all). The overview always covers every document.
    public var maxDocuments: Int?
    /// Sections start expanded when the report has at most this many; collapsed otherwise.
    public var expandedUpTo: Int

    public init(title: String, subtitle: String = "", maxDocuments: Int? = nil, expandedUpTo: Int = 20) {
        self.title = title
        self.subtitle = subtitle
        self.maxDocuments = maxDocuments
        self.expandedUpTo = expandedUpTo
    }
}
