import Foundation
import SiftJSON

/// A problem reading a gold file: which file, which line, what is wrong.
public struct GoldCorpusError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// The 1-based line, or 0 for the file as a whole.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

/// Loads gold segmentation corpora: JSON Lines records
/// `{doc_id, text, sentences: [[s,e]], tokens: [[s,e]], words: [[s,e]]}` in code-point offsets.
public enum GoldCorpus {
    /// Reads every record of the JSON Lines file at `path`. Blank lines are skipped.
    public static func load(path: String) throws(GoldCorpusError) -> [GoldDocument] {
        try parse(GoldJSONLines.contents(of: path), path: path)
    }

    /// Parses JSON Lines bytes (`path` is only used in error messages).
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws(GoldCorpusError) -> [GoldDocument] {
        try GoldJSONLines.records(bytes, path: path) { (value, line, index) throws(GoldCorpusError) in
            try record(value, path: path, line: line, index: index)
        }
    }

    private static func record(_ value: JSONValue, path: String, line: Int, index: Int) throws(GoldCorpusError) -> GoldDocument {
        guard let object = value.objectValue else {
            throw GoldCorpusError(path: path, line: line, message: "expected an object, got \(value.kindDescription)")
        }
        guard let text = object["text"]?.stringValue else {
            throw GoldCorpusError(path: path, line: line, message: "missing string field 'text'")
        }
        let length = text.unicodeScalars.count
        func spans(_ key: String, required: Bool) throws(GoldCorpusError) -> [CodePointSpan]? {
            guard let field = object[key] else {
                if required { throw GoldCorpusError(path: path, line: line, message: "missing field '\(key)'") }
                return nil
            }
            guard let items = field.arrayValue else {
                throw GoldCorpusError(path: path, line: line, message: "'\(key)' must be an array of [start, end] pairs")
            }
            var result: [CodePointSpan] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard let pair = item.arrayValue, pair.count >= 2, let start = pair[0].intValue, let end = pair[1].intValue,
                    0 <= start, start <= end, end <= length
                else {
                    throw GoldCorpusError(
                        path: path, line: line,
                        message: "'\(key)' holds an invalid span \(item.excerpt) (the text has \(length) code points)")
                }
                result.append(CodePointSpan(start: start, end: end))
            }
            return result
        }
        let id = object["doc_id"]?.stringValue ?? object["id"]?.stringValue ?? "doc-\(index + 1)"
        let sentences = try spans("sentences", required: true) ?? []
        let tokens = try spans("tokens", required: false) ?? []
        let words = try spans("words", required: false) ?? tokens
        return GoldDocument(id: id, text: text, sentences: sentences, tokens: tokens, words: words)
    }
}
