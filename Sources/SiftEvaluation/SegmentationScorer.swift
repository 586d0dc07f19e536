import SiftCore

/// Scores tokenization and sentence segmentation against gold documents.
///
/// Definitions (shared with `Tools/eval/segmentation_peers.py`, so peers are measured the same way):
/// - Offsets are Unicode code points into the document text.
/// - Every span is first trimmed of leading and trailing white space (`isWhiteSpace`).
/// - **Tokens**: the set of token spans, exact match.
/// - **Sentence boundaries**: the set of trimmed sentence *end* offsets, minus any end at or after the
///   end of the trimmed text (the final end is trivial: every segmenter finds it).
/// - **Sentences**: the set of trimmed sentence spans, exact match (both ends must agree).
///
/// Each is compared as sets per document and summed over documents (micro average).
public struct SegmentationScorer: Sendable {
    /// Which gold tokenization the predicted tokens are compared with.
    public enum TokenReference: String, Sendable {
        /// Surface tokens (`don't` is one token).
        case tokens
        /// Syntactic words (`do` + `n't`): use when the tokenizer splits clitics.
        case words
    }

    public var tokenReference: TokenReference

    public init(tokenReference: TokenReference = .tokens) {
        self.tokenReference = tokenReference
    }

    /// Runs `pipeline` on each gold text and scores its `tokens` and `sentences` layers.
    ///
    /// A document whose pipeline throws, or whose text the pipeline changed, counts its gold items as
    /// missed and is listed in `failures`.
    public func score(_ documents: [GoldDocument], pipeline: (String) throws -> Document) -> SegmentationReport {
        var report = SegmentationReport()
        for gold in documents {
            report.documents += 1
            let predicted: Document
            do {
                predicted = try pipeline(gold.text)
            } catch {
                report.failures.append((gold.id, "\(error)"))
                report.add(score(gold, tokens: [], sentences: []))
                continue
            }
            guard let text = predicted.text, text.string == gold.text else {
                report.failures.append((gold.id, "the pipeline changed or removed the text; offsets cannot be compared"))
                report.add(score(gold, tokens: [], sentences: []))
                continue
            }
            let tokens = predicted.layers[TokensLayer.self]?.items.map { CodePointSpan($0.span, in: text) } ?? []
            let sentences = predicted.layers[SentencesLayer.self]?.items.map { CodePointSpan($0.span, in: text) } ?? []
            report.add(score(gold, tokens: tokens, sentences: sentences))
        }
        return report
    }

    /// Scores one document's predicted spans (code points) against its gold spans.
    public func score(_ gold: GoldDocument, tokens: [CodePointSpan], sentences: [CodePointSpan]) -> SegmentationReport {
        let scalars = Array(gold.text.unicodeScalars)
        var report = SegmentationReport()
        let goldTokens = tokenReference == .words ? gold.words : gold.tokens
        report.tokens.add(predicted: Self.trimmedSpans(tokens, in: scalars), gold: Self.trimmedSpans(goldTokens, in: scalars))
        report.boundaries.add(predicted: Self.boundaries(sentences, in: scalars), gold: Self.boundaries(gold.sentences, in: scalars))
        report.sentences.add(predicted: Self.trimmedSpans(sentences, in: scalars), gold: Self.trimmedSpans(gold.sentences, in: scalars))
        return report
    }

    /// The boundary set of `sentences`: trimmed end offsets before the end of the trimmed text.
    public static func boundaries(_ sentences: [CodePointSpan], in scalars: [Unicode.Scalar]) -> Set<Int> {
        var textEnd = scalars.count
        while textEnd > 0 && isWhiteSpace(scalars[textEnd - 1]) { textEnd -= 1 }
        var result = Set<Int>()
        for span in sentences {
            if let trimmed = trim(span, in: scalars), trimmed.end < textEnd { result.insert(trimmed.end) }
        }
        return result
    }

    /// The spans trimmed of white space; spans that are all white space are dropped.
    public static func trimmedSpans(_ spans: [CodePointSpan], in scalars: [Unicode.Scalar]) -> Set<CodePointSpan> {
        Set(spans.compactMap { trim($0, in: scalars) })
    }

    /// `span` without leading and trailing white space (clamped to the text), or nil when nothing is left.
    public static func trim(_ span: CodePointSpan, in scalars: [Unicode.Scalar]) -> CodePointSpan? {
        var start = max(0, span.start)
        var end = min(scalars.count, span.end)
        while start < end && isWhiteSpace(scalars[start]) { start += 1 }
        while end > start && isWhiteSpace(scalars[end - 1]) { end -= 1 }
        return start < end ? CodePointSpan(start: start, end: end) : nil
    }

    /// Unicode White_Space (the same set as `WHITE_SPACE` in `Tools/eval/segmentation_peers.py`).
    public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
