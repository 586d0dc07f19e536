#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a results file (JSON Lines, as `pipeline run` writes it) or standard input line by line, in chunks,
/// so a file of any size needs memory for one line at a time.
public enum ResultsReader {
    static let chunkSize = 1 << 20

    /// Calls `body` with each line (without its line break; a final line without one included) of the file
    /// at `path`, or of standard input for `-`.
    public static func forEachLine(path: String, _ body: (ArraySlice<UInt8>) throws(ReportError) -> Void) throws(ReportError) {
        let descriptor = try openInput(path)
        defer { if descriptor != 0 { close(descriptor) } }
        let name = path == "-" ? "standard input" : "'\(path)'"
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var first = true
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else {
                throw ReportError(.unreadableInput, "cannot read \(name): \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            if first {
                first = false
                try checkNotCompressed(chunk[0..<got], name: name, path: path)
            }
            let scanFrom = buffer.count
            buffer.append(contentsOf: chunk[0..<got])
            var start = 0
            var index = scanFrom
            while let newline = buffer[index...].firstIndex(of: 0x0A) {
                try body(trimmed(buffer[start..<newline]))
                start = newline + 1
                index = start
            }
            if start > 0 { buffer.removeFirst(start) }
        }
        if !buffer.isEmpty { try body(trimmed(buffer[...])) }
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }

    private static func openInput(_ path: String) throws(ReportError) -> Int32 {
        if path == "-" { return 0 }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ReportError(.inputNotFound, "results file '\(path)' not found: give the JSON Lines file that pipeline run wrote (-o FILE), or - for standard input")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReportError(.inputNotFound, "'\(path)' is a folder: give the results files themselves, e.g. pipeline report \(path.hasSuffix("/") ? path : path + "/")part-*.jsonl")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReportError(.unreadableInput, "cannot open results file '\(path)': \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    private static func checkNotCompressed(_ head: ArraySlice<UInt8>, name: String, path: String) throws(ReportError) {
        let bytes = Array(head.prefix(4))
        let shown = path == "-" ? "FILE" : path
        if bytes.starts(with: [0x1F, 0x8B]) {
            throw ReportError(.compressedInput, "\(name) is gzip-compressed: decompress it on the way in, e.g. gzip -dc \(shown) | pipeline report - -o report.html")
        }
        if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) {
            throw ReportError(.compressedInput, "\(name) is zstd-compressed: decompress it on the way in, e.g. zstd -dc \(shown) | pipeline report - -o report.html")
        }
    }
}
