/// The fragment ids the report links to: a document's section, a row of its stance table, an evidence sentence.
/// Documents are numbered from 1 in the order of the results file (failures included).
enum ReportAnchor {
    static func document(_ number: Int) -> String { "doc-\(number)" }
    /// The row of document `number`'s stance table for its `index`-th stance position (see `ReportDocument.stanceEntries`).
    static func stance(_ number: Int, _ index: Int) -> String { "doc-\(number)-stance-\(index)" }
    /// Sentence `index` (0-based, as in the sentences layer) of document `number`.
    static func sentence(_ number: Int, _ index: Int) -> String { "doc-\(number)-s-\(index)" }
}

extension ReportDocument {
    /// One stance position of the document with its target and its anchor index.
    struct StanceEntry {
        var target: String
        var position: ReportStance.Position
        /// Numbers the positions of the document in order (per target: the document's own, then each holder's).
        var anchor: Int
    }

    /// Every stance position of the document, numbered for `ReportAnchor.stance`.
    var stanceEntries: [StanceEntry] {
        var entries: [StanceEntry] = []
        for stance in stance {
            entries.append(StanceEntry(target: stance.target, position: stance.document, anchor: entries.count))
            for holder in stance.holders {
                entries.append(StanceEntry(target: stance.target, position: holder, anchor: entries.count))
            }
        }
        return entries
    }

    /// How the report names a holder: the longest mention of its entity in this document when it is
    /// linked to one ("Sergey Lavrov" for "Foreign Minister Sergey Lavrov" or "Lavrov"), else its text.
    func holderName(_ holder: ReportStance.Holder) -> String {
        guard let id = holder.entityID else { return holder.text }
        var best: String?
        for entity in entities where entity.id == id {
            if entity.text.count > (best?.count ?? 0) { best = entity.text }
        }
        return best ?? holder.text
    }

    /// The title shown for the document: `metadata.title`, else the first line of the text (up to 120
    /// characters), else the id.
    var displayTitle: String {
        if let title, !title.allSatisfy(\.isWhitespace) { return title }
        if let text, let start = text.firstIndex(where: { !$0.isWhitespace }) {
            var line = text[start..<(text[start...].firstIndex(where: \.isNewline) ?? text.endIndex)]
            while line.last?.isWhitespace == true { line = line.dropLast() }
            return line.count > 120 ? String(line.prefix(119)) + "…" : String(line)
        }
        return id
    }
}
