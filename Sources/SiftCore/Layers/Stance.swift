import SiftJSON

/// The `stance` layer: for each configured target, the document's own stance (its unattributed sentences)
/// and the stance of every holder (speaker, group) the text attributes statements to.
///
/// Defined in the core so that later stages read it without importing the stage module that writes it.
public enum StanceLayer: LayerKey {
    public typealias Value = StanceResults
    public static let name: LayerName = "stance"
}

/// A stance label.
public enum StanceLabel: String, Sendable, Hashable, CaseIterable {
    case favor
    case against
    case none
}

/// One stance cue found in a sentence: its text, span, and signed contribution after negation and contrast.
public struct StanceCueHit: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    /// The lexicon polarity (+1 or -1).
    public var polarity: Int
    /// The contribution to the score: polarity × weight, flipped by negation, scaled by contrast.
    public var value: Double
    /// `negated` when a negation flipped it, `contrast_before` / `contrast_after` when a `but` scaled it.
    public var rules: [String]

    public init(text: String, span: TextSpan, polarity: Int, value: Double, rules: [String] = []) {
        self.text = text
        self.span = span
        self.polarity = polarity
        self.value = value
        self.rules = rules
    }
}

/// Why a judgement was made: one sentence (index into the `sentences` layer), its cues and its sentiment.
public struct StanceEvidence: Sendable, Hashable {
    public var sentence: Int
    public var cues: [StanceCueHit]
    /// The sentence's sentiment compound, when the sentiment layer was present.
    public var sentiment: Double?

    public init(sentence: Int, cues: [StanceCueHit], sentiment: Double?) {
        self.sentence = sentence
        self.cues = cues
        self.sentiment = sentiment
    }
}

/// A stance judgement: label, score in [-1, 1], and the evidence.
public struct StanceJudgement: Sendable, Hashable {
    public var label: StanceLabel
    public var score: Double
    public var evidence: [StanceEvidence]

    public init(label: StanceLabel, score: Double, evidence: [StanceEvidence]) {
        self.label = label
        self.score = score
        self.evidence = evidence
    }
}

/// A holder's stance towards a target: who (text as first written, entity id when an entity covers it) and the judgement.
public struct StanceHolder: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    public var entityID: String?
    public var judgement: StanceJudgement

    public init(text: String, span: TextSpan, entityID: String?, judgement: StanceJudgement) {
        self.text = text
        self.span = span
        self.entityID = entityID
        self.judgement = judgement
    }
}

/// The stances towards one target.
public struct StanceTargetResult: Sendable, Hashable {
    public var target: String
    public var document: StanceJudgement
    public var holders: [StanceHolder]

    public init(target: String, document: StanceJudgement, holders: [StanceHolder]) {
        self.target = target
        self.document = document
        self.holders = holders
    }
}

/// The value of the `stance` layer. Its spans (for generic tools) are the cues of the document judgements, then
/// those of the holders, in order.
public struct StanceResults: SpanLayerValue, Hashable {
    public var targets: [StanceTargetResult]

    public init(targets: [StanceTargetResult]) { self.targets = targets }

    public var spans: [TextSpan] {
        targets.flatMap { target in
            (target.document.evidence + target.holders.flatMap(\.judgement.evidence)).flatMap { $0.cues.map(\.span) }
        }
    }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.raw("{\"targets\":[")
        for (index, target) in targets.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw("{\"target\":")
            writer.string(target.target)
            writer.raw(",\"document\":")
            Self.write(target.document, to: &writer, text: text)
            writer.raw(",\"holders\":[")
            for (holderIndex, holder) in target.holders.enumerated() {
                if holderIndex > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.raw("{\"target\":")
                writer.string(target.target)
                writer.raw(",\"holder\":{\"text\":")
                writer.string(holder.text)
                writer.byte(UInt8(ascii: ","))
                writer.spanFields(holder.span, in: text)
                writer.raw(",\"entity_id\":")
                if let id = holder.entityID { writer.string(id) } else { writer.raw("null") }
                writer.raw("},")
                Self.writeFields(holder.judgement, to: &writer, text: text)
                writer.byte(UInt8(ascii: "}"))
            }
            writer.raw("]}")
        }
        writer.raw("]}")
    }

    private static func write(_ judgement: StanceJudgement, to writer: inout JSONWriter, text: DocumentText?) {
        writer.byte(UInt8(ascii: "{"))
        writeFields(judgement, to: &writer, text: text)
        writer.byte(UInt8(ascii: "}"))
    }

    private static func writeFields(_ judgement: StanceJudgement, to writer: inout JSONWriter, text: DocumentText?) {
        writer.raw("\"label\":")
        writer.string(judgement.label.rawValue)
        writer.raw(",\"score\":")
        writer.number((judgement.score * 10_000).rounded() / 10_000)
        writer.raw(",\"evidence\":[")
        for (index, evidence) in judgement.evidence.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw("{\"sentence\":")
            writer.integer(evidence.sentence)
            writer.raw(",\"cues\":[")
            for (cueIndex, cue) in evidence.cues.enumerated() {
                if cueIndex > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.raw("{\"text\":")
                writer.string(cue.text)
                writer.byte(UInt8(ascii: ","))
                writer.spanFields(cue.span, in: text)
                writer.raw(",\"polarity\":")
                writer.integer(cue.polarity)
                writer.raw(",\"value\":")
                writer.number((cue.value * 10_000).rounded() / 10_000)
                if !cue.rules.isEmpty {
                    writer.raw(",\"rules\":")
                    writer.write(.array(cue.rules.map { .string($0) }))
                }
                writer.byte(UInt8(ascii: "}"))
            }
            writer.raw("],\"sentiment\":")
            if let sentiment = evidence.sentiment { writer.number(sentiment) } else { writer.raw("null") }
            writer.byte(UInt8(ascii: "}"))
        }
        writer.byte(UInt8(ascii: "]"))
    }
}
