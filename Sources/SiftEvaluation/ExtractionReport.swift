import SiftJSON

/// Scores of an extraction run over a gold set, aggregated as the benchmark does (see `ExtractionMetric`):
/// precision is the mean of the per-page precisions (pages with a prediction), recall the mean of the
/// per-page recalls (pages with a gold body), F1 the harmonic mean of those two means.
public struct ExtractionReport: Sendable {
    /// One scored page.
    public struct Page: Sendable {
        /// The page's id and URL, and its counts.
        public var id: String
        public var url: String?
        public var score: ExtractionPageScore
        /// The error message when extraction failed on the page (then it counts as an empty prediction).
        public var failure: String?
    }

    /// Every scored page, in the order added.
    public var pages: [Page] = []
    /// Seconds spent in the extractor (the caller measures), and the HTML bytes it read.
    public var seconds: Double?
    public var htmlBytes = 0

    /// An empty report.
    public init() {}

    /// Adds a page.
    public mutating func add(id: String, url: String? = nil, score: ExtractionPageScore, failure: String? = nil) {
        pages.append(Page(id: id, url: url, score: score, failure: failure))
    }

    /// Mean precision over pages that predicted something.
    public var precision: Double { Self.mean(pages.compactMap(\.score.precision)) }
    /// Mean recall over pages with a gold body.
    public var recall: Double { Self.mean(pages.compactMap(\.score.recall)) }
    /// Harmonic mean of `precision` and `recall`.
    public var f1: Double {
        let (p, r) = (precision, recall)
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
    /// Share of pages whose predicted tokens equal the gold tokens exactly.
    public var accuracy: Double { pages.isEmpty ? 0 : Double(pages.filter(\.score.exactMatch).count) / Double(pages.count) }
    /// Pages with an empty prediction (failures included).
    public var emptyPages: Int { pages.filter { $0.score.truePositives + $0.score.falsePositives == 0 }.count }

    /// The `count` pages with the lowest page F1, worst first (ties by id).
    public func worst(_ count: Int) -> [Page] {
        Array(pages.sorted { ($0.score.f1, $0.id) < ($1.score.f1, $1.id) }.prefix(count))
    }

    /// Pages per second and MB of HTML per second, when `seconds` is known.
    public var pagesPerSecond: Double? { seconds.map { $0 > 0 ? Double(pages.count) / $0 : 0 } }
    public var megabytesPerSecond: Double? { seconds.map { $0 > 0 ? Double(htmlBytes) / 1e6 / $0 : 0 } }

    /// A plain-text summary and the `worstCount` worst pages.
    public func table(title: String, worstCount: Int = 10) -> String {
        var lines = ["\(title): \(pages.count) pages, \(emptyPages) empty"
            + (pagesPerSecond.map { ", " + Self.format($0, 1) + " pages/s" } ?? "")
            + (megabytesPerSecond.map { ", " + Self.format($0, 2) + " MB/s of HTML" } ?? "")]
        lines.append("precision \(Self.format(precision, 4))  recall \(Self.format(recall, 4))  F1 \(Self.format(f1, 4))"
            + "  accuracy \(Self.format(accuracy, 3))")
        if worstCount > 0 {
            lines.append("worst pages (page F1, P, R):")
            for page in worst(worstCount) {
                let p = page.score.precision.map { Self.format($0, 3) } ?? "-"
                let r = page.score.recall.map { Self.format($0, 3) } ?? "-"
                lines.append("  \(Self.format(page.score.f1, 3))  P \(p)  R \(r)  \(page.id.prefix(16))  \(page.url ?? "")"
                    + (page.failure.map { "  failed: \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON: totals, and every page with its counts.
    public var json: JSONValue {
        var object = JSONObject([
            ("pages", .integer(pages.count)), ("precision", .number(precision)), ("recall", .number(recall)),
            ("f1", .number(f1)), ("accuracy", .number(accuracy)), ("empty", .integer(emptyPages)),
        ])
        if let seconds { object["seconds"] = .number(seconds) }
        if let pagesPerSecond { object["pages_per_second"] = .number(pagesPerSecond) }
        if let megabytesPerSecond { object["mb_per_second"] = .number(megabytesPerSecond) }
        object["per_page"] = .array(pages.map { page in
            var entry = JSONObject([
                ("id", .string(page.id)), ("f1", .number(page.score.f1)),
                ("precision", page.score.precision.map(JSONValue.number) ?? .null),
                ("recall", page.score.recall.map(JSONValue.number) ?? .null),
                ("true_positives", .integer(page.score.truePositives)),
                ("false_positives", .integer(page.score.falsePositives)),
                ("false_negatives", .integer(page.score.falseNegatives)),
            ])
            if let url = page.url { entry["url"] = .string(url) }
            if let failure = page.failure { entry["failure"] = .string(failure) }
            return .object(entry)
        })
        return .object(object)
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        }
        return text
    }
}
