import Foundation
import SiftJSON

/// Loads gold named-entity corpora: JSON Lines records `{doc_id, text, entities: [[s, e, "LABEL"]]}`
/// in code-point offsets (other fields, such as `sentences`, are ignored).
public enum EntityGoldCorpus {
    /// Reads every record of the JSON Lines file at `path`. Blank lines are skipped.
    public static func load(path: String) throws(GoldCorpusError) -> [EntityGoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldCorpusError(path: path, line: 0, message: "cannot read the file")
        }
        return try parse(Array(data), path: path)
    }

    /// Parses JSON Lines bytes (`path` is only used in error messages).
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws(GoldCorpusError) -> [EntityGoldDocument] {
        var documents: [EntityGoldDocument] = []
        var lineNumber = 0
        var lineStart = 0
        let parser = JSONParser()
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let value: JSONValue
            do {
                value = try parser.parse(line)
            } catch {
                throw GoldCorpusError(path: path, line: lineNumber, message: "invalid JSON: \(error)")
            }
            documents.append(try record(value, path: path, line: lineNumber, index: documents.count))
        }
        return documents
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
