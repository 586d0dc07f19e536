/// The stance layer of one document toward one target: the document's own stance and each holder's, with evidence.
public struct ReportStance: Sendable, Equatable {
    /// A stance label as the output writes it.
    public enum Label: String, Sendable, CaseIterable {
        case favor, against, none

        /// How the report names it: favour, against, neutral.
        public var displayName: String {
            switch self {
            case .favor: return "favour"
            case .against: return "against"
            case .none: return "neutral"
            }
        }
    }

    /// A word or phrase that moved the stance score: `text[start..<end]`, its polarity (+1/-1) and contribution.
    public struct Cue: Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var value: Double
        /// Rules that changed the cue (`negated`, `contrast_before`, `contrast_after`).
        public var rules: [String]

        public init(text: String, start: Int, end: Int, value: Double, rules: [String] = []) {
            self.text = text
            self.start = start
            self.end = end
            self.value = value
            self.rules = rules
        }
    }

    /// An evidence sentence (an index into the document's sentences) and the cues found in it.
    public struct Evidence: Sendable, Equatable {
        public var sentence: Int
        public var cues: [Cue]

        public init(sentence: Int, cues: [Cue]) {
            self.sentence = sentence
            self.cues = cues
        }
    }

    /// One stance toward the target: the document's own (holder nil) or a holder's.
    public struct Position: Sendable, Equatable {
        /// Who holds it: nil for the document's own framing.
        public var holder: Holder?
        public var label: Label
        public var score: Double
        public var evidence: [Evidence]

        public init(holder: Holder?, label: Label, score: Double, evidence: [Evidence]) {
            self.holder = holder
            self.label = label
            self.score = score
            self.evidence = evidence
        }
    }

    /// A stance holder as the text names it, with the entity it was linked to.
    public struct Holder: Sendable, Equatable {
        public var text: String
        public var entityID: String?

        public init(text: String, entityID: String?) {
            self.text = text
            self.entityID = entityID
        }
    }

    public var target: String
    /// The document's own stance (sentences not attributed to a holder).
    public var document: Position
    public var holders: [Position]

    public init(target: String, document: Position, holders: [Position]) {
        self.target = target
        self.document = document
        self.holders = holders
    }
}
