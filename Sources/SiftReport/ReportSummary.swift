/// What the overview shows, accumulated one record at a time: counts, entity frequencies, each document's
/// sentiment and the stance matrices. It keeps a few numbers per document, never the documents themselves.
public struct ReportSummary: Sendable {
    /// One document's point in the sentiment chart.
    public struct Point: Sendable, Equatable {
        public var number: Int
        /// The document's title, shortened to 80 characters, for the chart's tooltips.
        public var title: String
        /// nil for a failed document or one without a sentiment layer.
        public var compound: Double?
        public var failed: Bool
    }

    /// How many failures the overview lists one by one.
    static let listedFailures = 20

    public private(set) var records = 0
    public private(set) var succeeded = 0
    /// Error records: documents the pipeline failed on.
    public private(set) var failedDocuments = 0
    /// Lines that were not JSON or not Sift records.
    public private(set) var unreadableLines = 0
    public private(set) var sentences = 0
    /// Failures per `stage: code`.
    public private(set) var failureCodes: [String: Int] = [:]
    /// The first failures, for the overview's list.
    public private(set) var failures: [(number: Int, failure: ReportFailure)] = []
    public private(set) var entities = EntityTally()
    public private(set) var stance = StanceMatrix()
    public private(set) var points: [Point] = []

    public init() {}

    /// Adds record `number` (numbers must increase: the records' order in the results).
    public mutating func add(_ record: ReportRecord, number: Int) {
        records += 1
        switch record {
        case .document(let document):
            succeeded += 1
            sentences += document.sentences.count
            entities.add(document.entities, document: number)
            stance.add(document, number: number)
            points.append(Point(number: number, title: Self.shortened(document.displayTitle), compound: document.sentiment, failed: false))
        case .failure(let failure):
            if failure.isUnreadableLine { unreadableLines += 1 } else { failedDocuments += 1 }
            failureCodes[failure.stage + ": " + failure.code, default: 0] += 1
            if failures.count < Self.listedFailures { failures.append((number, failure)) }
            points.append(Point(number: number, title: Self.shortened(failure.id ?? "line \(failure.line)"), compound: nil, failed: true))
        }
    }

    /// Documents with a sentiment compound of each kind: positive, neutral, negative.
    public var sentimentCounts: (positive: Int, neutral: Int, negative: Int) {
        var counts = (positive: 0, neutral: 0, negative: 0)
        for point in points {
            guard let compound = point.compound else { continue }
            if compound >= SentimentScale.threshold {
                counts.positive += 1
            } else if compound <= -SentimentScale.threshold {
                counts.negative += 1
            } else {
                counts.neutral += 1
            }
        }
        return counts
    }

    private static func shortened(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}
