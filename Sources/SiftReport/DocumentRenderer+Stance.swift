extension DocumentRenderer {
    /// A document's stance table: per target, the document's own stance and each holder's, with score and
    /// evidence sentences (linked to the sentence in the text) and their cues. Each row has the id the
    /// overview's stance tables link to.
    static func stanceTable(_ document: ReportDocument, entries: [ReportDocument.StanceEntry], number: Int, into html: inout HTMLBuffer) {
        html.raw("<table class=\"stance\"><thead><tr><th>target</th><th>holder</th><th>stance</th><th>score</th><th>evidence sentences (cues)</th></tr></thead><tbody>")
        for entry in entries {
            html.raw("<tr id=\"")
            html.raw(markup: ReportAnchor.stance(number, entry.anchor))
            html.raw("\"><td>")
            html.text(entry.target)
            html.raw("</td><td>")
            if let holder = entry.position.holder {
                let name = document.holderName(holder)
                html.text(name)
                if name != holder.text {
                    html.raw(" <small>as “")
                    html.text(holder.text)
                    html.raw("”</small>")
                }
            } else {
                html.raw("<i>the article itself</i>")
            }
            html.raw("</td><td><span class=\"st ")
            html.raw(markup: entry.position.label.rawValue)
            html.raw("\">")
            html.raw(markup: entry.position.label.displayName)
            html.raw("</span></td><td>")
            html.raw(markup: SentimentScale.signed(entry.position.score))
            html.raw("</td><td>")
            for (index, evidence) in entry.position.evidence.enumerated() {
                if index > 0 { html.raw("; ") }
                let valid = evidence.sentence >= 0 && evidence.sentence < document.sentences.count && document.text != nil
                if valid {
                    html.raw("<a href=\"#")
                    html.raw(markup: ReportAnchor.sentence(number, evidence.sentence))
                    html.raw("\">")
                }
                html.raw("sentence ")
                html.number(evidence.sentence + 1)
                if valid { html.raw("</a>") }
                if !evidence.cues.isEmpty {
                    html.raw(" (")
                    html.text(evidence.cues.map(\.text).joined(separator: ", "))
                    html.raw(")")
                }
            }
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table>")
    }
}
