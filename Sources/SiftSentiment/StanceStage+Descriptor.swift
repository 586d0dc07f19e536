import SiftCore
import SiftJSON

extension StanceStage {
    /// A one-target set used by the examples: the plan to build a stadium.
    static let exampleTargets: JSONValue = ["targets": [[
        "id": "stadium", "name": "the new stadium plan",
        "mentions": ["phrases": ["stadium", "the plan", "the project"]],
    ]]]

    /// Id `stance.cues.v1` (alias `stance`): requires `text`, `tokens`, `sentences` and `sentiment`, provides `stance`.
    public static let descriptor = StageDescriptor(
        id: "stance.cues.v1",
        aliases: ["stance"],
        summary: "Finds who favours or opposes each configured target (the document's own framing and every quoted or reported holder) from stance cues, negation, contrast and target mentions.",
        details: """
            For each target of the targets file ({"targets": [{"id", "name", "mentions": {"phrases", "entities"}, \
            "cues": {"favor", "against"}}]}), the stage reports the stance of the document itself — its sentences \
            and clauses not attributed to anyone — and of every holder the text attributes statements to. \
            Attribution (general English patterns on tokens): a quote followed by ", said X", ", X said" or "– X", \
            or preceded by "X said:"; "X said (that) …", "X argued/warned/urged/hailed/welcomed/condemned/described \
            it as/has called them …" with X the subject before the verb (auxiliaries, adverbs and negations such as \
            "has also", "did not" may stand between); "…, said X." at the end of a sentence; "according to X, …"; \
            a sentence-initial subject followed by a parenthetical ("X, in a statement, described …"); a parenthetical \
            attribution ("The project, they argue, would …") covers both sides; an attitude adjective after a copula \
            ("X are furious about …", "X remain sceptical of …"). Next to a quote's verb any short noun phrase \
            speaks ("“…,” one commuter said"); an addressee ("…, telling lawmakers, …") never does. Holders are \
            names (capitalised phrases), group nouns (critics, analysts, diplomats, officials, Western governments, \
            the ministry …) or pronouns: he/she goes to the nearest preceding PERSON entity, they/it to the latest \
            holder. A quote with no speaker in its sentence goes to the latest holder of the two sentences before. \
            Holders merge by entity id, else by normalised text (determiners dropped; "Muttaqi" joins "Amir Khan \
            Muttaqi"). Cues come from the general lexicon (phrase<TAB>+1|-1<TAB>weight[<TAB>kind]; a word ending \
            in * matches any token starting with its stem) and the target's own cues. A cue contributes polarity × \
            weight; a negation (not, n't, never, no, without, refused to, failed to, declined to …) up to three \
            words before it in the same clause flips it; a contrast word (but, however, yet) scales cues before it \
            by 0.5 and after it by 1.5 (although/though: after it only). A statement counts for a target only when \
            it mentions the target (a phrase, or an entity with a listed id) or continues it with an anaphor (it, \
            this, that, such) right after a sentence that mentioned it: "condemned the decision" counts, \
            "condemned terrorism" does not. Where a statement mentions the target but has no cue, the sentence's \
            sentiment compound × 0.3 counts (use_sentiment). Scores sum per holder and are squashed to [-1, 1] \
            (s / sqrt(s² + 1)); favor at or above min_score, against at or below its negation, else none. \
            Evidence lists sentence indices (into the sentences layer), the cues with their spans and values, \
            and the sentence's sentiment. The entities layer is used when an earlier stage provides it.
            """,
        requires: [.text, TokensLayer.name, SentencesLayer.name, SentimentLayer.name],
        provides: [StanceLayer.name],
        options: [
            OptionDoc("targets", .path, default: nil,
                      "Targets JSON file {\"targets\": [{\"id\", \"name\", \"mentions\": {\"phrases\": [...], \"entities\": [...]}, \"cues\": {\"favor\": [...], \"against\": [...]}}]}; required unless inline_targets is given."),
            OptionDoc("inline_targets", .object, default: nil,
                      "The content of a targets file inline in the config (instead of targets)."),
            OptionDoc("cues", .path, default: nil,
                      "General stance cue lexicon (phrase<TAB>+1|-1<TAB>weight[<TAB>kind]); default: Config/stance/cues.tsv, compiled into the stage."),
            OptionDoc("extra_cues", .array(.path), default: [],
                      "More cue lexicons in the same format, loaded after cues; later entries replace equal phrases."),
            OptionDoc("use_sentiment", .boolean, default: true,
                      "Where a statement mentions the target but has no cue, count 0.3 × its sentence's sentiment compound."),
            OptionDoc("min_score", .number(minimum: 0.01, maximum: 1), default: 0.2,
                      "Score (in [-1, 1]) at or above which a stance is favor, and at or below whose negation it is against."),
        ],
        examples: [
            StageExample("The mayor said the stadium was a bold and wise plan.", options: ["inline_targets": exampleTargets],
                         expect: ["stance": ["bold", "wise"]]),
            StageExample("“The stadium is a mistake,” said Jane Roe.", options: ["inline_targets": exampleTargets],
                         expect: ["stance": ["mistake"]]),
            StageExample("Critics did not welcome the stadium.", options: ["inline_targets": exampleTargets],
                         expect: ["stance": ["welcome"]]),
            StageExample("The council condemned vandalism.", options: ["inline_targets": exampleTargets], expect: ["stance": []]),
            StageExample("", options: ["inline_targets": exampleTargets], expect: ["stance": []]),
        ]
    )
}
