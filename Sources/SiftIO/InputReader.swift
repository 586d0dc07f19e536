import Foundation
import SiftConfig
import SiftCore
import SiftJSON

/// Reads documents from files, directories (recursive, sorted), globs, `@list` files, archives, WARC
/// files, JSON Lines (plain or compressed) and standard input (JSON Lines or WARC, sniffed).
///
/// Every input yields items in a fixed order; an input that cannot be read becomes a failure item,
/// so it still produces exactly one output line and never stops the other documents. Everything is
/// streamed: archives are never extracted, and only the current document is held in memory.
public struct InputReader {
    private let config: InputConfig
    /// Inputs still to open, as a stack: the next one is last (so a directory's files are pushed in reverse).
    private var pending: [PendingInput]
    private var cursor: (any ItemCursor)?
    /// Bytes of the inputs finished so far (for progress).
    private var finishedBytes = 0
    private var knownBytes = 0
    /// Inputs whose size is not known yet (directories, lists and patterns not yet expanded; stdin).
    private var unsizedInputs = 0

    private enum PendingInput {
        case path(String, displayRoot: String?, size: Int?)
        /// A folder found while walking a directory input, listed when it is reached.
        case folder(String, displayRoot: String)
        case standardInput
    }

    /// - Parameter config: paths (files, directories, globs, `@lists` or `-`), format, field names, limits.
    public init(config: InputConfig) {
        self.config = config
        self.pending = []
        for path in config.paths.reversed() {
            if path == "-" {
                pending.append(.standardInput)
                unsizedInputs += 1
            } else {
                let size = Self.regularFileSize(path)
                if let size { knownBytes += size } else { unsizedInputs += 1 }
                pending.append(.path(path, displayRoot: nil, size: size))
            }
        }
    }

    /// Bytes read so far and, once every input has been sized (never for stdin), the total.
    public var progress: (bytesRead: Int, totalBytes: Int?) {
        (finishedBytes + (cursor?.position ?? 0), unsizedInputs == 0 ? knownBytes : nil)
    }

    /// Whether `next()` can return without waiting for standard input.
    public var isReadable: Bool {
        if let cursor { return cursor.isReadable }
        return true
    }

    /// The next input item, or nil when every input is exhausted.
    public mutating func next() -> InputItem? {
        while true {
            if let current = cursor {
                if let item = current.next() { return item }
                finishedBytes += current.position
                cursor = nil
            }
            guard !pending.isEmpty else { return nil }
            switch pending.removeLast() {
            case .standardInput:
                unsizedInputs -= 1
                cursor = openStandardInput()
            case .path(let path, let root, let size):
                if let item = open(path, root: root, size: size) { return item }
            case .folder(let path, let root):
                unsizedInputs -= 1
                push(walking: path, root: root)
            }
        }
    }

    private mutating func open(_ path: String, root: String?, size: Int?) -> InputItem? {
        if path.hasPrefix("@") {
            unsizedInputs -= 1
            let list = String(path.dropFirst())
            guard let entries = InputPathPattern.listEntries(list) else {
                return failure(path, code: "not_found", "input list '\(list)' cannot be read (check that it exists and is readable)")
            }
            push(entries, root: nil)
            return nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if InputPathPattern.isGlob(path) {
                unsizedInputs -= 1
                let matches = InputPathPattern.expand(path)
                if matches.isEmpty { return failure(path, code: "not_found", "pattern '\(path)' matches no file") }
                push(matches, root: nil)
                return nil
            }
            if size == nil { unsizedInputs -= 1 }
            return failure(path, code: "not_found", "input '\(path)' does not exist")
        }
        if isDirectory.boolValue {
            if size == nil { unsizedInputs -= 1 }
            push(walking: path, root: path)
            return nil
        }
        if size == nil { unsizedInputs -= 1 }  // e.g. a symbolic link or a device named on the command line
        let kind = InputKind(path: path, forced: config.format)
        do {
            switch kind.format {
            case .html, .text:
                return try readDocument(path, root: root, kind: kind, size: size)
            case .jsonl:
                cursor = JSONLinesReader(lines: try openStream(path, kind: kind), displayPath: path, fields: config.fields, maxDocumentBytes: config.maxDocumentBytes)
            case .warc:
                cursor = WARCReader(lines: try openStream(path, kind: kind), displayPath: path, types: config.warcRecordTypes, maxDocumentBytes: config.maxDocumentBytes)
            case .archive:
                cursor = try ArchiveReader(path: path, config: config)
            case .auto:
                let name = path.split(separator: "/").last.map(String.init) ?? path
                return failure(path, code: "unsupported_format",
                    "cannot tell the format of '\(name)' from its name: use .html/.htm/.txt/.jsonl/.warc(.gz) or an archive ending (.tar.gz, .zip, …), or set input.format in the config")
            }
        } catch {
            finishedBytes += size ?? 0
            return failure(path, code: error.code, "cannot read '\(path)': \(error.message)")
        }
        return nil
    }

