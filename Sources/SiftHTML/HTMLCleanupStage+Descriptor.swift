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
            drop_elements.

            mode "full" keeps every block. mode "article" keeps the article: its body paragraphs with \
            in-body headings, lists, quotes and tables, found from the page's own evidence (text density, \
            link density, sentence punctuation, element kinds, class/id/role/itemprop words) — navigation, \
            headers, footers, sidebars, related links, teaser lists, share bars, comments, cookie and \
            subscription prompts, captions, credits, bylines and the headline are dropped. A page with no \
            article (a home page of links, a 404 page) gives an empty text. Plain text in article mode drops \
            menus (runs of short lines), "Also read:"/"Read more" lines, copyright footers, bylines, alt \
            text, datelines, URL slugs, teasers repeated in full and repeated lines.

            Metadata (fields absent when the page gives none; values already in the input record are \
            kept): title (<title>, else og:title/twitter:title; in article mode the headline: JSON-LD \
            headline, og:title, the page's headline element), description (meta description, og, twitter, \
            JSON-LD), language (<html lang>, JSON-LD inLanguage, og:locale), authors (array: JSON-LD \
            author, meta author/article:author/dc.creator/…; in article mode else the page's bylines), \
            published (ISO 8601 date or date-time as written: JSON-LD datePublished, \
            article:published_time, dc.date, …, else the first <time datetime>), canonical_url (<link \
            rel=canonical>, og:url, JSON-LD url), site_name (og:site_name, JSON-LD publisher). Article \
            mode adds extraction: {"mode": "article", "article_found": bool, "blocks_kept": int, \
            "blocks_total": int} (for plain text, blocks are lines). The title is not part of the text \
            unless include_title is set.

            Plain text keeps its paragraphs: CRLF and CR become LF, spaces and tabs collapse inside a \
            line, lines are trimmed, 3+ line breaks become one blank line, blank lines at the edges go.

            Both: input is read as UTF-8 (a BOM is stripped); invalid bytes become U+FFFD and are counted \
            in diagnostics.invalid_utf8_sequences. NBSP and other Unicode spaces count as whitespace (they \
            become an ordinary space), soft hyphens are dropped, C1 controls become the windows-1252 \
            characters they stand for, and NUL and the other C0 controls never reach the text.

            source_map: the record gets a source_map layer mapping runs of the text back to byte ranges of the \
            raw input (see the option and the output schema); the text is the same with or without it.
            """,
        requires: [],
        provides: [.text],
        options: [
            OptionDoc("mode", .oneOf(Options.Mode.allCases.map(\.rawValue)), default: "full",
                      "\"full\": every block of the page; \"article\": the main content of an article page (news pipelines)."),
            OptionDoc("include_title", .boolean, default: false, "Prepend the page title (HTML input) as the first paragraph of the text."),
            OptionDoc("drop_elements", .array(.string), default: [],
                      "Extra HTML tag names dropped with their content, e.g. [\"nav\", \"footer\", \"aside\"]."),
            OptionDoc("max_input_bytes", .integer(minimum: 1, maximum: Options.maxInputBytesLimit),
                      default: .integer(Options.defaultMaxInputBytes),
                      "Documents whose raw input is larger fail with limit_exceeded instead of being parsed."),
            OptionDoc("source_map", .boolean, default: false,
                      "Add source_map to the record: for each run of the text, the byte range of the raw input (the original page or "
                        + "file, before any charset conversion) it came from, as {\"unit\": \"bytes\", \"segments\": [[text_start, "
                        + "text_length, source_start, source_length], ...]} (text in code points). A segment with text_length == "
                        + "source_length maps character i to byte source_start + i; any other is taken whole. Separators the cleanup "
                        + "inserts are not covered."),
        ],
        examples: [
            StageExample("Home\nWorld\nSports\n\nPrices rose again in May.\n\nAlso read: Ten tips\n\n© 2025 Example News",
                         options: ["mode": "article"], expect: [.text: ["Prices rose again in May."]]),
            StageExample("  Hello   world  \r\nsecond line\r\n\r\n\r\n\r\nNew\tparagraph.  ",
                         expect: [.text: ["Hello world\nsecond line\n\nNew paragraph."]]),
            StageExample("\n\nNon\u{00A0}breaking\u{2003}spaces and a soft\u{00AD}hyphen\n\n",
                         expect: [.text: ["Non breaking spaces and a softhyphen"]]),
        ]
    )
}
