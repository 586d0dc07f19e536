import SiftCore

/// The rule that found a name; its raw value is the `source` written for rule-found entities.
enum NameRule: String, Sendable, CaseIterable {
    /// A capitalised sequence after a title or role (`President Vladimir Putin`, `envoy Dmitry Zhirnov`).
    case title = "names:title"
    /// A capitalised sequence ending in a head word (`Russian Foreign Ministry`, `Tampa Bay`), with its `of` complement.
    case head = "names:head"
    /// `the X of Y` without a head word (`the Islamic Emirate of Afghanistan`).
    case ofPhrase = "names:of-phrase"
    /// A capitalised sequence starting with a given name (`Joe Biden`, `Gul Hassan Hassan`).
    case givenName = "names:given-name"
    /// A word in capitals that is no common word (`TASS`, `NATO`).
    case acronym = "names:acronym"
    /// Any other capitalised sequence that is no common word (MISC).
    case capitalised = "names:capitalised"
    /// A later (or earlier) mention of a known name: a last name, a first and last name, the same words.
    case linked = "names:linked"

    /// How much a label found by this rule counts when mentions with the same words disagree.
    var strength: Int {
        switch self {
        case .title, .head: return 4
        case .ofPhrase: return 3
        case .givenName, .linked: return 2
        case .acronym: return 1
        case .capitalised: return 0
        }
    }
}

/// A name found by a rule, before it gets its id: tokens, span, label and rule.
struct NameMention: Sendable, Equatable {
    /// The tokens the name covers.
    var tokens: Range<Int>
    /// Its text span (ends before a possessive suffix).
    var span: TextSpan
    var label: String
    var rule: NameRule
    /// The id, once known (mentions linked to a list entity take the list's id).
    var id: String?
    /// Existing (list) entities this mention absorbed, by index into the existing entities.
    var absorbed: [Int] = []
}

/// Entity labels used by the rules.
enum NameLabel {
    static let person = "PERSON"
    static let org = "ORG"
    static let gpe = "GPE"
    static let loc = "LOC"
    static let norp = "NORP"
    static let misc = "MISC"
}
