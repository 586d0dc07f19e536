import SiftCore
import SiftSentiment
import Testing

/// One test per VADER rule: the reference scores (from vaderSentiment 3.3.2) and the cues the explanation
/// gives for the rule.
@Suite struct VaderRuleTests {
    struct RuleCase: CustomTestStringConvertible, Sendable {
        var text: String
        var compound: Double
        var pos: Double
        var neu: Double
        var neg: Double
        /// Rules the explanation must name.
        var rules: [SentimentRule]
        var testDescription: String { text.debugDescription }
    }

    static let cases: [RuleCase] = [
        RuleCase(text: "The food was good.", compound: 0.4404, pos: 0.492, neu: 0.508, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "The food was very good.", compound: 0.4927, pos: 0.444, neu: 0.556, neg: 0.0, rules: [.lexicon, .booster]),
        RuleCase(text: "The food was VERY good.", compound: 0.6028, pos: 0.495, neu: 0.505, neg: 0.0, rules: [.booster]),
        RuleCase(text: "The food was barely good.", compound: 0.3832, pos: 0.395, neu: 0.605, neg: 0.0, rules: [.dampener]),
        RuleCase(text: "The food was not good.", compound: -0.3412, pos: 0.0, neu: 0.624, neg: 0.376, rules: [.negation]),
        RuleCase(text: "The food isn't good.", compound: -0.3412, pos: 0.0, neu: 0.555, neg: 0.445, rules: [.negation]),
        RuleCase(text: "No good.", compound: -0.3412, pos: 0.0, neu: 0.294, neg: 0.706, rules: [.negation]),
        RuleCase(text: "No problem.", compound: 0.3089, pos: 0.693, neu: 0.307, neg: 0.0, rules: [.negation]),
        RuleCase(text: "The food was never so good.", compound: 0.6626, pos: 0.47, neu: 0.53, neg: 0.0, rules: [.booster, .neverSo]),
        RuleCase(text: "Without a doubt, excellent idea.", compound: 0.7013, pos: 0.659, neu: 0.341, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "The food was good, but the service was bad.", compound: -0.5859, pos: 0.142, neu: 0.511, neg: 0.347, rules: [.but]),
        RuleCase(text: "good good but good good", compound: 0.891, pos: 0.921, neu: 0.079, neg: 0.0, rules: [.but]),
        RuleCase(text: "The food was GOOD.", compound: 0.5622, pos: 0.548, neu: 0.452, neg: 0.0, rules: [.caps]),
        RuleCase(text: "GOOD FOOD", compound: 0.4404, pos: 0.744, neu: 0.256, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "VERY GOOD but BAD", compound: -0.751, pos: 0.235, neu: 0.166, neg: 0.6, rules: [.caps, .booster, .but]),
        RuleCase(text: "I love it!!!", compound: 0.7249, pos: 0.717, neu: 0.283, neg: 0.0, rules: [.punctuation]),
        RuleCase(text: "Is it good??", compound: 0.504, pos: 0.62, neu: 0.38, neg: 0.0, rules: [.punctuation]),
        RuleCase(text: "The least good food.", compound: -0.3412, pos: 0.0, neu: 0.555, neg: 0.445, rules: [.least]),
        RuleCase(text: "At least it is good.", compound: 0.4404, pos: 0.42, neu: 0.58, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "The food was kind of good.", compound: 0.3832, pos: 0.343, neu: 0.657, neg: 0.0, rules: [.kindOf]),
        RuleCase(text: "The food was sort of good.", compound: 0.3832, pos: 0.343, neu: 0.657, neg: 0.0, rules: [.kindOf]),
        RuleCase(text: "It is the shit!", compound: 0.6476, pos: 0.589, neu: 0.411, neg: 0.0, rules: [.idiom, .punctuation]),
        RuleCase(text: "That was a kiss of death.", compound: -0.6124, pos: 0.0, neu: 0.444, neg: 0.556, rules: [.lexicon]),
        RuleCase(text: "I ❤ this", compound: 0.6369, pos: 0.583, neu: 0.417, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "I 💘 this 😁", compound: 0.802, pos: 0.474, neu: 0.526, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "Make sure you :) or :D today!", compound: 0.8633, pos: 0.706, neu: 0.294, neg: 0.0, rules: [.lexicon]),
        RuleCase(text: "", compound: 0, pos: 0, neu: 0, neg: 0, rules: []),
        RuleCase(text: "!!!", compound: 0, pos: 0, neu: 1, neg: 0, rules: []),
    ]

