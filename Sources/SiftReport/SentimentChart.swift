/// The overview's sentiment chart: one bar per document (its compound, up for positive, down for negative,
/// linked to the document), in pure inline SVG. Past `maximumBars` documents, each bar is the mean of a run
/// of consecutive documents, so the chart stays the same size for any number of documents.
struct SentimentChart {
    static let maximumBars = 400
    static let width = 1000.0, height = 130.0, left = 34.0, zero = 62.0, scale = 52.0

    let points: [ReportSummary.Point]
    let shownDocuments: Int

    func render(into html: inout HTMLBuffer) {
        let scored = points.compactMap(\.compound)
        guard !scored.isEmpty else {
            html.raw("<p class=\"note\">These results have no sentiment layer.</p>")
            return
        }
        let perBar = max(1, (points.count + Self.maximumBars - 1) / Self.maximumBars)
        let bars = stride(from: 0, to: points.count, by: perBar).map { points[$0..<min($0 + perBar, points.count)] }
        let slot = (Self.width - Self.left) / Double(bars.count)
        html.raw("<svg class=\"chart\" viewBox=\"0 0 1000 130\" role=\"img\" aria-label=\"Sentiment compound per document\">")
        html.raw("<text x=\"0\" y=\"14\">+1</text><text x=\"0\" y=\"66\">0</text><text x=\"0\" y=\"118\">−1</text>")
        html.raw("<line class=\"axis\" x1=\"34\" x2=\"1000\" y1=\"62\" y2=\"62\"/>")
        for (index, bar) in bars.enumerated() {
            let x = Self.left + Double(index) * slot
            let width = min(max(slot * 0.8, 0.6), 60)
            self.bar(bar, x: x + (slot - width) / 2, width: width, into: &html)
            if bars.count <= 40, let number = bar.first?.number {
                html.raw(markup: "<text class=\"x\" x=\"\(Self.decimal(x + slot / 2))\" y=\"127\">#\(number)</text>")
            }
        }
        html.raw("</svg>")
        let counts = (positive: scored.filter { $0 >= SentimentScale.threshold }.count, negative: scored.filter { $0 <= -SentimentScale.threshold }.count)
        html.raw("<p class=\"legend\"><span class=\"sw p2\">positive</span> ")
        html.number(counts.positive)
        html.raw(" <span class=\"sw\">neutral</span> ")
        html.number(scored.count - counts.positive - counts.negative)
        html.raw(" <span class=\"sw n2\">negative</span> ")
        html.number(counts.negative)
        html.raw(" · mean ")
        html.raw(markup: SentimentScale.signed(scored.reduce(0, +) / Double(scored.count)))
        html.raw(" (VADER compound; neutral within ±0.05)")
        if perBar > 1 {
            html.raw(" · each bar is the mean of ")
            html.number(perBar)
            html.raw(" consecutive documents")
        }
        html.raw("</p>")
    }

    private func bar(_ run: ArraySlice<ReportSummary.Point>, x: Double, width: Double, into html: inout HTMLBuffer) {
        guard let first = run.first, let last = run.last else { return }
        let values = run.compactMap(\.compound)
        let failed = run.filter(\.failed).count
        let linked = first.number <= shownDocuments
        if linked {
            html.raw("<a href=\"#")
            html.raw(markup: ReportAnchor.document(first.number))
            html.raw("\">")
        }
        let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        if let mean {
            let size = max(abs(mean) * Self.scale, 1)
            let top = mean >= 0 ? Self.zero - size : Self.zero
            html.raw("<rect class=\"")
            html.raw(mean >= SentimentScale.threshold ? "pos" : mean <= -SentimentScale.threshold ? "neg" : "neu")
            html.raw(markup: "\" x=\"\(Self.decimal(x))\" y=\"\(Self.decimal(top))\" width=\"\(Self.decimal(width))\" height=\"\(Self.decimal(size))\">")
        } else {
            html.raw(markup: "<rect class=\"fail\" x=\"\(Self.decimal(x))\" y=\"58\" width=\"\(Self.decimal(width))\" height=\"8\">")
        }
        html.raw("<title>")
        if run.count == 1 {
            html.raw("#")
            html.number(first.number)
            html.raw(" ")
            html.text(first.title)
            html.raw(": ")
            html.raw(markup: mean.map(SentimentScale.signed) ?? (failed > 0 ? "failed" : "no sentiment"))
        } else {
            html.raw(markup: "#\(first.number)–#\(last.number): ")
            html.raw(markup: mean.map { "mean " + SentimentScale.signed($0) } ?? "no sentiment")
            html.raw(markup: " over \(values.count) documents")
            if failed > 0 { html.raw(markup: " (\(failed) failed)") }
        }
        html.raw("</title></rect>")
        if linked { html.raw("</a>") }
    }

    /// A coordinate with at most one decimal.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
