import SiftCore

/// The lexicons a `VaderScorer` uses: word valences merged with VADER's fixed rule words (boosters,
/// negations, idiom words) in one byte-keyed hash table, and the emoji descriptions.
///
/// Built once; immutable and shared by every thread.
public struct VaderLexicon: Sendable {
    let words: VaderWordTable
    let emoji: VaderEmojiTable
    /// Number of distinct sentiment lexicon entries.
    public let entryCount: Int

    /// Builds the lexicon from sentiment entries and emoji descriptions, each in file order (later wins).
    init(valences: [(token: Substring, valence: Double)], emoji: [(key: Substring, description: Substring)]) {
        var merged: [[UInt8]: VaderWordInfo] = [:]
        merged.reserveCapacity(valences.count + 200)
        for (token, valence) in valences {
            let key = Array(token.utf8)
            var info = merged[key] ?? VaderWordInfo()
            info.valence = valence
            info.inLexicon = true
            merged[key] = info
        }
        self.entryCount = merged.count
        for word in VaderConstants.boosters { merged[Array(word.utf8), default: VaderWordInfo()].booster = VaderConstants.boosterIncrement }
        for word in VaderConstants.dampeners { merged[Array(word.utf8), default: VaderWordInfo()].booster = VaderConstants.boosterDecrement }
        for word in VaderConstants.negations { merged[Array(word.utf8), default: VaderWordInfo()].negates = true }
        for special in VaderSpecialWord.allCases where special != .other {
            merged[Array(special.word.utf8), default: VaderWordInfo()].special = special
        }
        let entries = merged.map { (key: $0.key, info: $0.value) }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        self.words = VaderWordTable(entries)
        self.emoji = VaderEmojiTable(emoji)
    }

    /// VADER's own lexicons (vader_lexicon.txt and emoji_utf8_lexicon.txt of vaderSentiment 3.3.2), compiled in.
    public static let builtIn: VaderLexicon = {
        // The embedded texts are checked against Config/lexicons by the tests, so parsing cannot fail.
        let valences = (try? parseValences(VaderBuiltInLexicon.text, shownAs: "built-in vader_lexicon.txt", option: "lexicon")) ?? []
        let emoji = (try? parseEmoji(VaderBuiltInEmojiLexicon.text, shownAs: "built-in emoji_utf8_lexicon.txt", option: "emoji_lexicon")) ?? []
        return VaderLexicon(valences: valences, emoji: emoji)
    }()

    /// Loads lexicons from files (resolved paths), each shown in errors as given.
    ///
    /// - Parameters:
    ///   - lexicon: the main sentiment lexicon, or nil for VADER's.
    ///   - extra: more sentiment lexicons; their entries add to and override earlier ones, in order.
    ///   - emojiLexicon: the emoji lexicon, or nil for VADER's.
    /// - Throws: `StageSetupError` naming the option, file and line of the first problem.
    public static func load(
        lexicon: (path: String, shown: String)?, extra: [(path: String, shown: String)], emojiLexicon: (path: String, shown: String)?
    ) throws(StageSetupError) -> VaderLexicon {
        if lexicon == nil && extra.isEmpty && emojiLexicon == nil { return builtIn }
        var valences: [(token: Substring, valence: Double)]
        if let lexicon {
            let text = try VaderLexiconFile.read(path: lexicon.path, shownAs: lexicon.shown, option: "lexicon")
            valences = try parseValences(text, shownAs: lexicon.shown, option: "lexicon")
        } else {
            valences = try parseValences(VaderBuiltInLexicon.text, shownAs: "built-in vader_lexicon.txt", option: "lexicon")
        }
        for file in extra {
            let text = try VaderLexiconFile.read(path: file.path, shownAs: file.shown, option: "extra_lexicons")
            valences += try parseValences(text, shownAs: file.shown, option: "extra_lexicons")
        }
        let distinct = Set(valences.map(\.valence.bitPattern)).count
        guard distinct < VaderWordTable.maximumDistinctValences else {
            throw StageSetupError(option: extra.isEmpty ? "lexicon" : "extra_lexicons",
                                  message: "the lexicons have \(distinct) distinct values; at most \(VaderWordTable.maximumDistinctValences - 1) are supported")
        }
        let emojiText: String
        let emojiShown: String
        if let emojiLexicon {
            emojiText = try VaderLexiconFile.read(path: emojiLexicon.path, shownAs: emojiLexicon.shown, option: "emoji_lexicon")
            emojiShown = emojiLexicon.shown
        } else {
            emojiText = VaderBuiltInEmojiLexicon.text
            emojiShown = "built-in emoji_utf8_lexicon.txt"
        }
        return VaderLexicon(valences: valences, emoji: try parseEmoji(emojiText, shownAs: emojiShown, option: "emoji_lexicon"))
    }

    /// Parses a sentiment lexicon text: `TOKEN<TAB>MEAN[<TAB>…]`.
    static func parseValences(_ text: String, shownAs shown: String, option: String) throws(StageSetupError) -> [(token: Substring, valence: Double)] {
        var result: [(token: Substring, valence: Double)] = []
        for entry in try VaderLexiconFile.entries(text, shownAs: shown, option: option) {
            guard let valence = VaderLexiconFile.number(entry.value) else {
                throw StageSetupError(option: option, message: "\(shown):\(entry.line): the value of '\(entry.token)' is not a decimal number between -1e6 and 1e6: \(VaderLexiconFile.excerpt(entry.value))")
            }
            result.append((entry.token, valence))
        }
        return result
    }

    /// Parses an emoji lexicon text: `EMOJI<TAB>DESCRIPTION`.
    static func parseEmoji(_ text: String, shownAs shown: String, option: String) throws(StageSetupError) -> [(key: Substring, description: Substring)] {
        try VaderLexiconFile.entries(text, shownAs: shown, option: option).map { ($0.token, $0.value) }
    }

    /// The lexicon valence of `token` exactly as written in the lexicon (VADER looks words up lower-cased).
    public func valence(of token: String) -> Double? {
        let info = Array(token.utf8).withUnsafeBufferPointer { words.lookup($0) }
        return info.inLexicon ? info.valence : nil
    }
}
