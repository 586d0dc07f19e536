#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiftConfig
import SiftCore

/// Reads the members of an archive (tar in any compression, zip, 7z, …) through libarchive, streamed:
/// nothing is extracted to disk and only one member is in memory at a time. Members are chosen by glob
/// (`input.members`) or by ending (`input.extensions`); HTML and text members become documents, JSON
/// Lines members one document per line. A damaged member yields a failure item; when the archive cannot
/// be read further, the failure says so and the archive ends.
final class ArchiveReader: ItemCursor {
    let archive: LibArchive
    let displayPath: String
    let config: InputConfig
    private var jsonLines: JSONLinesReader?
    private var ended = false
    /// Member headers read so far (names failures that have no member path).
    private var headers = 0

    init(path: String, config: InputConfig) throws(StreamError) {
        self.archive = try LibArchive(path: path, raw: false)
        self.displayPath = path
        self.config = config
    }

    var position: Int { archive.position }
    var isReadable: Bool { true }

    func next() -> InputItem? {
        while !ended {
            if let reader = jsonLines {
                if let item = reader.next() { return item }
                jsonLines = nil
            }
            headers += 1
            switch archive.next() {
            case .end:
                ended = true
            case .fatal(let message):
                ended = true
                return failure(nil, "corrupt_data", "the archive cannot be read (any further): \(message)")
            case .damagedMember(let message):
                return failure(nil, "corrupt_data", "a damaged member was skipped: \(message)")
            case .member(let path, let size, let isFile, let isEncrypted):
                guard isFile, let format = memberFormat(path) else { continue }
                if isEncrypted { return failure(path, "unsupported_format", "member '\(path)' is encrypted") }
                if let item = read(member: path, size: size, format: format) { return item }
            }
        }
        return nil
    }

    private func read(member path: String, size: Int?, format: InputFormat) -> InputItem? {
        let limit = config.maxDocumentBytes
        if format == .jsonl {
            let lines = LineReader(stream: ArchiveMemberStream(archive: archive), bufferSize: 1 << 18)
            jsonLines = JSONLinesReader(lines: lines, displayPath: displayPath, member: path, fields: config.fields, maxDocumentBytes: limit)
            return nil
        }
        if let size, size > limit {
            return failure(path, "too_large", "skipped: member '\(path)' is \(size) bytes, over input.max_document_bytes (\(limit)); raise the limit to read it")
        }
        do {
            guard let bytes = try archive.readMember(size: size, limit: limit) else {
                return failure(path, "too_large", "skipped: member '\(path)' is over input.max_document_bytes (\(limit)); raise the limit to read it")
            }
            let raw: RawContent = format == .html ? .html(bytes) : .plainText(bytes)
            return .document(Document(id: path, source: SourceInfo(path: displayPath, member: path), raw: raw))
        } catch {
            if !error.recoverable { ended = true }
            let rest = error.recoverable ? "" : "; the rest of the archive cannot be read"
            return failure(path, error.code, "member '\(path)' is damaged: \(error.message)\(rest)")
        }
    }

    /// The format of a member, or nil when it is not read.
    private func memberFormat(_ path: String) -> InputFormat? {
        if !config.members.isEmpty {
            guard config.members.contains(where: { fnmatch($0, path, 0) == 0 || fnmatch($0, lastComponent(path), 0) == 0 }) else { return nil }
        } else {
            let lower = path.lowercased()
            guard config.extensions.contains(where: { lower.hasSuffix("." + $0.lowercased()) }) else { return nil }
        }
        switch config.format {
        case .html, .text, .jsonl: return config.format
        case .auto, .archive, .warc:
            let kind = InputKind(name: path)
            guard kind.compression == .none else { return nil }
            switch kind.format {
            case .html, .text, .jsonl: return kind.format
            default: return config.members.isEmpty ? nil : .html
            }
        }
    }

    private func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func failure(_ member: String?, _ code: String, _ message: String) -> InputItem {
        let id = member ?? "\(displayPath)#\(headers)"
        return .failure(DocumentFailure(id: id, source: SourceInfo(path: displayPath, member: member), stage: DocumentFailure.inputStage,
                                        code: code, message: "\(displayPath): \(message)"))
    }
}
