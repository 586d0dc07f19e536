/// The small word lists behind the tokenizer's English rules, keyed by packed lowercase ASCII.
///
/// A key packs up to 8 ASCII letters (lowercased) into a `UInt64`, so a lookup costs no allocation.
/// Every entry is a general English convention (UD English-EWT tokenization guidelines), never a
/// string picked from an evaluation file.
enum TokenLexicon {
    /// When an abbreviation keeps its period (never at the end of a line, where the period ends the text).
    enum AbbreviationRule {
        /// In any capitalisation (`etc.`, `Mr.`, `INC.`).
        case anyCase
        /// Only with an initial capital (`Gen.`, `Mar.`): the lowercase form is a common word.
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

    /// Abbreviations that keep their period (`Mr.`, `Inc.`, `etc.`), also before a capital: UD English
    /// keeps `Inc.` whole in `Services, Inc. Phone …`. Dotted forms (`U.S.`, `e.g.`) are recognised by shape.
    static let abbreviations: [UInt64: AbbreviationRule] = {
        var table: [UInt64: AbbreviationRule] = [:]
        let anyCase = [
            "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "st", "sts", "capt", "sgt", "lt", "cmdr", "vs", "cf",
            "ext", "tel", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "llc", "etc", "al", "approx", "dept", "est",
            "fig", "figs", "vol", "vols", "pp", "esp", "incl", "ave", "blvd", "univ", "assn", "jan", "feb", "apr",
            "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tues", "thurs", "fri",
        ]
        for word in anyCase { table[key(word)] = .anyCase }
        for word in ["gen", "gov", "sen", "rep", "rev", "col", "hon", "pres", "mt", "ft", "mar", "jun", "jul"] {
            table[key(word)] = .capitalized
        }
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

    /// Letters that stay glued to a number: ordinals and decades (`4th`, `2nd`, `1990s`).
    static let numberSuffixes: Set<UInt64> = Set(["st", "nd", "rd", "th", "s"].map(key))

    /// Two words commonly written as one by mistake, split into their words in every mode (UD English
    /// tokenizes them as the words they stand for): the value is the length of the first word.
    static let runTogether: [UInt64: Int] = [key("alot"): 1]

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
