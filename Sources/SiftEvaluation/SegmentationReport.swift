import SiftJSON

/// Token and sentence scores of a segmentation run (see `SegmentationScorer` for the definitions).
public struct SegmentationReport: Sendable {
    /// Documents scored (including failed ones).
    public var documents = 0
    /// Token spans, exact match.
    public var tokens = SpanScore()
    /// Sentence end offsets, excluding each document's final end.
    public var boundaries = SpanScore()
    /// Sentence spans, exact match.
    public var sentences = SpanScore()
    /// Documents the pipeline failed on: id and message.
    public var failures: [(id: String, message: String)] = []
    /// Wall-clock seconds spent in the pipeline, when the caller measured it.
    public var seconds: Double?

    public init() {}

    /// Adds the counts (and failures) of `other`.
    public mutating func add(_ other: SegmentationReport) {
        documents += other.documents
        tokens += other.tokens
        boundaries += other.boundaries
        sentences += other.sentences
        failures += other.failures
    }

    /// A plain-text table, one row per measure.
    public func table(title: String = "Sift") -> String {
        func row(_ name: String, _ score: SpanScore) -> String {
            pad(name, 22) + pad(format(score.precision), 9, right: true) + pad(format(score.recall), 9, right: true)
                + pad(format(score.f1), 9, right: true) + pad(String(score.gold), 9, right: true)
                + pad(String(score.predicted), 11, right: true)
        }
        var lines = [
            "\(title): \(documents) documents" + (failures.isEmpty ? "" : ", \(failures.count) failed")
                + (seconds.map { ", \(format($0)) s" } ?? ""),
            pad("measure", 22) + pad("P", 9, right: true) + pad("R", 9, right: true) + pad("F1", 9, right: true)
                + pad("gold", 9, right: true) + pad("predicted", 11, right: true),
            row("tokens", tokens),
            row("sentence boundaries", boundaries),
            row("sentences (exact)", sentences),
        ]
        for failure in failures.prefix(5) { lines.append("failed: \(failure.id): \(failure.message)") }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object.
    public var json: JSONValue {
        var object = JSONObject([
            ("documents", .integer(documents)),
            ("tokens", tokens.json),
            ("boundaries", boundaries.json),
            ("sentences", sentences.json),
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
