import SiftCore

/// Scores named entities against gold documents: exact span and label match, per label and overall.
///
/// Definitions (shared with `pipeline eval entities`):
/// - Offsets are Unicode code points into the document text; spans are compared as they are (gold
///   spans carry no surrounding white space, and neither do Sift's).
/// - Predicted labels are renamed with an `EntityLabelMap` first; dropped and unmapped ones are counted,
///   not scored.
/// - **Per label L**: precision = predicted L entities whose span and label are in the gold set / all
///   predicted L entities; recall = the same matches / all gold L entities.
/// - **Overall**: the per-label counts summed (micro average).
/// - **Spans**: the same on spans alone, labels ignored (how many names were found at all).
public struct EntityScorer: Sendable {
    public var labelMap: EntityLabelMap
    /// How many false positives and negatives to keep in the report as examples.
    public var exampleLimit: Int

    public init(labelMap: EntityLabelMap = .universalNER, exampleLimit: Int = 0) {
        self.labelMap = labelMap
        self.exampleLimit = exampleLimit
    }

    /// Runs `pipeline` on each gold text and scores its `entities` layer.
    ///
    /// A document whose pipeline throws, or whose text the pipeline changed, counts its gold entities
    /// as missed and is listed in `failures`.
    public func score(_ documents: [EntityGoldDocument], pipeline: (String) throws -> Document) -> EntityReport {
        var report = EntityReport()
        for gold in documents {
            let predicted: Document
            do {
                predicted = try pipeline(gold.text)
            } catch {
                report.failures.append((gold.id, "\(error)"))
                report.add(score(gold, predicted: []))
                continue
            }
            guard let text = predicted.text, text.string == gold.text else {
                report.failures.append((gold.id, "the pipeline changed or removed the text; offsets cannot be compared"))
                report.add(score(gold, predicted: []))
                continue
            }
            let entities = predicted.layers[EntitiesLayer.self]?.items ?? []
            report.add(score(gold, predicted: entities.map { LabeledSpan(CodePointSpan($0.span, in: text), label: $0.label) }))
        }
        return report
    }

    /// Scores one document's predicted entities (code points, Sift labels) against its gold entities.
    public func score(_ gold: EntityGoldDocument, predicted: [LabeledSpan]) -> EntityReport {
        var report = EntityReport()
        report.documents = 1
        var mapped = Set<LabeledSpan>()
        for entity in predicted {
            if let label = labelMap.map(entity.label) {
                mapped.insert(LabeledSpan(entity.span, label: label))
            } else {
                report.dropped[entity.label, default: 0] += 1
            }
        }
        let goldSet = Set(gold.entities)
        for label in Set(goldSet.map(\.label)).union(mapped.map(\.label)) {
            report.labels[label, default: SpanScore()].add(
                predicted: mapped.filter { $0.label == label }, gold: goldSet.filter { $0.label == label })
        }
        report.overall.add(predicted: mapped, gold: goldSet)
        report.spans.add(predicted: Set(mapped.map(\.span)), gold: Set(goldSet.map(\.span)))
        if exampleLimit > 0 {
            for entity in mapped.subtracting(goldSet).sorted() {
                report.falsePositives.append(EntityReport.Example(document: gold.id, text: gold.text(of: entity.span), label: entity.label))
            }
            for entity in goldSet.subtracting(mapped).sorted() {
                report.falseNegatives.append(EntityReport.Example(document: gold.id, text: gold.text(of: entity.span), label: entity.label))
            }
        }
        return report
    }
}
