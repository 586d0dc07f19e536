/// Where a document came from: a file, an archive member, a line of a JSON Lines file, a URL.
public struct SourceInfo: Sendable, Hashable {
    /// The input file (as given or found while walking a directory), or `-` for standard input.
    public var path: String
    /// The member inside an archive, when the document came from one.
    public var member: String?
    /// The 1-based line of a JSON Lines input.
    public var line: Int?
    /// The document's URL, when known.
    public var url: String?
    /// The document's date (as given by the input, e.g. ISO 8601), when known.
    public var date: String?
    /// The WARC record's `WARC-Record-ID`, when the document came from a WARC file.
    public var recordID: String?

    public init(path: String, member: String? = nil, line: Int? = nil, url: String? = nil, date: String? = nil, recordID: String? = nil) {
        self.path = path
        self.member = member
        self.line = line
        self.url = url
        self.date = date
        self.recordID = recordID
    }

    /// A short human-readable location: `path`, `path:line` or `path!member`.
    public var location: String {
        var text = path
        if let member { text += "!" + member }
        if let line { text += ":\(line)" }
        return text
    }
}
