import SiftJSON

/// Entity scores of an evaluation run (see `EntityScorer` for the definitions).
public struct EntityReport: Sendable {
    /// A wrong or missed entity, for reading what a system gets wrong.
    public struct Example: Sendable, Equatable {
        public var document: String
        public var text: String
        public var label: String
    }

    /// Documents scored (including failed ones).
    public var documents = 0
    /// Exact span + label scores per (gold or mapped) label.
    public var labels: [String: SpanScore] = [:]
    /// All labels together (micro average).
    public var overall = SpanScore()
    /// Spans alone, labels ignored.
    public var spans = SpanScore()
    /// Predicted labels the map dropped or does not mention, with their counts.
    public var dropped: [String: Int] = [:]
    /// Predicted entities not in the gold set (when the scorer keeps examples).
    public var falsePositives: [Example] = []
    /// Gold entities not predicted (when the scorer keeps examples).
    public var falseNegatives: [Example] = []
    /// Documents the pipeline failed on: id and message.
    public var failures: [(id: String, message: String)] = []
    /// Wall-clock seconds spent in the pipeline, when the caller measured it.
    public var seconds: Double?

    public init() {}

    /// Adds the counts, examples and failures of `other`.
    public mutating func add(_ other: EntityReport) {
        documents += other.documents
        for (label, score) in other.labels { labels[label, default: SpanScore()] += score }
        overall += other.overall
        spans += other.spans
        for (label, count) in other.dropped { dropped[label, default: 0] += count }
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
        failures += other.failures
    }

    /// A plain-text table: one row per label, then overall and spans; `examples` wrong and missed entities.
    public func table(title: String = "Sift entities", examples: Int = 0) -> String {
        func row(_ name: String, _ score: SpanScore) -> String {
            pad(name, 18) + pad(format(score.precision), 9, right: true) + pad(format(score.recall), 9, right: true)
                + pad(format(score.f1), 9, right: true) + pad(String(score.gold), 8, right: true)
                + pad(String(score.predicted), 11, right: true)
        }
        var lines = [
            "\(title): \(documents) documents" + (failures.isEmpty ? "" : ", \(failures.count) failed")
                + (seconds.map { ", \(format($0)) s" } ?? ""),
            pad("label", 18) + pad("P", 9, right: true) + pad("R", 9, right: true) + pad("F1", 9, right: true)
                + pad("gold", 8, right: true) + pad("predicted", 11, right: true),
        ]
        for label in labels.keys.sorted() { lines.append(row(label, labels[label] ?? SpanScore())) }
        lines.append(row("overall (micro)", overall))
        lines.append(row("spans, any label", spans))
        if !dropped.isEmpty {
            lines.append("not scored (label map): " + dropped.keys.sorted().map { "\($0) \(dropped[$0] ?? 0)" }.joined(separator: ", "))
        }
        for failure in failures.prefix(5) { lines.append("failed: \(failure.id): \(failure.message)") }
        if examples > 0 {
            lines.append("wrong (predicted, not in gold):")
            for example in falsePositives.prefix(examples) { lines.append("  \(example.label)\t\(example.text)\t\(example.document)") }
            lines.append("missed (in gold, not predicted):")
            for example in falseNegatives.prefix(examples) { lines.append("  \(example.label)\t\(example.text)\t\(example.document)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object.
    public var json: JSONValue {
        var labelObject = JSONObject()
        for label in labels.keys.sorted() { labelObject[label] = labels[label]?.json ?? .null }
        var droppedObject = JSONObject()
        for label in dropped.keys.sorted() { droppedObject[label] = .integer(dropped[label] ?? 0) }
        var object = JSONObject([
            ("documents", .integer(documents)),
            ("labels", .object(labelObject)),
            ("overall", overall.json),
            ("spans", spans.json),
            ("not_scored", .object(droppedObject)),
            ("failures", .array(failures.map { ["id": .string($0.id), "message": .string($0.message)] })),
        ])
        if let seconds { object["seconds"] = .number(seconds) }
        return .object(object)
    }

    private func format(_ value: Double) -> String { ReportFormatting.score(value) }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        ReportFormatting.pad(text, width, right: right)
    }
}
