import Foundation
import SiftJSON

/// Loads gold named-entity corpora: JSON Lines records `{doc_id, text, entities: [[s, e, "LABEL"]]}`
/// in code-point offsets (other fields, such as `sentences`, are ignored).
public enum EntityGoldCorpus {
    /// Reads every record of the JSON Lines file at `path`. Blank lines are skipped.
    public static func load(path: String) throws(GoldCorpusError) -> [EntityGoldDocument] {
        try parse(GoldJSONLines.contents(of: path), path: path)
    }

    /// Parses JSON Lines bytes (`path` is only used in error messages).
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws(GoldCorpusError) -> [EntityGoldDocument] {
        try GoldJSONLines.records(bytes, path: path) { (value, line, index) throws(GoldCorpusError) in
            try record(value, path: path, line: line, index: index)
        }
    }

    private static func record(_ value: JSONValue, path: String, line: Int, index: Int) throws(GoldCorpusError) -> EntityGoldDocument {
        guard let object = value.objectValue else {
            throw GoldCorpusError(path: path, line: line, message: "expected an object, got \(value.kindDescription)")
        }
        guard let text = object["text"]?.stringValue else {
            throw GoldCorpusError(path: path, line: line, message: "missing string field 'text'")
        }
        guard let items = object["entities"]?.arrayValue else {
            throw GoldCorpusError(path: path, line: line, message: "missing field 'entities' (an array of [start, end, \"LABEL\"])")
        }
        let length = text.unicodeScalars.count
        var entities: [LabeledSpan] = []
        entities.reserveCapacity(items.count)
        for item in items {
            guard let triple = item.arrayValue, triple.count >= 3, let start = triple[0].intValue,
                let end = triple[1].intValue, let label = triple[2].stringValue, 0 <= start, start < end, end <= length
            else {
                throw GoldCorpusError(
                    path: path, line: line,
                    message: "'entities' holds an invalid entry \(item.excerpt): expected [start, end, \"LABEL\"] with 0 ≤ start < end ≤ \(length)")
            }
            entities.append(LabeledSpan(start: start, end: end, label: label))
        }
        let id = object["doc_id"]?.stringValue ?? object["id"]?.stringValue ?? "doc-\(index + 1)"
        return EntityGoldDocument(id: id, text: text, entities: entities.sorted())
    }
}
