#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast 128-bit digest of byte streams, to tell whether a compiled gazetteer still matches its sources
/// and whether a cache file came back intact.
///
/// Not cryptographic: it guards against edits and corruption, not against an adversary who can write the
/// cache folder (who could as well edit the lists). Two independent multiply-rotate lanes over 8-byte words
/// run at several GB/s, so checking a 40 MB list and a 230 MB cache costs well under a tenth of a second.
struct ContentDigest: Equatable, Sendable {
    private var first: UInt64 = 0x243F_6A88_85A3_08D3
    private var second: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0
    /// Bytes of an unfinished word, low byte first, and how many there are.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init() {}

    /// The digest so far as 32 hex digits.
    var hex: String {
        let (high, low) = value
        return Self.hex(high) + Self.hex(low)
    }

    /// The two 64-bit halves of the digest of everything fed so far.
    var value: (UInt64, UInt64) {
        var copy = self
        if copy.pendingCount > 0 { copy.mix(copy.pending) }
        var high = copy.first ^ (copy.length &* 0x9E37_79B9_7F4A_7C15)
        var low = copy.second ^ copy.length
        high = Self.finish(high ^ (low >> 17))
        low = Self.finish(low &+ high)
        return (high, low)
    }

    /// Feeds bytes.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var cursor = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        length &+= UInt64(remaining)
        while pendingCount > 0, remaining > 0 {
            pushPending(cursor.load(as: UInt8.self))
            cursor += 1
            remaining -= 1
        }
        while remaining >= 8 {
            mix(cursor.loadUnaligned(as: UInt64.self).littleEndian)
            cursor += 8
            remaining -= 8
        }
        while remaining > 0 {
            pushPending(cursor.load(as: UInt8.self))
            cursor += 1
            remaining -= 1
        }
    }

    mutating func update<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { update($0) }
    }

    mutating func update(_ string: String) {
        var copy = string
        copy.withUTF8 { update(UnsafeRawBufferPointer($0)) }
        update(UInt64(copy.utf8.count))
    }

    /// Feeds the contents of the file at `path`, read `chunkSize` bytes at a time; false when it cannot be read.
    mutating func update(fileAt path: String, chunkSize: Int = 1 << 20) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(8, chunkSize), alignment: 16)
        defer { chunk.deallocate() }
        var total: UInt64 = 0
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { break }
            update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            total &+= UInt64(count)
        }
        update(total)
        return true
    }

    @inline(__always)
    private mutating func pushPending(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            mix(pending)
            pending = 0
            pendingCount = 0
        }
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* 0x9FB2_1C65_1E98_DF25).rotated(29)
        second = ((second &+ word) &* 0xC2B2_AE3D_27D4_EB4F).rotated(31) ^ first
    }

    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func == (left: ContentDigest, right: ContentDigest) -> Bool { left.value == right.value }
}

private extension UInt64 {
    @inline(__always)
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
