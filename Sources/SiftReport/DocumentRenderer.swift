/// Renders one document's section: a `<details>` whose summary line gives the number, title, id, sentiment and
/// stance at a glance, and whose body holds the metadata, a legend, the stance table and the highlighted text.
enum DocumentRenderer {
    /// Appends the opening tag of document `number`'s section (`open` expands it; `failed` marks a failure).
    static func openSection(number: Int, failed: Bool, open: Bool, into html: inout HTMLBuffer) {
        html.raw(failed ? "<details class=\"doc failed\" id=\"" : "<details class=\"doc\" id=\"")
        html.raw(markup: ReportAnchor.document(number))
        html.raw(open ? "\" open>" : "\">")
    }

    /// Appends the section of a processed document (after `openSection`, up to and including `</details>`).
    static func render(_ document: ReportDocument, number: Int, into html: inout HTMLBuffer) {
        let entries = document.stanceEntries
        summary(document, number: number, into: &html)
        html.raw("<div class=\"body\">")
        metadata(document, into: &html)
        legend(document, into: &html)
        if !entries.isEmpty { stanceTable(document, entries: entries, number: number, into: &html) }
        if let text = document.text {
            html.raw("<div class=\"text\">")
            let skipped = TextHighlighter.render(text, spans: spans(document, entries: entries, number: number), into: &html)
            html.raw("</div>")
            if skipped > 0 {
                html.raw("<p class=\"note\">")
                html.number(skipped)
                html.raw(" annotations are not highlighted: they overlap another one or lie outside the text.</p>")
            }
        } else {
            html.raw("<p class=\"note\">The results do not include the text (the run had <code>output.include_text: false</code>).</p>")
            entityList(document, into: &html)
        }
        html.raw("</div></details>\n")
    }

    private static func summary(_ document: ReportDocument, number: Int, into html: inout HTMLBuffer) {
        html.raw("<summary><span class=\"n\">#")
        html.number(number)
        html.raw("</span> <span class=\"t\">")
        html.text(document.displayTitle)
        html.raw("</span> <span class=\"i\">")
        html.text(document.id)
        html.raw("</span>")
        if let compound = document.sentiment {
            html.raw(" <span class=\"chip ")
            html.raw(SentimentScale.tint(compound) ?? "z")
            html.raw("\">sentiment ")
            html.raw(markup: SentimentScale.signed(compound))
            html.raw("</span>")
        }
        for stance in document.stance where stance.document.label != .none || !stance.holders.isEmpty {
            html.raw(" <span class=\"chip ")
            html.raw(markup: stance.document.label.rawValue)
            html.raw("\">")
            html.text(stance.target)
            html.raw(": ")
            html.raw(markup: stance.document.label.displayName)
            html.raw("</span>")
        }
        html.raw("</summary>")
    }

    private static func metadata(_ document: ReportDocument, into html: inout HTMLBuffer) {
        html.raw("<dl class=\"meta\">")
        field("title", document.title, into: &html)
        field("id", document.id, into: &html)
        if !document.source.isEmpty {
            field("source", document.source.map { $0.key == "path" ? $0.value : "\($0.key) \($0.value)" }.joined(separator: " · "), into: &html)
        }
        field("date", document.date, into: &html)
        if !document.authors.isEmpty { field("authors", document.authors.joined(separator: ", "), into: &html) }
        if let url = document.url {
            html.raw("<dt>url</dt><dd>")
            link(url, into: &html)
            html.raw("</dd>")
        }
        for (key, value) in document.otherMetadata { field(key, value, into: &html) }
        for (key, value) in document.diagnostics { field(key, value, into: &html) }
        html.raw("</dl>")
    }

    /// A `<dt>`/`<dd>` pair, both escaped; nothing when `value` is nil.
    static func field(_ name: String, _ value: String?, into html: inout HTMLBuffer) {
        guard let value else { return }
        html.raw("<dt>")
        html.text(name)
        html.raw("</dt><dd>")
        html.text(value)
        html.raw("</dd>")
    }

    /// A link for http(s) URLs; any other scheme (`javascript:`, `data:`) is shown as text only.
    static func link(_ url: String, into html: inout HTMLBuffer) {
        let lowered = url.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            html.raw("<a rel=\"noreferrer noopener\" href=\"")
            html.text(url)
            html.raw("\">")
            html.text(url)
            html.raw("</a>")
        } else {
            html.text(url)
        }
    }

    private static func legend(_ document: ReportDocument, into html: inout HTMLBuffer) {
        guard !document.entities.isEmpty else { return }
        var counts: [String: Int] = [:]
        for entity in document.entities { counts[entity.label, default: 0] += 1 }
        html.raw("<p class=\"legend\">")
        for label in EntityPalette.ordered(counts.keys) {
            EntityPalette.swatch(label, into: &html)
            html.raw(" ")
            html.number(counts[label] ?? 0)
            html.raw(" ")
        }
        html.raw("</p>")
    }

    /// The entities as a list, for records without text.
    private static func entityList(_ document: ReportDocument, into html: inout HTMLBuffer) {
        guard !document.entities.isEmpty else { return }
        html.raw("<p class=\"ents\">")
        for entity in document.entities {
            EntityPalette.openMark(label: entity.label, id: entity.id, source: entity.source, into: &html)
            html.text(entity.text)
            html.raw("</mark> ")
        }
        html.raw("</p>")
    }
}
