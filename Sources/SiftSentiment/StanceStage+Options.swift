import SiftCore
import SiftJSON

extension StanceStage {
    /// The stage's options.
    public struct Options: Codable, Sendable, Equatable {
        /// The targets file (`{"targets": [...]}`); required unless `inline_targets` is given.
        public var targets: String?
        /// The same content as a targets file, inline in the config (for examples and quick runs).
        public var inlineTargets: JSONValue?
        /// The general cue lexicon, or nil for the built-in one (a copy of Config/stance/cues.tsv).
        public var cues: String?
        /// More cue lexicons, loaded after `cues`: their entries add to it and replace equal phrases.
        public var extraCues: [String]
        /// Let sentence sentiment count weakly where a sentence mentions the target but has no cue.
        public var useSentiment: Bool
        /// The score at or above which a stance is `favor` (at or below its negation, `against`).
        public var minScore: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case targets
            case inlineTargets = "inline_targets"
            case cues
            case extraCues = "extra_cues"
            case useSentiment = "use_sentiment"
            case minScore = "min_score"
        }

        public init(
            targets: String? = nil, inlineTargets: JSONValue? = nil, cues: String? = nil, extraCues: [String] = [],
            useSentiment: Bool = true, minScore: Double = 0.2
        ) {
            self.targets = targets
            self.inlineTargets = inlineTargets
            self.cues = cues
            self.extraCues = extraCues
            self.useSentiment = useSentiment
            self.minScore = minScore
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            targets = try container.decodeIfPresent(String.self, forKey: .targets) ?? defaults.targets
            inlineTargets = try container.decodeIfPresent(JSONValue.self, forKey: .inlineTargets) ?? defaults.inlineTargets
            cues = try container.decodeIfPresent(String.self, forKey: .cues) ?? defaults.cues
            extraCues = try container.decodeIfPresent([String].self, forKey: .extraCues) ?? defaults.extraCues
            useSentiment = try container.decodeIfPresent(Bool.self, forKey: .useSentiment) ?? defaults.useSentiment
            minScore = try container.decodeIfPresent(Double.self, forKey: .minScore) ?? defaults.minScore
        }
    }
}
