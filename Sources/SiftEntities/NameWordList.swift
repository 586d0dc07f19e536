import SiftCore

/// One of the word lists the name rules read, with the file name it has in a lexicon folder
/// (`Config/lexicons/names/` holds the shipped versions, with their provenance).
public enum NameWordList: String, CaseIterable, Sendable {
    /// Titles and roles before a person's name (`President`, `Foreign Minister`, `envoy`).
    case titles = "titles.txt"
    /// Words that may stand before a title (`former`, `acting`, `deputy`).
    case titleModifiers = "title_modifiers.txt"
    /// Head words with their label (`Ministry ORG`, `Congress ORG standalone`, `River LOC`).
    case heads = "heads.txt"
    /// Words that open a name of a known kind, with its label (`San GPE`, `Lake LOC`, `Hurricane EVENT`).
    case prefixes = "prefixes.txt"
    /// Lowercase particles inside names (`bin`, `al`, `van`, `de`).
    case particles = "particles.txt"
    /// Closed-class words that never start or continue a name (`The`, `However`, `In`).
    case functionWords = "function_words.txt"
    /// Capitalised words that are not names on their own (`Monday`, `PM`, `LOL`).
    case nonNames = "non_names.txt"
    /// Given names (`Vladimir`, `Amir`, `Joe`).
    case givenNames = "given_names.txt"
    /// Common English words, lowercase (`government`, `recognition`).
    case commonWords = "common_words.txt"

    /// The file's name in a lexicon folder.
    public var fileName: String { rawValue }

    /// The entries of a list file: one per line, `#` starts a comment line, blank lines are skipped,
    /// surrounding white space is trimmed. Each entry is split into its white-space-separated fields.
    public static func entries(of text: String) -> [[String]] {
        var result: [[String]] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            result.append(fields)
        }
        return result
    }
}

/// A problem found in a word-list file: which file, which line, what is wrong.
struct NameWordListError: Error, Sendable {
    var list: NameWordList
    var message: String
}

extension String {
    /// The case-folded form the name rules compare words in: lowercase, with `’` read as `'`.
    var nameKey: String {
        let folded = lowercased()
        guard folded.utf16.contains(0x2019) else { return folded }
        return String(folded.map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
