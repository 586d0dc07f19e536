import SiftCore
import SiftJSON

extension HTMLCleanupStage {
    /// Id `cleanup.html.v1`, aliases `html-cleanup` and `cleanup`; requires nothing, provides `text`.
    public static let descriptor = StageDescriptor(
        id: "cleanup.html.v1",
        aliases: ["html-cleanup", "cleanup"],
        summary: "Turns HTML or plain-text input into clean text (the only stage that sets the text).",
        details: """
            HTML is parsed with libxml2 (recover mode, no network) and walked into text: block elements \
            (p, div, headings, li, table rows, …) are separated by a blank line, inline elements joined, \
            <br> is a line break and <br><br> a paragraph break, table cells are separated by a tab, \
            whitespace collapses to one space except inside <pre>, entities are decoded. Dropped with \
            their content: comments, head (title and meta become metadata), script, style, noscript, \
            template, svg, math, iframe, frames, object, embed, canvas, audio, video, map, form controls \
            (select, option, textarea, button, input), ruby annotations (rt, rp) and the tags in \
            drop_elements. metadata.title is <title> (else og:title, twitter:title), metadata.description \
            is <meta name=description> (else og:description, twitter:description), metadata.language is \
            <html lang>; values already in the input record are kept. The title is not part of the text \
            unless include_title is set. All blocks are kept: main-content extraction is a later stage.

            Plain text keeps its paragraphs: CRLF and CR become LF, spaces and tabs collapse inside a \
            line, lines are trimmed, 3+ line breaks become one blank line, blank lines at the edges go.

            Both: input is read as UTF-8 (a BOM is stripped); invalid bytes become U+FFFD and are counted \
            in diagnostics.invalid_utf8_sequences. NBSP and other Unicode spaces count as whitespace (they \
            become an ordinary space), soft hyphens are dropped, C1 controls become the windows-1252 \
            characters they stand for, and NUL and the other C0 controls never reach the text.
            """,
        requires: [],
        provides: [.text],
        options: [
            OptionDoc("include_title", .boolean, default: false, "Prepend the page title (HTML input) as the first paragraph of the text."),
            OptionDoc("drop_elements", .array(.string), default: [],
                      "Extra HTML tag names dropped with their content, e.g. [\"nav\", \"footer\", \"aside\"]."),
            OptionDoc("max_input_bytes", .integer(minimum: 1, maximum: Options.maxInputBytesLimit),
                      default: .integer(Options.defaultMaxInputBytes),
                      "Documents whose raw input is larger fail with limit_exceeded instead of being parsed."),
        ],
        examples: [
            StageExample("  Hello   world  \r\nsecond line\r\n\r\n\r\n\r\nNew\tparagraph.  ",
                         expect: [.text: ["Hello world\nsecond line\n\nNew paragraph."]]),
            StageExample("\n\nNon\u{00A0}breaking\u{2003}spaces and a soft\u{00AD}hyphen\n\n",
                         expect: [.text: ["Non breaking spaces and a softhyphen"]]),
        ]
    )
}
