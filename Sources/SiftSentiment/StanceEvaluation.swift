import Foundation
import SiftCore
import SiftJSON

/// A gold stance record: `{"id", "text", "targets": {"targets": [...]}, "document": {"TARGET": "favor|against|none"},
/// "holders": [{"target", "holder", "label"}]}` (the targets object has the targets-file format).
public struct StanceGoldRecord: Sendable {
    public var id: String
    public var text: String
    public var targets: JSONValue
    public var document: [String: StanceLabel]
    public var holders: [(target: String, holder: String, label: StanceLabel)]

    /// Reads a gold JSON Lines file; errors name the file and line.
    public static func load(path: String) throws -> [StanceGoldRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { throw StanceEvaluationError("cannot read \(path)") }
        var records: [StanceGoldRecord] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where !line.isEmpty {
            func fail(_ message: String) -> StanceEvaluationError { StanceEvaluationError("\(path):\(number + 1): \(message)") }
            guard let object = (try? JSONParser().parse(String(line)))?.objectValue,
                  let id = object["id"]?.stringValue, let text = object["text"]?.stringValue, let targets = object["targets"] else {
                throw fail("expected {\"id\", \"text\", \"targets\", \"document\", \"holders\"}")
            }
            var document: [String: StanceLabel] = [:]
            for key in object["document"]?.objectValue?.keys ?? [] {
                guard let label = object["document"]?.objectValue?[key]?.stringValue.flatMap(StanceLabel.init(rawValue:)) else { throw fail("document.\(key): not favor, against or none") }
                document[key] = label
            }
            var holders: [(target: String, holder: String, label: StanceLabel)] = []
            for item in object["holders"]?.arrayValue ?? [] {
                guard let holder = item.objectValue, let target = holder["target"]?.stringValue, let name = holder["holder"]?.stringValue,
                      let label = holder["label"]?.stringValue.flatMap(StanceLabel.init(rawValue:)) else { throw fail("holders: expected {\"target\", \"holder\", \"label\"}") }
                holders.append((target, name, label))
            }
            records.append(StanceGoldRecord(id: id, text: text, targets: targets, document: document, holders: holders))
        }
        return records
    }
}

/// A problem reading gold data.
public struct StanceEvaluationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ message: String) { description = message }
}

/// Accuracy and macro-F1 (the mean of the favor and against F1, as in SemEval stance tasks) over paired labels.
public struct StanceScores: Sendable {
    public var pairs: [(gold: StanceLabel, predicted: StanceLabel)] = []

    public var accuracy: Double { pairs.isEmpty ? 0 : Double(pairs.filter { $0.gold == $0.predicted }.count) / Double(pairs.count) }

    public var macroF1: Double {
        let f1s = [StanceLabel.favor, .against].map { label -> Double in
            let tp = Double(pairs.filter { $0.gold == label && $0.predicted == label }.count)
            let fp = Double(pairs.filter { $0.gold != label && $0.predicted == label }.count)
            let fn = Double(pairs.filter { $0.gold == label && $0.predicted != label }.count)
            return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
        }
        return f1s.reduce(0, +) / 2
    }
}

/// Scores stance predictions against gold records.
///
/// Holders: each gold holder is paired with the predicted holder of the same target whose normalised text equals
/// it or ends with it (or the reverse) — `Amir Khan Muttaqi` matches `Foreign Minister Amir Khan Muttaqi` — and an
/// unmatched gold holder counts as predicted `none`; predicted holders with a stance that no gold holder matches
/// count as gold `none` (spurious). Documents: one pair per gold target.
public enum StanceEvaluator {
    public static func evaluate(
        _ records: [StanceGoldRecord], run: (StanceGoldRecord) throws -> StanceResults
    ) rethrows -> (holders: StanceScores, documents: StanceScores, mistakes: [String]) {
        var holders = StanceScores()
        var documents = StanceScores()
        var mistakes: [String] = []
        for record in records {
            let results = try run(record)
            for (target, gold) in record.document.sorted(by: { $0.key < $1.key }) {
                let predicted = results.targets.first { $0.target == target }?.document.label ?? .none
                documents.pairs.append((gold, predicted))
                if gold != predicted { mistakes.append("\(record.id) document \(target): gold \(gold.rawValue), predicted \(predicted.rawValue)") }
            }
            var used = Set<String>()
            for gold in record.holders {
                let predictedHolders = results.targets.first { $0.target == gold.target }?.holders ?? []
                let goldKey = key(gold.holder)
                let match = predictedHolders.indices.first { index in
                    let predictedKey = key(predictedHolders[index].text)
                    return !used.contains("\(gold.target)#\(index)") && (predictedKey == goldKey || predictedKey.hasSuffix(" " + goldKey) || goldKey.hasSuffix(" " + predictedKey))
                }
                if let match { used.insert("\(gold.target)#\(match)") }
                let predicted = match.map { predictedHolders[$0].judgement.label } ?? .none
                holders.pairs.append((gold.label, predicted))
                if gold.label != predicted { mistakes.append("\(record.id) holder '\(gold.holder)': gold \(gold.label.rawValue), predicted \(predicted.rawValue)\(match == nil ? " (not found)" : "")") }
            }
            for target in results.targets where record.document[target.target] != nil || record.holders.contains(where: { $0.target == target.target }) {
                for (index, holder) in target.holders.enumerated() where !used.contains("\(target.target)#\(index)") && holder.judgement.label != .none {
                    holders.pairs.append((.none, holder.judgement.label))
                    mistakes.append("\(record.id) holder '\(holder.text)': spurious \(holder.judgement.label.rawValue)")
                }
            }
        }
        return (holders, documents, mistakes)
    }

    /// Lower-cased words, determiners and possessive endings dropped, apostrophes folded.
    static func key(_ text: String) -> String {
        HolderResolver.normalisedKey(text.lowercased().replacingApostrophes.split(separator: " ").map(String.init))
    }
}
