import SiftCore

/// The tokens of a document as the attribution and cue rules see them: lower-cased text, capitalisation, kind.
struct AttributionWords {
    /// Lower-cased token text, typographic apostrophes folded to `'`.
    var lower: [String]
    /// Whether the token starts with an upper-case letter.
    var capitalised: [Bool]
    /// Whether the token is punctuation or a symbol.
    var punctuation: [Bool]

    init(text: DocumentText, tokens: [Token]) {
        lower = []
        capitalised = []
        punctuation = []
        lower.reserveCapacity(tokens.count)
        for token in tokens {
            let start = max(0, min(token.span.start, text.count))
            let end = max(start, min(token.span.end, text.count))
            // Tokens longer than 64 units are URLs or junk: no rule needs their text.
            let string = end - start > 64 ? "" : String(decoding: text.utf16[start..<end], as: UTF16.self)
            let first = string.unicodeScalars.first
            capitalised.append(first.map { $0.properties.isUppercase } ?? false)
            punctuation.append(token.kind == .punctuation || token.kind == .symbol)
            lower.append(string.lowercased().replacingApostrophes)
        }
    }

    var count: Int { lower.count }

    func isQuoteOpen(_ index: Int) -> Bool { ["\u{201C}", "\"", "\u{00AB}", "``"].contains(lower[index]) }
    func isQuoteClose(_ index: Int) -> Bool { ["\u{201D}", "\"", "\u{00BB}", "''"].contains(lower[index]) }
    func isComma(_ index: Int) -> Bool { lower[index] == "," }
    func isDash(_ index: Int) -> Bool { ["-", "\u{2013}", "\u{2014}", "--"].contains(lower[index]) }

