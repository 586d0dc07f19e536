#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem writing output, with what to check.
public struct OutputError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Buffered writes to standard output or a file descriptor.
public final class OutputWriter {
    let descriptor: Int32
    private let closesOnFinish: Bool
    let path: String
    private var buffer: [UInt8] = []
    private let flushThreshold: Int
    /// Bytes handed to `write(2)` so far.
    public private(set) var bytesWritten = 0

    /// Opens `path` for writing (created or truncated), or standard output for `-`.
    public convenience init(path: String, flushThreshold: Int = 1 << 16) throws {
        if path == "-" {
            self.init(descriptor: 1, path: "-", closesOnFinish: false, flushThreshold: flushThreshold)
        } else {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw OutputError(message: "cannot open output '\(path)' for writing: \(String(cString: strerror(errno))) (check that its folder exists and is writable)")
            }
            self.init(descriptor: fd, path: path, closesOnFinish: true, flushThreshold: flushThreshold)
        }
    }

    init(descriptor: Int32, path: String, closesOnFinish: Bool, flushThreshold: Int = 1 << 16) {
        self.descriptor = descriptor
        self.path = path
        self.closesOnFinish = closesOnFinish
        self.flushThreshold = flushThreshold
        buffer.reserveCapacity(flushThreshold * 2)
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Whether bytes are waiting in the buffer.
    public var hasBufferedBytes: Bool { !buffer.isEmpty }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: "writing to '\(path)' failed: \(String(cString: strerror(errno))) (disk full, or the reader of the output went away?)")
            }
            offset += written
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and makes the data durable (`fsync`), for files about to be renamed into place.
    func sync() throws {
        try flush()
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS {
            throw OutputError(message: "syncing '\(path)' to disk failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Flushes and closes the file (standard output stays open).
    public func finish() throws {
        try flush()
        if closesOnFinish { close(descriptor) }
    }
}
