import SiftCore

extension NameRulesStage {
    /// The stage's options (see the descriptor for their docs).
    public struct Options: Codable, Sendable, Equatable {
        /// A folder whose list files (`titles.txt`, `heads.txt`, … see `NameWordList`) replace the
        /// built-in lists of the same name; empty uses the built-in copies of `Config/lexicons/names/`.
        public var lexiconDirectory: String
        /// `keep` reports other capitalised names as MISC; `drop` leaves them out.
        public var misc: String
        /// What an unknown word in capitals (`TASS`) is: `org`, `misc` or `drop`.
        public var acronyms: String
        /// Whether a given name alone (`Tina`) is a PERSON.
        public var singleGivenNames: Bool
        /// Whether an ORG name swallows a NORP or GPE adjective before it (`Russian Foreign Ministry`).
        public var absorbModifiers: Bool
        /// Whether later mentions (`Lavrov`) are linked to full ones and found again in headings.
        public var linkMentions: Bool

        enum CodingKeys: String, CodingKey {
            case lexiconDirectory = "lexicon_dir"
            case misc
            case acronyms
            case singleGivenNames = "single_given_names"
            case absorbModifiers = "absorb_modifiers"
            case linkMentions = "link_mentions"
        }

        public init(
            lexiconDirectory: String = "", misc: String = "keep", acronyms: String = "org",
            singleGivenNames: Bool = true, absorbModifiers: Bool = true, linkMentions: Bool = true
        ) {
            self.lexiconDirectory = lexiconDirectory
            self.misc = misc
            self.acronyms = acronyms
            self.singleGivenNames = singleGivenNames
            self.absorbModifiers = absorbModifiers
            self.linkMentions = linkMentions
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            lexiconDirectory = try container.decodeIfPresent(String.self, forKey: .lexiconDirectory) ?? defaults.lexiconDirectory
            misc = try container.decodeIfPresent(String.self, forKey: .misc) ?? defaults.misc
            acronyms = try container.decodeIfPresent(String.self, forKey: .acronyms) ?? defaults.acronyms
            singleGivenNames = try container.decodeIfPresent(Bool.self, forKey: .singleGivenNames) ?? defaults.singleGivenNames
            absorbModifiers = try container.decodeIfPresent(Bool.self, forKey: .absorbModifiers) ?? defaults.absorbModifiers
            linkMentions = try container.decodeIfPresent(Bool.self, forKey: .linkMentions) ?? defaults.linkMentions
        }
    }
}
