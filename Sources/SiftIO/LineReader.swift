#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line (LF-separated; a trailing CR is dropped) with a fixed buffer.
/// Lines of any length are supported; memory use is the longest line plus the buffer.
public final class LineReader {
    private let descriptor: Int32
    private let closesOnDeinit: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// The 1-based number of the last line returned.
    public private(set) var lineNumber = 0
    /// The error from `read(2)`, if reading failed.
    public private(set) var readError: Int32?

    /// Opens a file for reading; nil when it cannot be opened.
    public convenience init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        self.init(descriptor: fd, closesOnDeinit: true)
    }

    public init(descriptor: Int32, closesOnDeinit: Bool = false, bufferSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.closesOnDeinit = closesOnDeinit
        self.buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    deinit {
        if closesOnDeinit { close(descriptor) }
    }

    /// The next line without its terminator, or nil at the end of input.
    public func nextLine() -> [UInt8]? {
        var pending: [UInt8] = []
        while true {
            if start < end {
                let newline = buffer.withUnsafeBufferPointer { pointer -> Int? in
                    guard let base = pointer.baseAddress,
                          let found = memchr(base + start, 0x0A, end - start) else { return nil }
                    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                if let newline {
                    pending.append(contentsOf: buffer[start..<newline])
                    start = newline + 1
                    return finish(pending)
                }
                pending.append(contentsOf: buffer[start..<end])
                start = end
            }
            if atEOF {
                return pending.isEmpty ? nil : finish(pending)
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                readError = errno
                atEOF = true
            } else if count == 0 {
                atEOF = true
            } else {
                start = 0
                end = count
            }
        }
    }

    private func finish(_ line: [UInt8]) -> [UInt8] {
        lineNumber += 1
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}
