import SiftCore
import SiftJSON

/// The content of one WARC record: HTTP headers stripped (`response`), transfer and content encodings
/// undone, the payload converted to UTF-8, and the record's facts in `source` and `metadata.warc`.
struct WARCPayload {
    /// How many leading bytes of a block are read before deciding about it (room for HTTP headers).
    static let headerAllowance = 1 << 16

    /// What to do with a record once its first bytes are known.
    enum Decision {
        case read
        /// Not a document (not HTML, not HTTP, not text).
        case ignore
        case tooLarge(Int)
    }

    let header: WARCHeader
    let blockLength: Int
    /// Where the payload starts in the block (after HTTP headers).
    private(set) var payloadOffset = 0
    private(set) var httpStatus: Int?
    private(set) var httpHeaders: [String: String] = [:]
    private(set) var isHTML = false
    private(set) var isText = false
    private(set) var malformedHTTP = false

    init(header: WARCHeader, prefix: [UInt8], blockLength: Int) {
        self.header = header
        self.blockLength = blockLength
        switch header.type {
        case "response": parseHTTP(prefix)
        case "conversion": isText = true
        default: classify(header.contentType)
        }
    }

    var contentType: String? { header.type == "response" ? httpHeaders["content-type"] : header.contentType }

    func decision(maxDocumentBytes: Int) -> Decision {
        if malformedHTTP { return .read }  // reported as a failure when read
        guard isHTML || isText else { return .ignore }
        let payload = blockLength - payloadOffset
        return payload > maxDocumentBytes ? .tooLarge(payload) : .read
    }

    private mutating func classify(_ contentType: String?) {
        let mime = contentType?.split(separator: ";").first?.trimmingQuotesAndSpaces().lowercased() ?? ""
        isHTML = mime == "text/html" || mime == "application/xhtml+xml"
        isText = mime == "text/plain"
    }

    private mutating func parseHTTP(_ prefix: [UInt8]) {
        guard prefix.starts(with: Array("HTTP/".utf8)) else { return }  // dns:, ftp: … responses are not pages
        var lineStart = 0
        var index = 0
        var first = true
        while index < prefix.count {
            guard prefix[index] == 0x0A else { index += 1; continue }
            var line = prefix[lineStart..<index]
            if line.last == 0x0D { line = line.dropLast() }
            lineStart = index + 1
            index += 1
            if line.isEmpty {
                payloadOffset = lineStart
                classify(httpHeaders["content-type"])
                return
            }
            if first {
                let parts = line.split(separator: 0x20, maxSplits: 2)
                httpStatus = parts.count > 1 ? Int(String(decoding: parts[1], as: UTF8.self)) : nil
                first = false
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                let name = String(decoding: line[..<colon], as: UTF8.self).lowercased().trimmingQuotesAndSpaces()
                if httpHeaders[name] == nil { httpHeaders[name] = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingQuotesAndSpaces() }
            }
        }
        malformedHTTP = true
    }

    /// The document (or a failure) for the block's payload (the bytes from `payloadOffset` on).
    func item(payload body: [UInt8], displayPath: String, maxDocumentBytes: Int) -> InputItem {
        let recordID = header.recordID
        let id = recordID.map(WARCHeader.stripBrackets) ?? header.targetURI ?? displayPath
        let source = SourceInfo(path: displayPath, member: recordID, url: header.targetURI, date: header.date, recordID: recordID.map(WARCHeader.stripBrackets))
        func failure(_ code: String, _ message: String) -> InputItem {
            .failure(DocumentFailure(id: id, source: source, stage: DocumentFailure.inputStage, code: code,
                                     message: "\(displayPath): record \(recordID ?? "?"): \(message)"))
        }
        if malformedHTTP { return failure("invalid_record", "the HTTP headers of this response do not end (no blank line in the first 64 KB)") }
        var payload = body
        if httpHeaders["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let joined = Self.dechunk(payload) else { return failure("invalid_record", "malformed chunked transfer encoding") }
            payload = joined
        }
        if let encoding = httpHeaders["content-encoding"]?.lowercased(), !encoding.isEmpty, encoding != "identity" {
            guard encoding == "gzip" || encoding == "x-gzip" else {
                return failure("unsupported_format", "content encoding '\(encoding)' is not supported (gzip is)")
            }
            switch Self.gunzip(payload, limit: maxDocumentBytes) {
            case .success(let bytes): payload = bytes
            case .failure(let problem): return failure(problem.code, problem.message)
            }
        }
        let decoded = CharsetDecoder.decode(payload, contentType: contentType, isHTML: isHTML)
        var warc = JSONObject([("type", .string(header.type))])
        if let httpStatus { warc["http_status"] = .integer(httpStatus) }
        if let contentType { warc["content_type"] = .string(contentType) }
        warc["charset"] = .string(decoded.charset)
        warc["charset_source"] = .string(decoded.origin)
        let raw: RawContent = isHTML ? .html(decoded.bytes) : .plainText(decoded.bytes)
        return .document(Document(id: id, source: source, raw: raw, metadata: JSONObject([("warc", .object(warc))])))
    }

    /// Joins an HTTP/1.1 chunked body; nil when malformed.
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return nil }
            let sizeLine = String(decoding: body[index..<lineEnd].filter { $0 != 0x0D }, as: UTF8.self)
            let sizeText = sizeLine.split(separator: ";").first?.trimmingQuotesAndSpaces() ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return result }
            guard index + size <= body.count else { return nil }
            result.append(contentsOf: body[index..<(index + size)])
            index += size
            while index < body.count, body[index] == 0x0D || body[index] == 0x0A { index += 1 }
        }
        return result
    }

    static func gunzip(_ bytes: [UInt8], limit: Int) -> Result<[UInt8], WARCProblem> {
        do {
            let lines = LineReader(stream: try GzipStream(source: MemoryStream(bytes)), bufferSize: 1 << 16)
            let output = try lines.read(count: limit + 1)
            if output.count > limit {
                return .failure(WARCProblem(code: "too_large", message: "skipped: the decompressed payload is over input.max_document_bytes (\(limit))"))
            }
            return .success(output)
        } catch {
            return .failure(WARCProblem(code: "corrupt_data", message: "the gzip-encoded payload is damaged: \(error.message)"))
        }
    }
}