    /// Pushes one folder's entries; its subfolders are listed when reached, so memory stays small.
    private mutating func push(walking folder: String, root: String) {
        for entry in DirectoryWalker(extensions: config.extensions).entries(of: folder).reversed() {
            switch entry {
            case .file(let path, let size):
                knownBytes += size
                pending.append(.path(path, displayRoot: root, size: size))
            case .folder(let path):
                unsizedInputs += 1
                pending.append(.folder(path, displayRoot: root))
            }
        }
    }

    private mutating func push(_ paths: [String], root: String?) {
        for path in paths.reversed() {
            let size = path == "-" ? nil : Self.regularFileSize(path)
            if let size { knownBytes += size } else { unsizedInputs += 1 }
            pending.append(path == "-" ? .standardInput : .path(path, displayRoot: root, size: size))
        }
    }

    /// One HTML or text file as one document (compressed files are decompressed up to the size limit).
    private mutating func readDocument(_ path: String, root: String?, kind: InputKind, size: Int?) throws(StreamError) -> InputItem {
        let limit = config.maxDocumentBytes
        defer { finishedBytes += size ?? 0 }
        if kind.compression == .none, let size, size > limit {
            return failure(path, code: "too_large", "skipped: '\(path)' is \(size) bytes, over input.max_document_bytes (\(limit)); raise the limit to read it")
        }
        let bytes: [UInt8]
        if kind.compression == .none, let size {
            guard let file = FileStream(path: path) else { throw Self.openError() }
            bytes = try file.readAll(expected: size, limit: limit)
        } else {
            bytes = try openStream(path, kind: kind).read(count: limit + 1)
        }
        if bytes.count > limit {
            return failure(path, code: "too_large", "skipped: '\(path)' is over input.max_document_bytes (\(limit)) bytes; raise the limit to read it")
        }
        let raw: RawContent = kind.format == .html ? .html(bytes) : .plainText(bytes)
        return .document(Document(id: Self.documentID(path: path, root: root), source: SourceInfo(path: path), raw: raw))
    }

    /// A line reader over the file's (decompressed) bytes; gzip is recognised by its magic bytes too.
    private func openStream(_ path: String, kind: InputKind) throws(StreamError) -> LineReader {
        if kind.compression == .other {
            return LineReader(stream: try ArchiveMemberStream.decompressing(path: path))
        }
        guard let file = FileStream(path: path) else { throw Self.openError() }
        return try Self.sniffingGzip(LineReader(stream: file))
    }

    private static func openError() -> StreamError {
        StreamError(code: "read_error", message: "cannot open it for reading: \(String(cString: strerror(errno))) (check the path and permissions)", recoverable: false)
    }

    private static func sniffingGzip(_ lines: LineReader) throws(StreamError) -> LineReader {
        let magic = try lines.peek(count: 2)
        guard magic == [0x1F, 0x8B] else { return lines }
        return LineReader(stream: try GzipStream(source: lines))
    }

    /// Standard input: WARC when it starts with `WARC/` (after gzip, if gzip), else JSON Lines.
    private func openStandardInput() -> any ItemCursor {
        let plain = LineReader(stream: FileStream(descriptor: 0, closesOnDeinit: false))
        do {
            let lines = try Self.sniffingGzip(plain)
            let head = try lines.peek(count: 5)
            let isWARC = config.format == .warc || (config.format == .auto && head == Array("WARC/".utf8))
            if isWARC { return WARCReader(lines: lines, displayPath: "-", types: config.warcRecordTypes, maxDocumentBytes: config.maxDocumentBytes) }
            return JSONLinesReader(lines: lines, displayPath: "-", fields: config.fields, maxDocumentBytes: config.maxDocumentBytes)
        } catch {
            return JSONLinesReader(lines: plain, displayPath: "-", fields: config.fields, maxDocumentBytes: config.maxDocumentBytes)
        }
    }

    private func failure(_ path: String, code: String, _ message: String) -> InputItem {
        .failure(DocumentFailure(id: path, source: SourceInfo(path: path), stage: DocumentFailure.inputStage, code: code, message: message))
    }

    private static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// A file's id: its path relative to the directory it was found in, or the path as given.
    static func documentID(path: String, root: String?) -> String {
        guard let root else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
