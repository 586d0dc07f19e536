#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem writing output.
public struct OutputError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Buffered writes of output lines to standard output or a file.
public final class OutputWriter {
    private let descriptor: Int32
    private let closesOnFinish: Bool
    private let path: String
    private var buffer: [UInt8] = []
    private let flushThreshold: Int

    /// Opens `path` for writing (created or truncated), or standard output for `-`.
    public init(path: String, flushThreshold: Int = 1 << 16) throws {
        self.path = path
        self.flushThreshold = flushThreshold
        if path == "-" {
            descriptor = 1
            closesOnFinish = false
        } else {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                throw OutputError(message: "cannot open output '\(path)' for writing: \(String(cString: strerror(errno)))")
            }
            descriptor = fd
            closesOnFinish = true
        }
        buffer.reserveCapacity(flushThreshold * 2)
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: "writing to '\(path)' failed: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file (standard output stays open).
    public func finish() throws {
        try flush()
        if closesOnFinish { close(descriptor) }
    }
}
