#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiftCore

/// Reads a list file line by line in fixed-size chunks, so a list of any size (2 GB and more) is never
/// held in memory whole: memory is one chunk plus the longest line.
///
/// Lines end at `\n`; a `\r` before it is dropped, and so is a UTF-8 byte-order mark at the start of the file.
/// Problems are `StageSetupError`s for `option`, with messages that start with `file:line`.
struct ListFileReader {
    /// The file as named in the config (used in messages).
    let displayPath: String
    /// The file to open.
    let path: String
    /// The option the file belongs to (`lists[0].path`).
    let option: String
    /// Bytes read per `read(2)` call.
    var chunkSize = 1 << 20
    /// Longest line accepted; a longer one is an error rather than unbounded memory.
    var maximumLineLength = 1 << 20

    /// Calls `body` with each line (without its line break) and its 1-based number.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(StageSetupError) -> Void) throws(StageSetupError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw StageSetupError(option: option, message: "cannot open '\(displayPath)' (looked for \(path)): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        var carry: [UInt8] = []
        var lineNumber = 1
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StageSetupError(option: option, message: "\(displayPath):\(lineNumber): read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            try chunk.withUnsafeBufferPointer { (buffer) throws(StageSetupError) in
                var lineStart = 0
                while lineStart < count {
                    let remaining = count - lineStart
                    guard let found = memchr(buffer.baseAddress! + lineStart, 0x0A, remaining) else {
                        guard carry.count + remaining <= maximumLineLength else { throw tooLong(lineNumber) }
                        carry.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[lineStart..<count]))
                        break
                    }
                    let lineEnd = lineStart + UnsafeRawPointer(buffer.baseAddress! + lineStart).distance(to: UnsafeRawPointer(found))
                    if carry.isEmpty {
                        guard lineEnd - lineStart <= maximumLineLength else { throw tooLong(lineNumber) }
                        try emit(UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), lineNumber, body)
                    } else {
                        guard carry.count + lineEnd - lineStart <= maximumLineLength else { throw tooLong(lineNumber) }
                        carry.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]))
                        try carry.withUnsafeBufferPointer { (line) throws(StageSetupError) in try emit(line, lineNumber, body) }
                        carry.removeAll(keepingCapacity: true)
                    }
                    lineNumber += 1
                    lineStart = lineEnd + 1
                }
            }
        }
        if !carry.isEmpty {
            try carry.withUnsafeBufferPointer { (line) throws(StageSetupError) in try emit(line, lineNumber, body) }
        }
    }

    private func emit(
        _ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(StageSetupError) -> Void
    ) throws(StageSetupError) {
        var start = 0
        var end = line.count
        if number == 1, end >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { start = 3 }
        if end > start, line[end - 1] == 0x0D { end -= 1 }
        try body(UnsafeBufferPointer(rebasing: line[start..<end]), number)
    }

    private func tooLong(_ line: Int) -> StageSetupError {
        StageSetupError(option: option, message: "\(displayPath):\(line): line is longer than \(maximumLineLength) bytes")
    }

    /// A problem on a line of this file.
    func error(line: Int, _ message: String) -> StageSetupError {
        StageSetupError(option: option, message: "\(displayPath):\(line): \(message)")
    }
}
