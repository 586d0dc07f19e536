import CSiftArchive

/// Decompresses gzip data, including concatenated members (one per record in `.warc.gz`).
///
/// Damaged data throws a recoverable `StreamError` once; the next read continues at the next member
/// header, so a reader above can resynchronise on the next record. A stream that ends inside a member
/// throws `truncated` (not recoverable).
public final class GzipStream: ByteStream {
    private let source: ByteStream
    private let decoder: OpaquePointer
    private var input: [UInt8]
    private var start = 0
    private var end = 0
    private var sourceEnded = false
    private var insideMember = false
    private var resynchronising = false
    private var pendingError: StreamError?
    private var finished = false

    /// - Parameter source: the compressed bytes.
    public init(source: ByteStream, bufferSize: Int = 1 << 18) throws(StreamError) {
        guard let decoder = sift_gzip_open() else {
            throw StreamError(code: "read_error", message: "cannot start the gzip decoder (out of memory)", recoverable: false)
        }
        self.source = source
        self.decoder = decoder
        self.input = [UInt8](repeating: 0, count: bufferSize)
    }

    deinit { sift_gzip_close(decoder) }

    public var position: Int { source.position }
    public var isReadable: Bool { start < end || source.isReadable }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        while !finished {
            if start == end || (resynchronising && end - start < 3) || (!insideMember && end - start < 3) {
                if !sourceEnded { try refill() }
                if start == end && sourceEnded { return try finish() }
            }
            if resynchronising {
                if try !findNextMember() { continue }
            } else if !insideMember && !startsWithMember() {
                if sourceEnded && end - start < 3 { return try finish() }
                return try damaged("data after the last gzip member is not gzip", resync: true)
            }
            var consumed: Int64 = 0
            var produced: Int64 = 0
            let status = input.withUnsafeBufferPointer { inputBuffer in
                sift_gzip_inflate(decoder, inputBuffer.baseAddress! + start, Int64(end - start), &consumed,
                                  buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), Int64(buffer.count), &produced)
            }
            start += Int(consumed)
            switch status {
            case Int32(SIFT_GZIP_MEMBER_END):
                insideMember = false
            case Int32(SIFT_GZIP_DATA_ERROR):
                insideMember = false
                let error = StreamError(code: "corrupt_data", message: "damaged gzip data near byte \(source.position - (end - start))", recoverable: true)
                start = min(start + 1, end)
                resynchronising = true
                if produced > 0 {
                    pendingError = error
                    return Int(produced)
                }
                throw error
            case Int32(SIFT_GZIP_NO_MEMORY):
                throw StreamError(code: "read_error", message: "gzip decoder out of memory", recoverable: false)
            default:
                insideMember = true
                if consumed == 0 && produced == 0 {
                    if sourceEnded { return try truncated() }
                    try refill()
                }
            }
            if produced > 0 { return Int(produced) }
        }
        return 0
    }

    private func startsWithMember() -> Bool {
        end - start >= 3 && input[start] == 0x1F && input[start + 1] == 0x8B && input[start + 2] == 0x08
    }

    /// Scans for the next member header; false when more input is needed first.
    private func findNextMember() throws(StreamError) -> Bool {
        let offset = input.withUnsafeBufferPointer { sift_gzip_find_member($0.baseAddress! + start, Int64(end - start)) }
        if offset >= 0 {
            start += Int(offset)
            resynchronising = false
            return true
        }
        start = max(start, end - 2)  // a header may straddle the buffer's end
        if sourceEnded {
            start = end
            finished = true
        }
        return false
    }

    private func refill() throws(StreamError) {
        if start > 0 {
            input.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress!
                base.update(from: base + start, count: end - start)
            }
            end -= start
            start = 0
        }
        if end == input.count { input.append(contentsOf: repeatElement(0, count: input.count)) }  // never a zero-length read
        let count = try input.read(from: source, at: end)
        if count == 0 { sourceEnded = true }
        end += count
    }

    private func damaged(_ message: String, resync: Bool) throws(StreamError) -> Int {
        resynchronising = resync
        throw StreamError(code: "corrupt_data", message: message, recoverable: true)
    }

    private func truncated() throws(StreamError) -> Int {
        finished = true
        throw StreamError(code: "truncated", message: "the gzip stream ends in the middle of a member (truncated file?)", recoverable: false)
    }

    private func finish() throws(StreamError) -> Int {
        finished = true
        if insideMember {
            insideMember = false
            return try truncated()
        }
        return 0
    }
}
