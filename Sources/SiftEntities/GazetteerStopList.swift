import SiftCore

/// A stop-list: common words that are also names (`May`, `Turkey`, `Bill`, `Will`), one per line.
///
/// A match of a single list token that is on the list's stop-list counts only when the document writes
/// it as a name — a capital followed by small letters (`May`, not `may` or `MAY`) — and not as the first
/// word of a sentence, where every word is capitalised. Names of several tokens (`Theresa May`) are not
/// affected. Lines that are blank or start with `#` are skipped; each entry must be a single token.
enum GazetteerStopList {
    /// Reads the stop-list and returns the ids, in `builder`'s vocabulary, of the tokens it covers (the
    /// word as written, in lower case, capitalised and in capitals, so case-sensitive lists are covered too).
    static func load(_ reader: ListFileReader, builder: GazetteerIndexBuilder) throws(StageSetupError) -> Set<Int32> {
        var tokens = Set<Int32>()
        var ranges: [Int32] = []
        try reader.forEachLine { (line, number) throws(StageSetupError) in
            var word: [UInt16] = []
            guard GazetteerLoader.decodeUTF8(line, into: &word) else {
                throw reader.error(line: number, "the line is not valid UTF-8")
            }
            let text = String(decoding: word, as: UTF16.self)
            let trimmed = text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            let entry = String(trimmed)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { return }
            ranges.removeAll(keepingCapacity: true)
            let units = Array(entry.utf16)
            units.withUnsafeBufferPointer { GazetteerNameTokenizer.tokenize($0, into: &ranges) }
            guard ranges.count == 2 else {
                throw reader.error(line: number, "a stop-list entry must be a single word, got '\(entry)'")
            }
            let variants = [entry, entry.lowercased(), entry.prefix(1).uppercased() + entry.dropFirst().lowercased(), entry.uppercased()]
            for variant in Set(variants) {
                let id = Array(variant.utf16).withUnsafeBufferPointer { builder.existingTokenID($0) }
                if id >= 0 { tokens.insert(id) }
            }
        }
        return tokens
    }
}
