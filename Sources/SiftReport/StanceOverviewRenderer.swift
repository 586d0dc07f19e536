/// The overview's stance tables, one per target: holders × documents, each cell the holder's stance in that
/// document, linked to the row of the document's stance table that lists the evidence.
///
/// With more than `matrixColumns` documents a full matrix would be unreadable, so the table turns compact:
/// one row per holder (the `compactRows` most frequent), one column per stance, listing the documents.
struct StanceOverviewRenderer {
    static let matrixColumns = 30
    static let compactRows = 100
    static let compactLinks = 40

    let matrix: StanceMatrix
    let points: [ReportSummary.Point]
    let shownDocuments: Int

    func render(into html: inout HTMLBuffer) {
        guard !matrix.targets.isEmpty else {
            html.raw("<h3>Stance</h3><p class=\"note\">These results have no stance layer (or no document takes a stance).</p>")
            return
        }
        for target in matrix.targets {
            html.raw("<h3>Stance toward “")
            html.text(target.name)
            html.raw("”</h3><p>")
            html.number(target.documents.count)
            html.raw(target.documents.count == 1 ? " document takes" : " documents take")
            html.raw(" a stance or quote a holder who does; the article’s own framing: ")
            totals(target.framing, into: &html)
            html.raw(".</p><div class=\"scroll\">")
            let rows = (target.framing.cells.isEmpty ? [] : [target.framing]) + target.sortedHolders
            if target.documents.count <= Self.matrixColumns {
                full(target, rows: rows, into: &html)
            } else {
                compact(target, rows: rows, into: &html)
            }
            html.raw("</div>")
        }
    }

    private func full(_ target: StanceMatrix.Target, rows: [StanceMatrix.Row], into html: inout HTMLBuffer) {
        html.raw("<table class=\"matrix\"><thead><tr><th>holder</th><th>stances</th>")
        for number in target.documents {
            html.raw("<th>")
            OverviewRenderer.documentLink(number, shownDocuments: shownDocuments, title: title(number), into: &html)
            html.raw("</th>")
        }
        html.raw("</tr></thead><tbody>")
        for row in rows {
            header(row, isFraming: row.key.isEmpty, into: &html)
            html.raw("<td class=\"tot\">")
            totals(row, into: &html)
            html.raw("</td>")
            var next = 0
            for number in target.documents {
                html.raw("<td>")
                while next < row.cells.count && row.cells[next].document < number { next += 1 }
                while next < row.cells.count && row.cells[next].document == number {
                    cell(row.cells[next], text: row.cells[next].label.displayName, into: &html)
                    next += 1
                }
                html.raw("</td>")
            }
            html.raw("</tr>")
        }
        html.raw("</tbody></table>")
    }

    private func compact(_ target: StanceMatrix.Target, rows: [StanceMatrix.Row], into html: inout HTMLBuffer) {
        html.raw("<table class=\"matrix compact\"><thead><tr><th>holder</th><th>documents</th><th>favour</th><th>against</th><th>neutral</th></tr></thead><tbody>")
        for row in rows.prefix(Self.compactRows + 1) {
            header(row, isFraming: row.key.isEmpty, into: &html)
            html.raw("<td class=\"tot\">")
            html.number(row.documentCount)
            html.raw("</td>")
            for label in ReportStance.Label.allCases {
                html.raw("<td>")
                var listed = 0, more = 0
                for item in row.cells where item.label == label {
                    if listed < Self.compactLinks {
                        cell(item, text: "#\(item.document)", into: &html)
                        html.raw(" ")
                        listed += 1
                    } else {
                        more += 1
                    }
                }
                if more > 0 { html.raw(markup: "<small>+\(more) more</small>") }
                html.raw("</td>")
            }
            html.raw("</tr>")
        }
        html.raw("</tbody></table>")
        let hidden = rows.count - (Self.compactRows + 1)
        if hidden > 0 {
            html.raw("<p class=\"note\">")
            html.number(hidden)
            html.raw(" holders named in fewer documents are not listed here; each document’s section has its own stance table.</p>")
        }
    }

    private func header(_ row: StanceMatrix.Row, isFraming: Bool, into html: inout HTMLBuffer) {
        html.raw("<tr><th scope=\"row\">")
        if isFraming {
            html.raw("<i>the article itself</i>")
        } else {
            html.text(row.name)
            if let id = row.entityID {
                html.raw(" <small>")
                html.text(id)
                html.raw("</small>")
            }
        }
        html.raw("</th>")
    }

    /// A stance chip linked to the stance table row with the evidence (plain when the document has no section).
    private func cell(_ cell: StanceMatrix.Cell, text: String, into html: inout HTMLBuffer) {
        let linked = cell.document <= shownDocuments
        html.raw(linked ? "<a class=\"st " : "<span class=\"st ")
        html.raw(markup: cell.label.rawValue)
        if linked {
            html.raw("\" href=\"#")
            html.raw(markup: ReportAnchor.stance(cell.document, cell.anchor))
        }
        html.raw(markup: "\" title=\"#\(cell.document): \(cell.label.displayName), score \(SentimentScale.signed(cell.score))\">")
        html.raw(markup: text)
        html.raw(linked ? "</a>" : "</span>")
    }

    private func totals(_ row: StanceMatrix.Row, into html: inout HTMLBuffer) {
        var first = true
        for label in ReportStance.Label.allCases {
            let count = row.count(label)
            guard count > 0 else { continue }
            if !first { html.raw(" · ") }
            first = false
            html.raw(markup: "\(count) \(label.displayName)")
        }
        if first { html.raw("none") }
    }

    private func title(_ number: Int) -> String? {
        number >= 1 && number <= points.count && points[number - 1].number == number ? points[number - 1].title : nil
    }
}
