extension DocumentRenderer {
    /// The spans of a document's text: sentences tinted by sentiment (evidence sentences outlined, with an id
    /// and badges naming who takes which stance there and by which cues), entity mentions, and stance cues.
    static func spans(_ document: ReportDocument, entries: [ReportDocument.StanceEntry], number: Int) -> [HighlightSpan] {
        var spans: [HighlightSpan] = []
        spans.reserveCapacity(document.sentences.count + document.entities.count)
        var evidence: [Int: [(entry: ReportDocument.StanceEntry, cues: [ReportStance.Cue])]] = [:]
        var cues: [ReportStance.Cue] = []
        var seenCues = Set<[Int]>()
        for entry in entries {
            for item in entry.position.evidence {
                evidence[item.sentence, default: []].append((entry, item.cues))
                for cue in item.cues where seenCues.insert([cue.start, cue.end]).inserted { cues.append(cue) }
            }
        }
        for (index, sentence) in document.sentences.enumerated() {
            let tint = sentence.compound.flatMap(SentimentScale.tint)
            let marks = evidence[index] ?? []
            guard tint != nil || !marks.isEmpty else { continue }
            var open = HTMLBuffer(capacity: 80)
            open.raw("<span class=\"s")
            if let tint {
                open.raw(" ")
                open.raw(tint)
            }
            if !marks.isEmpty {
                // Evidence of the article's own stance only (no holder): outlined more lightly.
                open.raw(marks.contains { $0.entry.position.holder != nil } ? " ev\" id=\"" : " ev own\" id=\"")
                open.raw(markup: ReportAnchor.sentence(number, index))
            }
            if let compound = sentence.compound, tint != nil {
                open.raw("\" title=\"sentiment ")
                open.raw(markup: SentimentScale.signed(compound))
            }
            open.raw("\">")
            var after: HTMLBuffer?
            if !marks.isEmpty {
                var badges = HTMLBuffer(capacity: 160 * marks.count)
                for mark in marks { badge(document, entry: mark.entry, cues: mark.cues, number: number, into: &badges) }
                after = badges
            }
            spans.append(HighlightSpan(start: sentence.start, end: sentence.end, level: .sentence, open: open, close: "</span>", after: after))
        }
        for entity in document.entities {
            var open = HTMLBuffer(capacity: 96)
            EntityPalette.openMark(label: entity.label, id: entity.id, source: entity.source, into: &open)
            spans.append(HighlightSpan(start: entity.start, end: entity.end, level: .entity, open: open, close: "</mark>", after: nil))
        }
        for cue in cues {
            var open = HTMLBuffer(capacity: 64)
            open.raw(cue.value < 0 ? "<b class=\"cue neg\" title=\"stance cue " : "<b class=\"cue pos\" title=\"stance cue ")
            open.raw(markup: SentimentScale.signed(cue.value))
            if !cue.rules.isEmpty {
                open.raw(" (")
                open.text(cue.rules.joined(separator: ", "))
                open.raw(")")
            }
            open.raw("\">")
            spans.append(HighlightSpan(start: cue.start, end: cue.end, level: .cue, open: open, close: "</b>", after: nil))
        }
        return spans
    }

    /// After an evidence sentence: who (linked to the stance table row), which stance, toward what, and the cues.
    private static func badge(_ document: ReportDocument, entry: ReportDocument.StanceEntry, cues: [ReportStance.Cue], number: Int,
                              into html: inout HTMLBuffer) {
        html.raw(" <span class=\"badge ")
        html.raw(markup: entry.position.label.rawValue)
        html.raw("\"><a href=\"#")
        html.raw(markup: ReportAnchor.stance(number, entry.anchor))
        html.raw("\">")
        html.text(entry.position.holder.map(document.holderName) ?? "the article")
        html.raw("</a> · ")
        html.raw(markup: entry.position.label.displayName)
        html.raw(" on “")
        html.text(entry.target)
        html.raw("”")
        if !cues.isEmpty {
            html.raw(": ")
            html.text(cues.map(\.text).joined(separator: ", "))
        }
        html.raw("</span>")
    }
}
