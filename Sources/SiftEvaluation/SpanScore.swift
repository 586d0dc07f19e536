import SiftJSON

/// Precision, recall and F1 of a predicted set against a gold set, from counts summed over
/// documents (micro average).
public struct SpanScore: Sendable, Equatable {
    /// Items both predicted and in the gold set.
    public var truePositives: Int
    /// Items predicted.
    public var predicted: Int
    /// Items in the gold set.
    public var gold: Int

    public init(truePositives: Int = 0, predicted: Int = 0, gold: Int = 0) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    /// Adds one document's sets: exact matches count as true positives.
    public mutating func add<Item: Hashable>(predicted: Set<Item>, gold: Set<Item>) {
        truePositives += predicted.intersection(gold).count
        self.predicted += predicted.count
        self.gold += gold.count
    }

    /// `truePositives / predicted`; 1 when nothing was predicted and nothing was expected, else 0 when nothing was predicted.
    public var precision: Double {
        predicted > 0 ? Double(truePositives) / Double(predicted) : (gold == 0 ? 1 : 0)
    }

    /// `truePositives / gold`; 1 when the gold set is empty and nothing was predicted.
    public var recall: Double {
        gold > 0 ? Double(truePositives) / Double(gold) : (predicted == 0 ? 1 : 0)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        let sum = precision + recall
        return sum > 0 ? 2 * precision * recall / sum : 0
    }

    public static func + (lhs: SpanScore, rhs: SpanScore) -> SpanScore {
        SpanScore(
            truePositives: lhs.truePositives + rhs.truePositives, predicted: lhs.predicted + rhs.predicted,
            gold: lhs.gold + rhs.gold)
    }

    public static func += (lhs: inout SpanScore, rhs: SpanScore) { lhs = lhs + rhs }

    /// `{precision, recall, f1, true_positives, predicted, gold}`.
    public var json: JSONValue {
        [
            "precision": .number(precision), "recall": .number(recall), "f1": .number(f1),
            "true_positives": .integer(truePositives), "predicted": .integer(predicted), "gold": .integer(gold),
        ]
    }
}
