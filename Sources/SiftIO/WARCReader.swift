import SiftConfig
import SiftCore
import SiftJSON

/// Reads WARC (and, through `GzipStream`, WARC.gz) records as documents: `response` records with an
/// HTML payload, `resource` records, and optionally `conversion` records (WET). Other records are
/// skipped. A malformed or damaged record yields one failure item and the reader resynchronises on the
/// next line starting with `WARC/`.
final class WARCReader: ItemCursor {
    let lines: LineReader
    let displayPath: String
    let types: Set<String>
    let maxDocumentBytes: Int
    private var recordNumber = 0
    private var ended = false
    /// A record's first line found while skipping garbage, kept for the next call.
    private var pendingVersionLine = false

    init(lines: LineReader, displayPath: String, types: [WARCRecordType], maxDocumentBytes: Int) {
        self.lines = lines
        self.displayPath = displayPath
        self.types = Set(types.map(\.rawValue))
        self.maxDocumentBytes = maxDocumentBytes
    }

    var position: Int { lines.position }
    var isReadable: Bool { lines.isReadable }

    func next() -> InputItem? {
        while !ended {
            var header: WARCHeader?
            do {
                let (found, skipped) = try nextHeader()
                if skipped > 0 {
                    recordNumber += 1
                    return failure(nil, "invalid_record", "\(skipped) bytes that are not a WARC record were skipped; reading goes on at the next record")
                }
                guard let found else {
                    ended = true
                    return nil
                }
                header = found
                recordNumber += 1
                if let item = try read(found) { return item }
            } catch let error as StreamError {
                if !error.recoverable { ended = true }
                if header == nil { recordNumber += 1 }
                return failure(header, error.code, error.message + (error.recoverable ? "; reading goes on at the next record" : ""))
            } catch let problem as WARCProblem {
                return failure(header, problem.code, problem.message)
            } catch {
                return failure(header, "read_error", "\(error)")
            }
        }
        return nil
    }

    /// Reads one record's block and turns it into an item, or nil for records that are not documents.
    private func read(_ header: WARCHeader) throws -> InputItem? {
        guard let length = header.contentLength else {
            throw WARCProblem(code: "invalid_record", message: "record has no valid Content-Length; reading goes on at the next record")
        }
        guard types.contains(header.type) else {
            try skipBlock(length)
            return nil
        }
        let prefixLength = min(length, WARCPayload.headerAllowance)
        let prefix = try lines.read(count: prefixLength)
        guard prefix.count == prefixLength else { throw truncated() }
        let payload = WARCPayload(header: header, prefix: prefix, blockLength: length)
        switch payload.decision(maxDocumentBytes: maxDocumentBytes) {
        case .ignore:
            try skipBlock(length - prefixLength)
            return nil
        case .tooLarge(let bytes):
            try skipBlock(length - prefixLength)
            return failure(header, "too_large", "skipped: the payload is \(bytes) bytes, over input.max_document_bytes (\(maxDocumentBytes)); raise the limit to read it")
        case .read:
            var body = [UInt8]()
            body.reserveCapacity(length - payload.payloadOffset)
            body.append(contentsOf: prefix[payload.payloadOffset...])
            try lines.read(count: length - prefixLength, appendingTo: &body)
            guard body.count == length - payload.payloadOffset else { throw truncated() }
            return payload.item(payload: body, displayPath: displayPath, maxDocumentBytes: maxDocumentBytes)
        }
    }

    private func skipBlock(_ count: Int) throws {
        if try lines.skip(count: count) < count { throw truncated() }
    }

    private func truncated() -> StreamError {
        StreamError(code: "truncated", message: "the WARC file ends inside this record (truncated file?)", recoverable: false)
    }

    /// The next record header, and how many bytes of non-WARC data were skipped to find it.
    private func nextHeader() throws -> (WARCHeader?, Int) {
        var skipped = 0
        if !pendingVersionLine {
            while true {
                guard let step = try lines.next(maxBytes: 1 << 16) else { return (nil, skipped) }
                guard case .line(let line) = step else {
                    if case .tooLong(let count) = step { skipped += count + 1 }
                    continue
                }
                if line.isEmpty { continue }
                if line.starts(with: Array("WARC/".utf8)) { break }
                skipped += line.count + 1
            }
            if skipped > 0 {
                pendingVersionLine = true
                return (nil, skipped)
            }
        }
        pendingVersionLine = false
        var header = WARCHeader()
        while let step = try lines.next(maxBytes: 1 << 16) {
            guard case .line(let line) = step else { throw WARCProblem(code: "invalid_record", message: "a WARC header line is over 64 KB") }
            if line.isEmpty { return (header, 0) }
            header.add(line)
        }
        throw truncated()
    }

    private func failure(_ header: WARCHeader?, _ code: String, _ message: String) -> InputItem {
        let recordID = header?.recordID
        let id = recordID.map(WARCHeader.stripBrackets) ?? "\(displayPath)#\(recordNumber)"
        let source = SourceInfo(path: displayPath, member: recordID, url: header?.targetURI, date: header?.date, recordID: recordID.map(WARCHeader.stripBrackets))
        let location = "\(displayPath): record \(recordNumber)" + (recordID.map { " (\($0))" } ?? "")
        return .failure(DocumentFailure(id: id, source: source, stage: DocumentFailure.inputStage, code: code, message: "\(location): \(message)"))
    }
}

/// A problem with one WARC record's structure.
struct WARCProblem: Error {
    var code: String
    var message: String
}

/// The named fields of a WARC record header (names compared case-insensitively).
struct WARCHeader {
    private(set) var fields: [String: String] = [:]

    mutating func add(_ line: [UInt8]) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased().trimmingQuotesAndSpaces()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingQuotesAndSpaces()
        if fields[name] == nil { fields[name] = value }
    }

    subscript(name: String) -> String? { fields[name] }
    var type: String { fields["warc-type"]?.lowercased() ?? "" }
    var contentLength: Int? { fields["content-length"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }
    var recordID: String? { fields["warc-record-id"] }
    var targetURI: String? { fields["warc-target-uri"].map(Self.stripBrackets) }
    var date: String? { fields["warc-date"] }
    var contentType: String? { fields["content-type"] }

    static func stripBrackets(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
    }
}
