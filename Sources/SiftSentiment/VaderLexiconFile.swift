import Foundation
import SiftCore

/// Reads VADER's lexicon format: one entry per line, `TOKEN<TAB>VALUE[<TAB>more columns…]`, where only the
/// first two columns are used (the sentiment lexicon's VALUE is the mean rating; the emoji lexicon's is the
/// emoji's description).
///
/// Lines are read as vaderSentiment reads them: split on `\n`, each line stripped of (Unicode) white space
/// at both ends (so CRLF files work), then split on tabs; the token is kept verbatim (it is not
/// lower-cased: an entry with capitals never matches a word, exactly as in VADER). Differences from Python,
/// all on input Python rejects or would crash on: blank lines are skipped everywhere, a leading byte-order
/// mark is ignored, and values must be plain decimal numbers (no `nan`, `inf` or `1_000`).
/// Any other line that does not parse is a `StageSetupError` naming the file and line.
enum VaderLexiconFile {
    /// One entry: the token and its second column, with the line it came from.
    struct Entry {
        var token: Substring
        var value: Substring
        var line: Int
    }

    /// Reads `path` (already resolved) for `option`, as UTF-8 text.
    static func read(path: String, shownAs shown: String, option: String) throws(StageSetupError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw StageSetupError(option: option, message: exists
                ? "cannot read lexicon file '\(shown)' (looked for \(path))"
                : "lexicon file '\(shown)' does not exist (looked for \(path))")
        }
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            throw StageSetupError(option: option, message: "\(shown):\(line): the file is not valid UTF-8")
        }
        return text
    }

    /// The entries of a lexicon text, in file order (later entries override earlier ones when loaded).
    static func entries(_ text: String, shownAs shown: String, option: String) throws(StageSetupError) -> [Entry] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        var entries: [Entry] = []
        var lineNumber = 0
        // Split on scalars, not Characters: "\r\n" is one Character and would hide the "\n".
        for rawLine in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = strip(Substring(rawLine))
            if line.isEmpty { continue }
            let scalars = line.unicodeScalars
            guard let tab = scalars.firstIndex(of: "\t") else {
                throw StageSetupError(option: option, message: "\(shown):\(lineNumber): expected TOKEN<TAB>VALUE, got \(excerpt(line))")
            }
            let rest = scalars[scalars.index(after: tab)...]
            let value = rest.firstIndex(of: "\t").map { rest[..<$0] } ?? rest
            entries.append(Entry(token: Substring(scalars[..<tab]), value: Substring(value), line: lineNumber))
        }
        return entries
    }

    /// The largest magnitude accepted for a valence (VADER's scale is -4…4; this keeps sums finite).
    static let maximumValue = 1e6

    /// A lexicon value as Python's `float()` reads a plain decimal number of magnitude up to `maximumValue`;
    /// `nil` for anything else.
    static func number(_ text: Substring) -> Double? {
        let trimmed = strip(text)
        var digits = 0
        var index = trimmed.utf8.startIndex
        let utf8 = trimmed.utf8
        func skipDigits() -> Int {
            var count = 0
            while index < utf8.endIndex, utf8[index] >= UInt8(ascii: "0"), utf8[index] <= UInt8(ascii: "9") {
                count += 1
                index = utf8.index(after: index)
            }
            return count
        }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") { index = utf8.index(after: index) }
        digits += skipDigits()
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            digits += skipDigits()
        }
        guard digits > 0 else { return nil }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") { index = utf8.index(after: index) }
            guard skipDigits() > 0 else { return nil }
        }
        guard index == utf8.endIndex, let value = Double(String(trimmed)), value.isFinite, abs(value) <= maximumValue else { return nil }
        return value
    }

    /// The line as Python's `str.strip()` leaves it.
    static func strip(_ line: Substring) -> Substring {
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, PythonText.isSpace(scalars[start].value) { start = scalars.index(after: start) }
        while end > start, PythonText.isSpace(scalars[scalars.index(before: end)].value) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }

    /// A line quoted for an error message, shortened when long.
    static func excerpt(_ line: Substring) -> String {
        let quoted = line.count > 60 ? String(line.prefix(57)) + "…" : String(line)
        return "'" + quoted + "'"
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