    /// Words that report speech or a position: the verb of an attribution (`said`, `argued`, `hailed`, …).
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "saying", "stated", "argued", "argues", "argue", "arguing", "warned", "warns", "warn", "warning",
        "urged", "urges", "urge", "hailed", "hails", "hail", "welcomed", "welcomes", "welcome", "condemned", "condemns", "condemn",
        "criticised", "criticized", "criticises", "criticizes", "criticise", "criticize", "praised", "praises", "praise",
        "described", "describes", "describe", "describing", "called", "calls", "believes", "believe", "believed", "added", "adds",
        "noted", "notes", "told", "tells", "claimed", "claims", "claim", "insisted", "insists", "insist", "stressed", "stresses",
        "announced", "declared", "declares", "wrote", "writes", "think", "thinks", "thought", "fear", "fears", "feared",
        "denounced", "denounces", "slammed", "slams", "rejected", "rejects", "reject", "applauded", "applauds", "lauded",
        "lauds", "opposed", "opposes", "oppose", "supported", "supports", "support", "backed", "backs", "objected",
        "questioned", "cautioned", "suggested", "suggests", "contended", "telling", "referred", "refers", "pushed", "pushes", "remain", "remains", "remained", "protested", "protest", "calling", "contends", "asserted",
        "explained", "acknowledged", "admitted", "branded", "brands", "dismissed", "dismisses", "defended", "defends",
        "commended", "commends", "endorsed", "endorses", "views", "viewed", "sees", "regards", "regarded", "considers",
        "considered", "agreed", "agrees", "disagreed", "disagrees", "vowed", "pledged", "hopes", "hoped", "expects",
        "deplored", "deplores", "decried", "decries", "blasted", "blasts", "lamented", "laments", "celebrated", "celebrates",
        "thanked", "thanks", "accused", "accuses", "stated", "states", "responded", "replied", "commented", "predicted",
    ]

    /// Lower-case words that may be part of a holder phrase (`Western governments`, `the foreign ministry`).
    static let holderWords: Set<String> = Set<String>([
        "of", "the", "'s", "s", "and", "some", "many", "most", "several", "other", "few", "two", "three", "senior", "top",
        "western", "foreign", "local", "international", "independent", "regional", "leading", "former", "human", "rights",
        "security", "political", "afghan", "prime", "deputy", "chief", "state", "women's", "civil", "society", "u.s.", "un",
        "eu", "nato", "press", "public", "military", "defence", "defense", "interior", "affairs", "commerce", "local",
        "environmental", "business", "small", "big", "one", "union", "health", "energy", "finance", "economy", "trade",
    ]).union(groupHeads)

    /// Lower-case nouns that make a phrase a holder on their own (`critics`, `analysts`, `the ministry`).
    static let groupHeads: Set<String> = [
        "critics", "critic", "analysts", "analyst", "diplomats", "diplomat", "officials", "official", "observers", "experts",
        "expert", "activists", "activist", "governments", "government", "ministry", "ministries", "spokesperson", "spokesman",
        "spokeswoman", "minister", "ministers", "president", "leaders", "leader", "countries", "nations", "groups", "group",
        "organisations", "organizations", "campaigners", "advocates", "opponents", "supporters", "commentators", "lawmakers",
        "legislators", "politicians", "others", "residents", "envoy", "envoys", "ambassador", "embassy", "council", "committee",
        "agency", "commission", "sources", "scholars", "researchers", "allies", "partners", "neighbours", "neighbors",
        "representatives", "representative", "secretary", "department", "office", "administration", "watchdog", "watchdogs",
        "capitals", "community", "states", "parliament", "lawmaker", "senator", "senators", "economists", "editorial",
        "executive", "executives", "director", "directors", "chairman", "chairwoman", "chair", "ceo", "manager", "managers",
        "founder", "teacher", "teachers", "union", "unions", "doctors", "nurses", "workers", "farmers", "fishermen", "owners",
        "parents", "shareholders", "investors", "employees", "staff", "students", "scientists", "regulators", "businesses",
        "voters", "chamber", "association", "federation", "institute", "foundation", "board", "authorities", "police",
        "companies", "firms", "banks", "drivers", "commuters", "commuter", "motorists", "passengers", "consumers", "customers",
        "tenants", "landlords", "retailers", "traders", "patients", "campaigners", "protesters", "protestors", "newspaper", "industry", "mayor", "governor", "judge", "court", "campaign", "charity", "charities",
        "spokespeople", "lobby", "residents", "citizens", "unionists", "environmentalists", "conservationists", "opposition",
    ]

    /// Capitalised words that begin sentences but never a holder (`Meanwhile, …`, `In April …`).
    static let nonHolders: Set<String> = [
        "meanwhile", "however", "also", "still", "now", "today", "yesterday", "last", "this", "that", "these", "those",
        "in", "on", "at", "for", "with", "after", "before", "since", "while", "when", "as", "if", "but", "and", "so", "thus",
        "there", "here", "it", "its", "their", "his", "her", "our", "what", "why", "how", "where", "although", "though",
        "instead", "indeed", "moreover", "furthermore", "first", "second", "finally", "then", "yet", "such", "both", "each",
    ]

    /// Adjectives of attitude: with a copula before them (`are furious about`, `remain sceptical of`) their
    /// subject holds a stance.
    static let attitudes: Set<String> = [
        "furious", "angry", "delighted", "pleased", "happy", "unhappy", "upset", "outraged", "concerned", "worried",
        "supportive", "critical", "enthusiastic", "wary", "sceptical", "skeptical", "divided", "opposed", "optimistic",
        "pessimistic", "hopeful", "confident", "alarmed", "dismayed", "disappointed", "satisfied", "dissatisfied",
    ]

    static let copulas: Set<String> = ["is", "are", "was", "were", "remain", "remains", "remained", "seem", "seems", "appear", "appears", "be", "been"]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we"]

    /// Words between a subject and its verb that do not end the subject (`has also said`, `did not welcome`).
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "previously", "reportedly", "repeatedly", "recently", "later", "then", "publicly",
        "openly", "strongly", "sharply", "quickly", "already", "once", "again", "will", "would", "could", "may", "might",
        "did", "does", "do", "not", "n't", "never", "is", "was", "are", "were", "been", "swiftly", "warmly", "immediately",
        "initially", "firmly", "loudly", "privately", "long", "often", "cautiously", "broadly", "deeply", "largely",
        "increasingly", "very", "highly", "still", "remain", "remains", "remained", "seem", "seems", "appear", "appears",
        "be", "generally", "widely", "consistently", "continue", "continued", "to",
    ]
}

extension String {
    /// The string with `’` (U+2019) replaced by `'`.
    var replacingApostrophes: String {
        contains("\u{2019}") ? String(map { $0 == "\u{2019}" ? "'" : $0 }) : self
    }
}
