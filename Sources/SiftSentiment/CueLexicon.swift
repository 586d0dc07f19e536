import SiftCore

/// A stance cue lexicon: phrases (one or more words) with a polarity, a weight and an optional kind.
///
/// File format, one entry a line: `phrase<TAB>polarity<TAB>weight[<TAB>kind]`, where `polarity` is `+1` or `-1`,
/// `weight` a number in (0, 3], and `kind` a free word (`verb`, `adj`, `noun`, `phrase`) kept for documentation.
/// Blank lines and lines starting with `#` are skipped. Phrases are matched case-insensitively on tokens, word
/// by word (`follow suit` matches the tokens `follow` `suit`). Suffix rule: a word ending in `*` matches every
/// token that starts with the part before the `*` (at least 3 characters): `condemn*` matches `condemn`,
/// `condemned`, `condemns`, `condemnation`. Other inflections are listed explicitly.
public struct CueLexicon: Sendable {
    /// One entry.
    public struct Entry: Sendable, Hashable {
        /// The phrase's words, lower-cased; a word ending in `*` is a prefix.
        public var words: [String]
        public var polarity: Int
        public var weight: Double
        public var kind: String
    }

    public private(set) var entries: [Entry] = []
    private var exact: [String: [Int]] = [:]
    private var prefixes: [String: [Int]] = [:]
    private var longestPrefix = 0

    public init() {}

    /// Adds entries from the text of a lexicon file; `name` is used in error messages.
    /// - Throws: `StageSetupError` naming `option`, the file and the line of the first malformed entry.
    public mutating func add(contents: String, name: String, option: String) throws(StageSetupError) {
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func fail(_ message: String) -> StageSetupError {
                StageSetupError(option: option, message: "\(name):\(lineNumber): \(message) (expected phrase<TAB>+1|-1<TAB>weight[<TAB>kind])")
            }
            guard fields.count == 3 || fields.count == 4 else { throw fail("\(fields.count) tab-separated fields") }
            let words = fields[0].lowercased().split(separator: " ").map(String.init)
            guard !words.isEmpty, words.count <= 8 else { throw fail("the phrase must have 1 to 8 words") }
            for word in words where word.hasSuffix("*") && word.count < 4 {
                throw fail("'\(word)': a prefix needs at least 3 characters before '*'")
            }
            let polarity: Int
            switch fields[1] {
            case "+1", "1": polarity = 1
            case "-1": polarity = -1
            default: throw fail("polarity '\(fields[1])' is not +1 or -1")
            }
            guard let weight = Double(fields[2]), weight > 0, weight <= 3 else {
                throw fail("weight '\(fields[2])' is not a number in (0, 3]")
            }
            add(Entry(words: words, polarity: polarity, weight: weight, kind: fields.count == 4 ? String(fields[3]) : ""))
        }
    }

    /// Adds one entry (a later entry for the same phrase replaces the earlier one).
    public mutating func add(_ entry: Entry) {
        if let index = entries.firstIndex(where: { $0.words == entry.words }) {
            entries[index] = entry
            return
        }
        entries.append(entry)
        let first = entry.words[0]
        if first.hasSuffix("*") {
            let stem = String(first.dropLast())
            prefixes[stem, default: []].append(entries.count - 1)
            longestPrefix = max(longestPrefix, stem.count)
        } else {
            exact[first, default: []].append(entries.count - 1)
        }
    }

    /// Whether lexicon word `pattern` matches lower-cased token `token`.
    @inline(__always)
    static func word(_ pattern: String, matches token: String) -> Bool {
        if pattern.hasSuffix("*") { return token.hasPrefix(pattern.dropLast()) }
        return pattern == token
    }

    /// The longest entry starting at `words[index]` (words lower-cased), as (entry, number of words).
    public func match(_ words: [String], at index: Int, end: Int) -> (entry: Entry, length: Int)? {
        let token = words[index]
        var best: (entry: Entry, length: Int)?
        func consider(_ candidates: [Int]) {
            for candidate in candidates {
                let entry = entries[candidate]
                let length = entry.words.count
                guard index + length <= end, length > (best?.length ?? 0) else { continue }
                var ok = true
                for offset in 1..<max(1, length) where !Self.word(entry.words[offset], matches: words[index + offset]) {
                    ok = false
                    break
                }
                if ok { best = (entry, length) }
            }
        }
        if let candidates = exact[token] { consider(candidates) }
        if longestPrefix > 0, token.count >= 3 {
            var stem = ""
            for character in token.prefix(longestPrefix) {
                stem.append(character)
                if let candidates = prefixes[stem] { consider(candidates) }
            }
        }
        return best
    }
}
