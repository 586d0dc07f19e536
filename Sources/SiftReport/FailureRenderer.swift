/// Renders the section of a failed document or unreadable line: a red box with what failed and why.
enum FailureRenderer {
    /// Appends the section's content (after `DocumentRenderer.openSection`, up to and including `</details>`).
    static func render(_ failure: ReportFailure, number: Int, into html: inout HTMLBuffer) {
        html.raw("<summary><span class=\"n\">#")
        html.number(number)
        html.raw("</span> <span class=\"t\">")
        if let id = failure.id {
            html.text(id)
        } else {
            html.raw("line ")
            html.number(failure.line)
        }
        html.raw("</span> <span class=\"chip err\">")
        html.raw(failure.isUnreadableLine ? "unreadable line" : "failed")
        html.raw(": ")
        html.text(failure.code)
        html.raw("</span></summary><div class=\"body\"><div class=\"error\" role=\"alert\"><p><strong>")
        if failure.isUnreadableLine {
            html.raw("Line ")
            html.number(failure.line)
            html.raw(" of the results could not be read")
        } else {
            html.raw("Stage <code>")
            html.text(failure.stage)
            html.raw("</code> failed")
        }
        html.raw("</strong> (code <code>")
        html.text(failure.code)
        html.raw("</code>)</p><p class=\"msg\">")
        html.text(failure.message)
        html.raw("</p></div><dl class=\"meta\">")
        DocumentRenderer.field("id", failure.id, into: &html)
        if !failure.source.isEmpty {
            DocumentRenderer.field("source", failure.source.map { $0.key == "path" ? $0.value : "\($0.key) \($0.value)" }.joined(separator: " · "), into: &html)
        }
        DocumentRenderer.field("results line", failure.input.map { "\(failure.line) of \($0)" } ?? String(failure.line), into: &html)
        html.raw("</dl></div></details>\n")
    }
}
