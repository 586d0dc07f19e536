/// The fixed parts of the page: the head (with the Content-Security-Policy and the inline style sheet), the header
/// of the documents part (legend and list controls), and the end (with the script).
enum ReportPage {
    /// No network at all (`default-src 'none'`), and only the report's own style sheet and scripts, by hash:
    /// even markup that slipped through escaping could neither run a script nor load anything.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src '\(ReportStyle.sha256)'; script-src '\(ReportScript.errorHookSHA256)' '\(ReportScript.mainSHA256)'; "
            + "img-src data:; base-uri 'none'; form-action 'none'"
    }

    static func head(options: ReportOptions, summary: ReportSummary, into html: inout HTMLBuffer) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        html.raw(markup: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n")
        html.raw("<meta name=\"generator\" content=\"Sift pipeline report\">\n<title>")
        html.text(options.title)
        html.raw("</title>\n<style>")
        html.raw(ReportStyle.css)
        html.raw("</style>\n</head>\n<body><script>")
        html.raw(ReportScript.errorHook)
        html.raw("</script>\n<header><h1>")
        html.text(options.title)
        html.raw("</h1><p>")
        if !options.subtitle.isEmpty {
            html.text(options.subtitle)
            html.raw(" · ")
        }
        html.number(summary.records)
        html.raw(summary.records == 1 ? " document" : " documents")
        html.raw("</p></header>\n<main>\n")
    }

    static func documentsHeader(summary: ReportSummary, into html: inout HTMLBuffer) {
        html.raw("<section id=\"documents\"><h2>Documents</h2><p class=\"legend\">")
        for label in summary.entities.labels {
            EntityPalette.swatch(label, into: &html)
            html.raw(" ")
        }
        html.raw("· sentences by sentiment: <span class=\"sw p2\">positive</span> <span class=\"sw n2\">negative</span> · ")
        html.raw("<span class=\"sw s ev\">stance evidence</span> with <b class=\"cue pos\">cue</b> words · ")
        html.raw("hover a highlight for its label, id and source</p>\n")
        html.raw("<div id=\"controls\" class=\"controls\" hidden><input id=\"filter\" type=\"search\" placeholder=\"Filter by title or id\" aria-label=\"Filter documents\">")
        html.raw("<label><input id=\"failed-only\" type=\"checkbox\"> failed only</label>")
        html.raw("<button id=\"prev\" type=\"button\">‹ previous</button><span id=\"page-status\"></span><button id=\"next\" type=\"button\">next ›</button>")
        html.raw("<button id=\"expand\" type=\"button\">expand page</button><button id=\"collapse\" type=\"button\">collapse all</button></div>\n")
    }

    static func tail(options: ReportOptions, summary: ReportSummary, into html: inout HTMLBuffer) {
        if let limit = options.maxDocuments, summary.records > limit {
            html.raw("<p class=\"note\">")
            html.number(summary.records - limit)
            html.raw(" more documents are counted in the overview but have no section here (<code>--max-documents ")
            html.number(limit)
            html.raw("</code>).</p>\n")
        }
        html.raw("</section>\n</main>\n<script>")
        html.raw(ReportScript.main)
        html.raw("</script>\n</body></html>\n")
    }
}