    @Test(arguments: cases)
    func ruleMatchesTheReference(_ rule: RuleCase) {
        let (scores, cues) = SentimentTestSupport.explain(rule.text)
        #expect(scores.compound == rule.compound)
        #expect(scores.pos == rule.pos)
        #expect(scores.neu == rule.neu)
        #expect(scores.neg == rule.neg)
        for expected in rule.rules {
            #expect(cues.contains { $0.rule == expected }, "no \(expected) cue in \(cues)")
        }
        // The weights add up to the raw sum that compound normalises (weights are rounded to 4 decimals).
        let total = cues.reduce(0) { $0 + $1.weight }
        #expect(abs(total - scores.rawSum) < 1e-3 * Double(max(cues.count, 1)), "cues \(cues) sum to \(total), raw sum \(scores.rawSum)")
        #expect(SentimentTestSupport.score(rule.text) == scores, "explain must not change the scores")
    }

    @Test func explanationNamesTermsModifiersAndWeights() {
        let (_, negated) = SentimentTestSupport.explain("The food was not good.")
        #expect(negated == [
            SentimentCue(term: "good", valence: 1.9, rule: .lexicon, weight: 1.9),
            SentimentCue(term: "good", valence: 1.9, rule: .negation, weight: -3.306, modifier: "not"),
        ])
        let (_, boosted) = SentimentTestSupport.explain("The food was very good.")
        #expect(boosted.last == SentimentCue(term: "good", valence: 1.9, rule: .booster, weight: 0.293, modifier: "very"))
        let (_, contrast) = SentimentTestSupport.explain("The food was good, but the service was bad.")
        #expect(contrast.filter { $0.rule == .but }.map(\.term) == ["good", "bad"])
        #expect(contrast.filter { $0.rule == .but }.map(\.weight) == [-0.95, -1.25])
        let (_, idiom) = SentimentTestSupport.explain("It is the shit!")
        #expect(idiom.contains(SentimentCue(term: "shit", valence: -2.6, rule: .idiom, weight: 5.6, modifier: "the shit")))
        #expect(idiom.last == SentimentCue(term: "!", valence: 0, rule: .punctuation, weight: 0.292))
    }

    @Test func butQuirkChangesTheFirstEqualValenceAgain() {
        // VADER's `_but_check` finds each value with `sentiments.index(value)`, the *first* equal element:
        // "amor" (3.0) is halved to 1.5 before "but"; then "like" (1.5) after "but" finds that 1.5 first and
        // halves "amor" again, while "like" is never multiplied by 1.5. vaderSentiment scores 0.5023
        // (a literal reading of the rule would give 0.6124).
        let (scores, cues) = SentimentTestSupport.explain("amor but like")
        #expect(scores.compound == 0.5023)
        #expect(scores.pos == 0.81 && scores.neu == 0.19)
        #expect(cues.filter { $0.rule == .but }.map(\.term) == ["amor", "amor"])
        #expect(cues.filter { $0.rule == .but }.map(\.weight) == [-1.5, -0.75])
    }

    @Test func longSentencesWithManyEqualValencesStayExact() {
        // Over 256 words the "but" check switches to per-value heaps; the fixture holds the reference value.
        let text = Array(repeating: "good", count: 150).joined(separator: " ") + " but " + Array(repeating: "good", count: 150).joined(separator: " ")
        let scores = SentimentTestSupport.score(text)
        #expect(scores.compound == 1.0)
        #expect(scores.wordCount == 301)
    }
}
