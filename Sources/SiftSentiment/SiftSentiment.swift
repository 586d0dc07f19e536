/// Sentiment and stance stages: VADER-compatible sentence and document sentiment, target-based stance.
public enum SiftSentiment {}
