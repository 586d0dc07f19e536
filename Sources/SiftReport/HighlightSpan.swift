/// A stretch of a document's text to wrap in markup, in code-point offsets `[start, end)`.
///
/// Spans nest by level: sentences outermost, then entities, then stance cues. Spans of one level never
/// overlap (the highlighter drops the later of two that do); spans of different levels may cross, and the
/// highlighter then closes and reopens the inner one, so the HTML always nests properly.
struct HighlightSpan: Sendable {
    enum Level: Int, CaseIterable, Sendable {
        case sentence = 0, entity = 1, cue = 2
    }

    var start: Int
    var end: Int
    var level: Level
    /// The opening tag (markup written by the renderer; data in it already escaped). Inner levels may be
    /// opened several times when a span crosses an outer one, so only sentence tags may carry an `id`.
    var open: HTMLBuffer
    var close: StaticString
    /// Markup written once, right after the span's last closing tag (the badge of an evidence sentence).
    var after: HTMLBuffer?
}
