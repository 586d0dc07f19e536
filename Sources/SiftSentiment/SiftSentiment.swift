/// Sentiment and stance stages.
///
/// * `SentimentStage` (`sentiment.vader.v1`, alias `sentiment`): VADER-compatible sentence and document
///   sentiment, written to the `sentiment` layer (`SentimentLayer` in SiftCore).
/// * `VaderScorer`: the scorer on its own — vaderSentiment 3.3.2's `polarity_scores`, reproduced exactly —
///   with `VaderLexicon` (VADER's lexicons compiled in, or lexicon files) and `VaderScratch` (per-thread
///   working memory).
public enum SiftSentiment {}
