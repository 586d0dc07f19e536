import SiftConfig
import SiftCore
import SiftJSON

/// Turns JSON Lines records (`{"id", "html" | "text", "url", "date", …}`) into documents.
/// Fields other than id/html/text/url/date are kept as document metadata. Blank lines are skipped;
/// a malformed line becomes a failure item naming the file and line.
struct JSONLinesReader {
    let lines: LineReader
    let displayPath: String
    let fields: JSONLinesFields

    mutating func next() -> InputItem? {
        while let line = lines.nextLine() {
            let number = lines.lineNumber
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return item(from: line, line: number)
        }
        if let error = lines.readError {
            return .failure(DocumentFailure(id: "\(displayPath):\(lines.lineNumber + 1)", source: SourceInfo(path: displayPath, line: lines.lineNumber + 1),
                stage: DocumentFailure.inputStage, code: "read_error", message: "reading '\(displayPath)' failed (errno \(error))"))
        }
        return nil
    }

    private func item(from line: [UInt8], line number: Int) -> InputItem {
        let fallbackID = "\(displayPath):\(number)"
        var source = SourceInfo(path: displayPath, line: number)
        func failure(_ id: String, _ code: String, _ message: String) -> InputItem {
            .failure(DocumentFailure(id: id, source: source, stage: DocumentFailure.inputStage, code: code, message: "\(displayPath):\(number): \(message)"))
        }
        let value: JSONValue
        do {
            value = try JSONParser().parse(line)
        } catch {
            return failure(fallbackID, "invalid_json", "not a valid JSON record (\(error.message) at column \(error.column))")
        }
        guard case .object(let record) = value else {
            return failure(fallbackID, "invalid_record", "expected a JSON object per line, got \(value.kindDescription)")
        }
        var id = fallbackID
        switch record[fields.id] {
        case .string(let text)?: id = text
        case .integer(let number)?: id = String(number)
        case nil, .null?: break
        case let other?: return failure(fallbackID, "invalid_record", "field '\(fields.id)' must be a string or integer, got \(other.kindDescription)")
        }
        source.url = record[fields.url]?.stringValue
        source.date = record[fields.date]?.stringValue
        var metadata = JSONObject()
        for member in record.members where ![fields.id, fields.html, fields.text, fields.url, fields.date].contains(member.key) {
            metadata[member.key] = member.value
        }
        let raw: RawContent
        if case .string(let html)? = record[fields.html] {
            raw = .html(Array(html.utf8))
        } else if case .string(let text)? = record[fields.text] {
            raw = .text(text)
        } else {
            return failure(id, "invalid_record", "record has no string field '\(fields.html)' or '\(fields.text)' (set input.fields in the config if the names differ)")
        }
        return .document(Document(id: id, source: source, raw: raw, metadata: metadata))
    }
}
