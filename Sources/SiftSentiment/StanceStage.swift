import Foundation
import SiftCore
import SiftJSON

/// Finds who favours or opposes each configured target: the document's own framing (its unattributed
/// sentences) and every holder the text attributes statements to, from a general cue lexicon with negation,
/// contrast and target-mention rules (see the descriptor's details).
public struct StanceStage: Stage {
    public let options: Options
    public let targets: [StanceTarget]
    let lexicon: CueLexicon
    /// Per target, its own favour/against cues.
    let targetLexicons: [CueLexicon]

    /// Builds the stage: reads the targets and the cue lexicons (relative paths against the config's folder).
    /// - Throws: `StageSetupError` for a missing targets option, an unreadable or invalid file (naming file and
    ///   line or JSON path) or a `min_score` outside (0, 1].
    public init(options: Options, context: StageContext) throws {
        guard options.minScore > 0, options.minScore <= 1 else {
            throw StageSetupError(option: "min_score", message: "\(options.minScore) is not in (0, 1]")
        }
        if let inline = options.inlineTargets {
            targets = try StanceTargetsFile.targets(in: inline, name: "inline_targets", option: "inline_targets")
        } else if let path = options.targets {
            targets = try StanceTargetsFile.parse(try Self.read(context.resolvePath(path), shown: path, option: "targets"), name: path, option: "targets")
        } else {
            throw StageSetupError(option: "targets", message: "no targets: set 'targets' to a targets JSON file ({\"targets\": [{\"id\", \"name\", \"mentions\": {\"phrases\", \"entities\"}, \"cues\"}]}), e.g. \"../Config/stance/targets.json\"")
        }
        var lexicon = CueLexicon()
        if let path = options.cues {
            try lexicon.add(contents: String(decoding: try Self.read(context.resolvePath(path), shown: path, option: "cues"), as: UTF8.self), name: path, option: "cues")
        } else {
            try lexicon.add(contents: CueLexiconBuiltin.tsv, name: "built-in cues.tsv", option: "cues")
        }
        for path in options.extraCues {
            try lexicon.add(contents: String(decoding: try Self.read(context.resolvePath(path), shown: path, option: "extra_cues"), as: UTF8.self), name: path, option: "extra_cues")
        }
        self.options = options
        self.lexicon = lexicon
        self.targetLexicons = targets.map { target in
            var own = CueLexicon()
            for words in target.favorCues { own.add(CueLexicon.Entry(words: words, polarity: 1, weight: 1, kind: "target")) }
            for words in target.againstCues { own.add(CueLexicon.Entry(words: words, polarity: -1, weight: 1, kind: "target")) }
            return own
        }
    }

    static func read(_ path: String, shown: String, option: String) throws(StageSetupError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageSetupError(option: option, message: "cannot read '\(shown)' (looked for \(path))")
        }
        return Array(data)
    }

    /// Adds the `stance` layer.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self).items
        let sentences = try document.require(SentencesLayer.self).items
        for (index, sentence) in sentences.enumerated()
        where sentence.tokens.lowerBound < 0 || sentence.tokens.upperBound > tokens.count || sentence.tokens.lowerBound > sentence.tokens.upperBound {
            throw StageError.invalidInput("sentence \(index) covers tokens \(sentence.tokens), outside the \(tokens.count) tokens")
        }
        let sentiment = document.layers[SentimentLayer.self]?.sentences
        let entities = document.layers[EntitiesLayer.self]?.items ?? []
        document.layers[StanceLayer.self] = StanceAnalysis(
            stage: self, text: text, tokens: tokens, sentences: sentences,
            sentiment: sentiment?.count == sentences.count ? sentiment : nil, entities: entities
        ).results()
    }

    /// The label for `score` with this stage's threshold.
    func label(_ score: Double) -> StanceLabel {
        score >= options.minScore ? .favor : score <= -options.minScore ? .against : .none
    }
}
