/// Renders the overview at the top of the report: counts, failures, the most frequent entities per label,
/// the sentiment chart and the stance tables.
struct OverviewRenderer {
    let summary: ReportSummary
    /// Documents numbered above this have no section in the report (`ReportOptions.maxDocuments`): no links to them.
    let shownDocuments: Int
    /// Entities listed per label.
    var entitiesPerLabel = 10

    func render(into html: inout HTMLBuffer) {
        html.raw("<section id=\"overview\"><h2>Overview</h2>")
        counts(into: &html)
        failures(into: &html)
        entities(into: &html)
        html.raw("<h3>Sentiment per document</h3>")
        SentimentChart(points: summary.points, shownDocuments: shownDocuments).render(into: &html)
        StanceOverviewRenderer(matrix: summary.stance, points: summary.points, shownDocuments: shownDocuments).render(into: &html)
        html.raw("</section>\n")
    }

    /// `#N` linking to document N's section when it has one.
    static func documentLink(_ number: Int, shownDocuments: Int, title: String? = nil, into html: inout HTMLBuffer) {
        let linked = number <= shownDocuments
        if linked {
            html.raw("<a href=\"#")
            html.raw(markup: ReportAnchor.document(number))
            html.raw("\"")
        } else {
            html.raw("<span")
        }
        if let title {
            html.raw(" title=\"")
            html.text(title)
            html.raw("\"")
        }
        html.raw(">#")
        html.number(number)
        html.raw(linked ? "</a>" : "</span>")
    }

    private func counts(into html: inout HTMLBuffer) {
        html.raw("<div class=\"cards\">")
        card(summary.records, "documents", style: "", into: &html)
        card(summary.succeeded, "processed", style: " ok", into: &html)
        card(summary.failedDocuments, "failed", style: summary.failedDocuments > 0 ? " bad" : "", into: &html)
        if summary.unreadableLines > 0 { card(summary.unreadableLines, "unreadable lines", style: " bad", into: &html) }
        card(summary.entities.mentions, "entity mentions", style: "", into: &html)
        card(summary.sentences, "sentences", style: "", into: &html)
        html.raw("</div>")
        if shownDocuments < summary.records {
            html.raw("<p class=\"note\">The overview covers all ")
            html.number(summary.records)
            html.raw(" documents; sections follow for the first ")
            html.number(shownDocuments)
            html.raw(" (<code>--max-documents</code>).</p>")
        }
    }

    private func card(_ value: Int, _ name: StaticString, style: StaticString, into html: inout HTMLBuffer) {
        html.raw("<div class=\"card")
        html.raw(style)
        html.raw("\"><b>")
        html.number(value)
        html.raw("</b> ")
        html.raw(name)
        html.raw("</div>")
    }

    private func failures(into html: inout HTMLBuffer) {
        guard !summary.failures.isEmpty else { return }
        html.raw("<h3>Failures</h3><p>")
        let codes = summary.failureCodes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (index, code) in codes.enumerated() {
            if index > 0 { html.raw(" · ") }
            html.raw("<code>")
            html.text(code.key)
            html.raw("</code> ")
            html.number(code.value)
        }
        html.raw("</p><ul class=\"fails\">")
        for (number, failure) in summary.failures {
            html.raw("<li>")
            Self.documentLink(number, shownDocuments: shownDocuments, into: &html)
            html.raw(" ")
            if let id = failure.id {
                html.text(id)
                html.raw(" — ")
            }
            html.raw("<code>")
            html.text(failure.stage + ": " + failure.code)
            html.raw("</code> ")
            html.text(failure.message.count > 240 ? String(failure.message.prefix(239)) + "…" : failure.message)
            html.raw("</li>")
        }
        html.raw("</ul>")
        let more = summary.failedDocuments + summary.unreadableLines - summary.failures.count
        if more > 0 {
            html.raw("<p class=\"note\">")
            html.number(more)
            html.raw(" more failures: tick “failed only” above the documents to list them.</p>")
        }
    }

    private func entities(into html: inout HTMLBuffer) {
        let labels = summary.entities.labels
        guard !labels.isEmpty else { return }
        html.raw("<h3>Most frequent entities</h3><div class=\"grid\">")
        for label in labels {
            html.raw("<table class=\"ents\"><caption>")
            EntityPalette.swatch(label, into: &html)
            html.raw(" <small>")
            html.number(summary.entities.distinctCount(label: label))
            html.raw(" distinct</small></caption><thead><tr><th>entity</th><th>mentions</th><th>docs</th></tr></thead><tbody>")
            for entry in summary.entities.top(label: label, limit: entitiesPerLabel) {
                html.raw("<tr><td>")
                let linked = entry.firstDocument <= shownDocuments
                if linked {
                    html.raw("<a href=\"#")
                    html.raw(markup: ReportAnchor.document(entry.firstDocument))
                    html.raw("\" title=\"")
                } else {
                    html.raw("<span title=\"")
                }
                html.text(entry.id)
                html.raw("\">")
                html.text(entry.name)
                html.raw(linked ? "</a></td><td>" : "</span></td><td>")
                html.number(entry.mentions)
                html.raw("</td><td>")
                html.number(entry.documents)
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table>")
        }
        html.raw("</div>")
    }
}
