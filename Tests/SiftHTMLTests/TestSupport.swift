import Foundation
import SiftCore
import SiftHTML

/// Runs `cleanup.html.v1` on HTML given as a string.
func cleanHTML(_ html: String, _ options: HTMLCleanupStage.Options = .init()) throws -> Document {
    try cleanHTML(bytes: Array(html.utf8), options)
}

/// Runs `cleanup.html.v1` on raw HTML bytes.
func cleanHTML(bytes: [UInt8], _ options: HTMLCleanupStage.Options = .init()) throws -> Document {
    var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: .html(bytes))
    try HTMLCleanupStage(options: options).process(&document)
    return document
}

/// Runs `cleanup.html.v1` on plain-text bytes.
func cleanPlain(bytes: [UInt8]) throws -> Document {
    var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: .plainText(bytes))
    try HTMLCleanupStage().process(&document)
    return document
}

/// The cleaned text of HTML.
func htmlText(_ html: String, _ options: HTMLCleanupStage.Options = .init()) throws -> String {
    try cleanHTML(html, options).text?.string ?? "<no text>"
}

/// The cleaned text of plain text given as a string (through the byte path).
func plainText(_ text: String) throws -> String {
    try cleanPlain(bytes: Array(text.utf8)).text?.string ?? "<no text>"
}

/// Whether `text` holds a C0 control other than tab and LF, or DEL.
func hasForbiddenControl(_ text: String) -> Bool {
    text.utf8.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F }
}

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed | 1
    return (0..<count).map { _ in
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state)
    }
}

/// Shared corpora, read relative to the package (`../shared/...`); nil when absent.
enum SharedCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpora")

    static var extractionPages: [URL]? {
        let folder = root.appendingPathComponent("dev/extraction/html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let pages = names.filter { $0.hasSuffix(".html.gz") }.sorted().map { folder.appendingPathComponent($0) }
        return pages.isEmpty ? nil : pages
    }

    /// Decompresses a `.gz` file with /bin/gunzip.
    static func gunzip(_ url: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gunzip")
        process.arguments = ["-c", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
