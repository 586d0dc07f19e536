import SiftConfig
import SiftCore
import SiftJSON

/// Something that yields input items one by one from one input (a JSON Lines file, a WARC file, an archive).
protocol ItemCursor: AnyObject {
    /// The next item, or nil when this input is exhausted.
    func next() -> InputItem?
    /// Bytes consumed from the input file so far.
    var position: Int { get }
    /// Whether `next()` can return without waiting for a writer (standard input).
    var isReadable: Bool { get }
}

/// Turns JSON Lines records (`{"id", "html" | "text", "url", "date", …}`) into documents.
/// Fields other than id/html/text/url/date are kept as document metadata. Blank lines are skipped;
/// a malformed line, a line over the size limit or damaged compressed data becomes a failure item
/// naming the file and line, and reading goes on.
final class JSONLinesReader: ItemCursor {
    let lines: LineReader
    let displayPath: String
    let member: String?
    let fields: JSONLinesFields
    let maxDocumentBytes: Int
    private var ended = false

    init(lines: LineReader, displayPath: String, member: String? = nil, fields: JSONLinesFields, maxDocumentBytes: Int = .max) {
        self.lines = lines
        self.displayPath = displayPath
        self.member = member
        self.fields = fields
        self.maxDocumentBytes = maxDocumentBytes
    }

    var position: Int { lines.position }
    var isReadable: Bool { lines.isReadable }

    private var location: String { member.map { "\(displayPath)!\($0)" } ?? displayPath }

    func next() -> InputItem? {
        guard !ended else { return nil }
        while true {
            let step: LineReader.Line?
            do {
                step = try lines.next(maxBytes: maxDocumentBytes)
            } catch {
                let number = lines.lineNumber + 1
                if !error.recoverable { ended = true }
                return failure("\(location):\(number)", line: number, error.code, "\(location):\(number): \(error.message)"
                               + (error.recoverable ? "; reading goes on after the damaged part" : ""))
            }
            switch step {
            case nil:
                ended = true
                return nil
            case .tooLong(let length)?:
                let number = lines.lineNumber
                return failure("\(location):\(number)", line: number, "too_large",
                               "\(location):\(number): skipped: the record is \(length) bytes, over input.max_document_bytes (\(maxDocumentBytes)); raise the limit to read it")
            case .line(let line)?:
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return item(from: line, line: lines.lineNumber)
            }
        }
    }

    private func failure(_ id: String, line: Int, _ code: String, _ message: String) -> InputItem {
        .failure(DocumentFailure(id: id, source: SourceInfo(path: displayPath, member: member, line: line), stage: DocumentFailure.inputStage, code: code, message: message))
    }

    private func item(from line: [UInt8], line number: Int) -> InputItem {
        let fallbackID = member.map { "\($0):\(number)" } ?? "\(displayPath):\(number)"
        var source = SourceInfo(path: displayPath, member: member, line: number)
        func failure(_ id: String, _ code: String, _ message: String) -> InputItem {
            .failure(DocumentFailure(id: id, source: source, stage: DocumentFailure.inputStage, code: code, message: "\(location):\(number): \(message)"))
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
