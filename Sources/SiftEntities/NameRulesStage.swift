import SiftCore

/// Finds the names no gazetteer lists — people after titles and roles, organisations and places by
/// their head words, people by their given names, other capitalised names as MISC — around the
/// entities an earlier stage (the gazetteer) found, then links later mentions (`Lavrov`) to full ones
/// (`Sergey Lavrov`) so that they share one id.
///
/// Entities already in the `entities` layer are kept; rule-found names never overlap them, except that
/// an ORG name swallows a NORP or GPE adjective right before it (`Russian Foreign Ministry`) and a name
/// with an `of` complement swallows the place in it (`Bank of England`). Headings in Title Case and
/// lines in capitals are skipped (capitals say nothing there), except for names found elsewhere in the
/// document. Ids: a list entity's own id; for rule-found names `local:<LABEL>:<slug>`, the same for the
/// same words everywhere in the document.
public struct NameRulesStage: Stage {
    public let options: Options
    let lexicon: NameLexicon
    let settings: NameRuleSettings

    /// Builds the stage: reads the word lists of `lexicon_dir` (or uses the built-in ones).
    public init(options: Options, context: StageContext) throws {
        guard let keepMisc = ["keep": true, "drop": false][options.misc] else {
            throw StageSetupError(option: "misc", message: "'\(options.misc)' is not one of \"keep\", \"drop\"")
        }
        guard let acronymLabel = ["org": NameLabel.org, "misc": NameLabel.misc, "drop": ""][options.acronyms] else {
            throw StageSetupError(option: "acronyms", message: "'\(options.acronyms)' is not one of \"org\", \"misc\", \"drop\"")
        }
        self.options = options
        lexicon = options.lexiconDirectory.isEmpty
            ? NameLexicon.builtIn : try NameLexicon(directory: context.resolvePath(options.lexiconDirectory))
        settings = NameRuleSettings(
            keepMisc: keepMisc, acronymLabel: acronymLabel.isEmpty ? nil : acronymLabel,
            singleGivenNames: options.singleGivenNames, absorbModifiers: options.absorbModifiers,
            linkMentions: options.linkMentions)
    }

    /// Builds the stage with default options outside a pipeline.
    public init() {
        options = Options()
        lexicon = NameLexicon.builtIn
        settings = NameRuleSettings()
    }

    /// Adds rule-found names to the `entities` layer (creating it when no earlier stage did).
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self)
        let sentences = try document.require(SentencesLayer.self)
        let existing = document.layers[EntitiesLayer.self]?.items ?? []
        let found = try entities(text: text, tokens: tokens.items, sentences: sentences.items, existing: existing)
        document.layers[EntitiesLayer.self] = Entities(found)
    }

    /// The entities of a document: `existing` (sorted, non-overlapping) plus the names the rules find.
    public func entities(text: DocumentText, tokens: [Token], sentences: [Sentence], existing: [Entity]) throws(StageError) -> [Entity] {
        var previousEnd = 0
        for index in tokens.indices {
            let token = tokens[index]
            guard token.span.start >= previousEnd, token.span.start < token.span.end, token.span.end <= text.count else {
                throw StageError.invalidInput("token \(index) \(token.span) is empty, out of order or outside the text")
            }
            previousEnd = token.span.end
        }
        let sortedExisting = existing.sorted { $0.span < $1.span }
        previousEnd = 0
        for entity in sortedExisting {
            guard entity.span.start >= previousEnd, entity.span.start < entity.span.end, entity.span.end <= text.count else {
                throw StageError.invalidInput("entity \(entity.id) \(entity.span) is empty, overlaps another or lies outside the text")
            }
            previousEnd = entity.span.end
        }
        let nameTokens = text.utf16.withUnsafeBufferPointer { NameTokens(text: $0, tokens: tokens, sentences: sentences) }
        let scan = NameScan(
            tokens: nameTokens, sentences: sentences, existing: sortedExisting, lexicon: lexicon, settings: settings)
        scan.findNames(in: sentences)
        let inHeading = nameTokens.sentenceIndex.map { $0 >= 0 && Int($0) < scan.isHeading.count && scan.isHeading[Int($0)] }
        let linker = MentionLinker(
            tokens: nameTokens, existing: sortedExisting, occupant: scan.occupancyAfterRules(), inHeading: inHeading,
            lexicon: lexicon, settings: settings)
        return linker.entities(from: scan.mentions)
    }
}
