#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A source of bytes read in chunks: a file, standard input, a gzip or libarchive stream.
///
/// A stream that meets damaged data throws a `StreamError`; when the error is `recoverable`, reading
/// again continues after the damage (e.g. at the next gzip member), so one bad record costs one record.
public protocol ByteStream: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int
    /// Whether a read would return without waiting for a writer (always true for files).
    var isReadable: Bool { get }
    /// Bytes consumed from the underlying file so far (compressed bytes for compressed streams).
    var position: Int { get }
}

/// Damaged or unreadable input data.
public struct StreamError: Error, Sendable, CustomStringConvertible {
    /// A stable code for error records: `read_error`, `corrupt_data`, `truncated`.
    public var code: String
    public var message: String
    /// Whether reading can go on after the damage.
    public var recoverable: Bool

    public init(code: String, message: String, recoverable: Bool) {
        self.code = code
        self.message = message
        self.recoverable = recoverable
    }

    public var description: String { message }
}

/// Reads a file descriptor with `read(2)`.
public final class FileStream: ByteStream {
    private let descriptor: Int32
    private let closesOnDeinit: Bool
    public private(set) var position = 0

    /// Wraps an open descriptor (closed on deinit only when `closesOnDeinit`).
    public init(descriptor: Int32, closesOnDeinit: Bool) {
        self.descriptor = descriptor
        self.closesOnDeinit = closesOnDeinit
    }

    /// Opens a file for reading; nil when it cannot be opened.
    public convenience init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.init(descriptor: fd, closesOnDeinit: true)
    }

    deinit {
        if closesOnDeinit { close(descriptor) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 {
                position += count
                return count
            }
            if errno == EINTR { continue }
            throw StreamError(code: "read_error", message: "read failed: \(String(cString: strerror(errno)))", recoverable: false)
        }
    }

    public var isReadable: Bool {
        var descriptorState = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptorState, 1, 0) != 0
    }
}

/// Bytes already in memory (a gzip-encoded HTTP payload, test data).
public final class MemoryStream: ByteStream {
    private let bytes: [UInt8]
    public private(set) var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
        }
        position += count
        return count
    }

    public var isReadable: Bool { true }
}

extension ByteStream {
    /// Everything up to `limit + 1` bytes, read straight into one array sized for `expected` bytes.
    func readAll(expected: Int, limit: Int) throws(StreamError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Swift.min(expected, limit) + 1)
        var count = 0
        while count < bytes.count {
            let read = try bytes.read(from: self, at: count)
            if read == 0 { break }
            count += read
            if count == bytes.count && count <= limit { bytes.append(contentsOf: repeatElement(0, count: Swift.min(bytes.count, limit + 1 - count))) }
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}

extension Array where Element == UInt8 {
    /// Reads from `stream` into this array's storage starting at `offset`; returns the count read.
    /// (The standard library's buffer accessors only rethrow untyped errors.)
    mutating func read(from stream: ByteStream, at offset: Int, limit: Int? = nil) throws(StreamError) -> Int {
        let result: Result<Int, StreamError> = withUnsafeMutableBytes { buffer in
            do throws(StreamError) {
                return .success(try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[offset..<(limit ?? buffer.count)])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
