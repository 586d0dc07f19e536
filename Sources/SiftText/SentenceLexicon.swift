import SiftCore

/// How an abbreviation behaves before a capitalised word.
enum AbbreviationKind: UInt8, Sendable {
    /// Titles before a name (`Mr.`, `Gen.`, `Sen.`): never end a sentence.
    case title
    /// Abbreviations inside a phrase (`e.g.`, `vs.`, `approx.`): never end a sentence.
    case inner
    /// Abbreviations before a number (`No. 5`, `Fig. 3`, `pp. 10`): no break before a digit; else
    /// an ordinary period.
    case beforeNumber
    /// Abbreviations that often end a sentence (`Inc.`, `etc.`, `Jan.`, `Calif.`): a break only when
    /// the next word is one that usually opens a sentence (`The`, `He`, `But`, …), never before a digit.
    case ambiguous
}

/// The word lists of the sentence rules: abbreviations (with their kind) and sentence openers.
///
/// Words are looked up without building strings: up to 12 ASCII letters, `.`, `'` and `-` are
/// packed case-folded into a `UInt64` (5 bits each), which is exact, so no collisions are possible.
struct SentenceLexicon: Sendable {
    struct Entry: Sendable {
        var kind: AbbreviationKind
        /// Listed with a capital (`Mr.`, `No.`): matches only when the text's word is capitalised too.
        var requiresCapital: Bool
    }

    private(set) var abbreviations: [UInt64: Entry] = [:]
    private(set) var openers: Set<UInt64> = []
    private(set) var continuations: Set<UInt64> = []

    /// The built-in English lists, or empty lists when `builtIn` is false; `extra` entries are added as `.ambiguous`.
    init(builtIn: Bool, extra: [String]) throws(StageSetupError) {
        if builtIn {
            for (kind, words) in SentenceWordLists.abbreviations {
                for word in words { try add(word, kind: kind) }
            }
        }
        for word in extra { try add(word, kind: .ambiguous) }
        for word in SentenceWordLists.openers {
            if let key = Self.pack(Array(word.utf16)[...]) { openers.insert(key) }
        }
        for word in SentenceWordLists.continuations {
            if let key = Self.pack(Array(word.utf16)[...]) { continuations.insert(key) }
        }
    }

    private mutating func add(_ word: String, kind: AbbreviationKind) throws(StageSetupError) {
        var units = Array(word.utf16)
        while let last = units.last, last == 0x2E { units.removeLast() }
        guard let first = units.first, let key = Self.pack(units[...]) else {
            throw StageSetupError(
                option: "extra_abbreviations",
                message: "'\(word)' cannot be used: abbreviations are 1 to 12 ASCII letters with inner '.', \"'\" or '-', and an optional final '.'")
        }
        abbreviations[key] = Entry(kind: kind, requiresCapital: SentenceCharacters.isASCIIUppercase(first))
    }

    /// Packs ASCII letters (case-folded), `.`, `'` and `-` into a key; nil for anything else or more than 12 units.
    @inline(__always)
    static func pack(_ units: some Collection<UInt16>) -> UInt64? {
        guard !units.isEmpty, units.count <= 12 else { return nil }
        var key: UInt64 = 0
        for unit in units {
            let code: UInt64
            if SentenceCharacters.isASCIILetter(unit) {
                code = UInt64((unit | 0x20) - 0x60)  // 1…26
            } else if unit == 0x2E {
                code = 27
            } else if unit == 0x27 || unit == 0x2019 {
                code = 28
            } else if unit == 0x2D {
                code = 29
            } else {
                return nil
            }
            key = key << 5 | code
        }
        return key
    }

    /// The abbreviation `text[start..<end]` (without its final period), if listed and its case fits.
    func abbreviation(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> AbbreviationKind? {
        guard start < end, let key = Self.pack(UnsafeBufferPointer(rebasing: text[start..<end])),
            let entry = abbreviations[key]
        else { return nil }
        if entry.requiresCapital && !SentenceCharacters.isASCIIUppercase(text[start]) { return nil }
        return entry.kind
    }

    /// Whether `text[start..<end]` is a word that usually opens a sentence (`The`, `He`, `However`).
    func isOpener(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        guard start < end, let key = Self.pack(UnsafeBufferPointer(rebasing: text[start..<end])) else { return false }
        return openers.contains(key)
    }

    /// Whether `text[start..<end]` is a word no sentence ends with (`the`, `of`, `and`), in lowercase.
    func isContinuation(_ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        guard start < end, !SentenceCharacters.isASCIIUppercase(text[start]),
            let key = Self.pack(UnsafeBufferPointer(rebasing: text[start..<end]))
        else { return false }
        return continuations.contains(key)
    }
}
