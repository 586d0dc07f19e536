import Foundation
import SiftConfig
import SiftCore
import SiftJSON

/// Reads documents from files, directories (recursive, sorted), JSON Lines files and standard input.
///
/// Every input yields items in a fixed order; an input that cannot be read becomes a failure item,
/// so it still produces exactly one output line and never stops the other documents.
public struct InputReader {
    private let config: InputConfig
    /// Inputs still to open, as a stack: the next one is last (so a directory's files are pushed in reverse).
    private var pending: [PendingInput]
    private var jsonLines: JSONLinesReader?

    private enum PendingInput {
        case path(String, displayRoot: String?)
        case standardInput
    }

    /// - Parameter config: paths (files, directories or `-`), format and field names.
    public init(config: InputConfig) {
        self.config = config
        self.pending = config.paths.reversed().map { $0 == "-" ? .standardInput : .path($0, displayRoot: nil) }
    }

    /// The next input item, or nil when every input is exhausted.
    public mutating func next() -> InputItem? {
        while true {
            if var reader = jsonLines {
                if let item = reader.next() {
                    jsonLines = reader
                    return item
                }
                jsonLines = nil
            }
            guard !pending.isEmpty else { return nil }
            switch pending.removeLast() {
            case .standardInput:
                jsonLines = JSONLinesReader(lines: LineReader(descriptor: 0), displayPath: "-", fields: config.fields)
            case .path(let path, let root):
                if let item = open(path, root: root) { return item }
            }
        }
    }

    private mutating func open(_ path: String, root: String?) -> InputItem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure(path, code: "not_found", "input '\(path)' does not exist")
        }
        if isDirectory.boolValue {
            let files = DirectoryWalker(extensions: config.extensions).files(under: path)
            pending.append(contentsOf: files.reversed().map { .path($0, displayRoot: path) })
            return nil
        }
        let format = config.format == .auto ? InputFormat(extensionOf: path) : config.format
        switch format {
        case .jsonl:
            guard let lines = LineReader(path: path) else {
                return failure(path, code: "read_error", "cannot open '\(path)' for reading (check permissions)")
            }
            jsonLines = JSONLinesReader(lines: lines, displayPath: path, fields: config.fields)
            return nil
        case .html, .text:
            guard let data = FileManager.default.contents(atPath: path) else {
                return failure(path, code: "read_error", "cannot read '\(path)' (check permissions)")
            }
            let bytes = [UInt8](data)
            let id = Self.documentID(path: path, root: root)
            let raw: RawContent = format == .html ? .html(bytes) : .plainText(bytes)
            return .document(Document(id: id, source: SourceInfo(path: path), raw: raw))
        case .auto:
            let ext = (path as NSString).pathExtension
            return failure(path, code: "unsupported_format",
                "cannot tell the format of '\(path)' from its extension '\(ext)': use .html/.htm/.txt/.jsonl, or set input.format in the config")
        }
    }

    private func failure(_ path: String, code: String, _ message: String) -> InputItem {
        .failure(DocumentFailure(id: path, source: SourceInfo(path: path), stage: DocumentFailure.inputStage, code: code, message: message))
    }

    /// A file's id: its path relative to the directory it was found in, or the path as given.
    static func documentID(path: String, root: String?) -> String {
        guard let root else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

extension InputFormat {
    /// The format implied by a file's extension (`auto` when unknown).
    init(extensionOf path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml", "shtml": self = .html
        case "txt", "text", "md": self = .text
        case "jsonl", "ndjson": self = .jsonl
        default: self = .auto
        }
    }
}
