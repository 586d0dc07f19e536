#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered reading of a `ByteStream`: LF-terminated lines (a trailing CR is dropped), exact byte
/// counts, skipping and peeking. Lines longer than a limit are skipped, not stored, so memory use is
/// the buffer plus the longest line kept.
public final class LineReader {
    /// One step of line reading.
    public enum Line {
        case line([UInt8])
        /// A line over the limit, skipped; its length in bytes (without the terminator).
        case tooLong(Int)
    }

    private let stream: ByteStream
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The 1-based number of the last line returned (including lines skipped as too long).
    public private(set) var lineNumber = 0

    public init(stream: ByteStream, bufferSize: Int = 1 << 20) {
        self.stream = stream
        self.buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    /// Reads a file descriptor (compatibility initialiser).
    public convenience init(descriptor: Int32, closesOnDeinit: Bool = false, bufferSize: Int = 1 << 20) {
        self.init(stream: FileStream(descriptor: descriptor, closesOnDeinit: closesOnDeinit), bufferSize: bufferSize)
    }

    /// Opens a file for reading; nil when it cannot be opened.
    public convenience init?(path: String) {
        guard let stream = FileStream(path: path) else { return nil }
        self.init(stream: stream)
    }

    /// Whether the next read can return without waiting for a writer.
    public var isReadable: Bool { start < end || atEnd || stream.isReadable }
    /// Bytes consumed from the underlying file.
    public var position: Int { stream.position }

    /// The next line without its terminator, nil at the end. Lines over `maxBytes` come back as `tooLong`.
    public func next(maxBytes: Int = .max) throws(StreamError) -> Line? {
        var pending: [UInt8] = []
        var length = 0
        while true {
            if start < end {
                let newline = buffer.withUnsafeBufferPointer { pointer -> Int? in
                    guard let found = memchr(pointer.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return pointer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                let stop = newline ?? end
                length += stop - start
                if length <= maxBytes { pending.append(contentsOf: buffer[start..<stop]) } else { pending = [] }
                start = newline.map { $0 + 1 } ?? end
                if newline != nil { return finish(pending, length: length, maxBytes: maxBytes) }
            }
            if atEnd { return length == 0 && pending.isEmpty ? nil : finish(pending, length: length, maxBytes: maxBytes) }
            try fill()
        }
    }

    /// The next line, skipping lines over `maxBytes` (compatibility; read errors end the input).
    public func nextLine() -> [UInt8]? {
        while true {
            switch try? next() {
            case .line(let line)?: return line
            case .tooLong?: continue
            case nil: return nil
            }
        }
    }

    /// Up to `count` bytes (fewer only at the end of the stream).
    public func read(count: Int) throws(StreamError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 1 << 24))
        try read(count: count, appendingTo: &result)
        return result
    }

    /// Appends up to `count` bytes to `result` (fewer only at the end of the stream). Large reads go
    /// straight from the stream into `result` once the buffer is drained (one copy less).
    public func read(count: Int, appendingTo result: inout [UInt8]) throws(StreamError) {
        let target = count > Int.max - result.count ? Int.max : result.count + count
        while result.count < target {
            if start == end && !atEnd && target - result.count >= 1 << 16 {
                let before = result.count
                let chunk = min(target - before, 1 << 20)
                result.append(contentsOf: repeatElement(0, count: chunk))
                let read: Int
                do {
                    read = try result.read(from: stream, at: before, limit: before + chunk)
                } catch {
                    result.removeSubrange(before...)
                    throw error
                }
                result.removeSubrange((before + read)...)
                if read == 0 { atEnd = true }
                continue
            }
            if start == end {
                if atEnd { break }
                try fill()
                continue
            }
            let take = min(target - result.count, end - start)
            result.append(contentsOf: buffer[start..<(start + take)])
            start += take
        }
    }

    /// Skips up to `count` bytes; returns how many were skipped.
    @discardableResult
    public func skip(count: Int) throws(StreamError) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end {
                if atEnd { break }
                try fill()
                continue
            }
            let take = min(count - skipped, end - start)
            start += take
            skipped += take
        }
        return skipped
    }

    /// The next `count` bytes without consuming them (fewer at the end of the stream).
    public func peek(count: Int) throws(StreamError) -> [UInt8] {
        while end - start < count && !atEnd { try fill() }
        return Array(buffer[start..<min(end, start + count)])
    }

    /// Forgets buffered bytes (after damage, to resynchronise from fresh data).
    public func discardBuffered() {
        start = end
    }

    private func fill() throws(StreamError) {
        if start == end {
            start = 0
            end = 0
        } else if end == buffer.count {
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    pointer.baseAddress!.update(from: pointer.baseAddress! + start, count: end - start)
                }
                end -= start
                start = 0
            } else {
                buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))  // peek past a full buffer
            }
        }
        let count = try buffer.read(from: stream, at: end)
        if count == 0 { atEnd = true }
        end += count
    }

    private func finish(_ line: [UInt8], length: Int, maxBytes: Int) -> Line {
        lineNumber += 1
        if length > maxBytes { return .tooLong(length) }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return .line(line)
    }
}

/// A line reader is itself a stream of its remaining bytes (buffered ones first), so a sniffed
/// stream can be handed on to a decoder without losing what was peeked.
extension LineReader: ByteStream {
    public func read(into target: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int {
        let bytes = try read(count: min(target.count, max(end - start, 1)))
        guard !bytes.isEmpty else { return 0 }
        bytes.withUnsafeBytes { target.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        return bytes.count
    }
}
