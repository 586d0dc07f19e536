/// The small word lists behind the tokenizer's English rules, keyed by packed lowercase ASCII.
///
/// A key packs up to 8 ASCII letters (lowercased) into a `UInt64`, so a lookup costs no allocation.
/// Every entry is a general English convention (UD English-EWT tokenization guidelines), never a
/// string picked from an evaluation file. A class, so the scanner carries one reference, not the tables.
final class TokenLexicon: Sendable {
    /// When an abbreviation keeps its period (never at the end of a line, where the period ends the text).
    enum AbbreviationRule: UInt8 {
        /// In any capitalisation (`etc.`, `Mr.`, `INC.`).
        case anyCase = 1
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

    /// The key of a lowercase ASCII word (for building the tables).
    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    /// The tables, built once.
    static let shared = TokenLexicon()

    /// Abbreviations that keep their period (`Mr.`, `Inc.`, `etc.`), also before a capital: UD English
    /// keeps `Inc.` whole in `Services, Inc. Phone …`. Dotted forms (`U.S.`, `e.g.`) are recognised by
    /// shape. Values are `AbbreviationRule` raw values.
    let abbreviations: TokenWordTable
    /// Common top-level domains: a word segment `name.tld` ending in one is classified as a URL.
    let topLevelDomains: TokenWordTable
    /// Prefixes that stay joined to the word after a hyphen (`e-mail`, `non-profit`, `re-elect`);
    /// other hyphenated compounds are split, as in UD English.
    let hyphenPrefixes: TokenWordTable
    /// Letters that stay glued to a number: ordinals and decades (`4th`, `2nd`, `1990s`).
    let numberSuffixes: TokenWordTable
    /// Two words commonly written as one by mistake, split into their words in every mode (UD English
    /// tokenizes them as the words they stand for): the value is the length of the first word.
    let runTogether: TokenWordTable
    /// Contractions written without an apostrophe, split like their apostrophe forms when clitics are
    /// split (`gonna` → `gon` + `na`, `cannot` → `can` + `not`, `dont` → `do` + `nt`): the value is
    /// the length of the first part.
    let fusedContractions: TokenWordTable

    private init() {
        var abbreviations: [(key: UInt64, value: UInt8)] = []
        let anyCase = [
            "mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "st", "sts", "capt", "sgt", "lt", "cmdr", "vs", "cf",
            "ext", "tel", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "llc", "etc", "al", "approx", "dept", "est",
            "fig", "figs", "vol", "vols", "pp", "esp", "incl", "ave", "blvd", "univ", "assn", "jan", "feb", "apr",
            "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tues", "thurs", "fri",
        ]
        let capitalized = ["gen", "gov", "sen", "rep", "rev", "col", "hon", "pres", "mt", "ft", "mar", "jun", "jul"]
        for word in anyCase { abbreviations.append((Self.key(word), AbbreviationRule.anyCase.rawValue)) }
        for word in capitalized { abbreviations.append((Self.key(word), AbbreviationRule.capitalized.rawValue)) }
        for word in ["no", "nos"] { abbreviations.append((Self.key(word), AbbreviationRule.beforeNumber.rawValue)) }
        self.abbreviations = TokenWordTable(abbreviations)

        topLevelDomains = TokenWordTable(words: [
            "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "au",
            "de", "fr", "nl", "it", "es", "ch", "se", "eu", "jp", "cn", "ru", "in", "br", "nz", "ie", "tv", "me",
            "ly", "app", "dev", "ai",
        ])
        hyphenPrefixes = TokenWordTable(words: [
            "e", "x", "anti", "bi", "co", "counter", "de", "dis", "eco", "ex", "extra", "hyper", "inter", "intra",
            "macro", "mega", "meta", "micro", "mid", "mini", "mis", "mono", "multi", "neo", "non", "over", "pan",
            "para", "poly", "post", "pre", "pro", "pseudo", "re", "semi", "sub", "super", "tele", "trans", "tri",
            "ultra", "un", "uni", "vice",
        ])
        numberSuffixes = TokenWordTable(words: ["st", "nd", "rd", "th", "s"])
        runTogether = TokenWordTable([(Self.key("alot"), 1)])

        var fused: [(key: UInt64, value: UInt8)] = []
        let pairs = [
            ("gon", "na"), ("wan", "na"), ("got", "ta"), ("out", "ta"), ("gim", "me"), ("lem", "me"),
            ("can", "not"), ("you", "re"), ("they", "re"), ("that", "s"), ("what", "s"), ("i", "m"), ("i", "ve"),
        ]
        for (first, second) in pairs { fused.append((Self.key(first + second), UInt8(first.count))) }
        for word in [
            "dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
            "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt", "cant", "wont", "aint",
        ] {
            fused.append((Self.key(word), UInt8(word.count - 2)))
        }
        fusedContractions = TokenWordTable(fused)
    }
}
