#if canImport(Glibc)
import Glibc
#endif
import CSiftArchive

/// An open libarchive reader: the members of a tar/zip/7z/… archive, or one decompressed stream
/// (`raw`, for `.zst`/`.bz2`/`.xz` files). One per thread; closed on deinit.
final class LibArchive {
    /// What `next()` found.
    enum Step {
        case member(path: String, size: Int?, isFile: Bool, isEncrypted: Bool)
        /// This member's header is damaged; later members may still be readable.
        case damagedMember(String)
        /// The archive cannot be read any further.
        case fatal(String)
        case end
    }

    private let handle: OpaquePointer

    /// Opens `path`; throws a message naming the file on failure. `raw`: one decompressed stream;
    /// otherwise the archive format comes from the name (tar, zip, 7z) or, failing that, the content.
    init(path: String, raw: Bool) throws(StreamError) {
        var message = [CChar](repeating: 0, count: 512)
        let lower = path.lowercased()
        let mode: Int32
        if raw {
            mode = Int32(SIFT_ARCHIVE_RAW)
        } else if lower.hasSuffix(".zip") {
            mode = Int32(SIFT_ARCHIVE_ZIP)
        } else if lower.hasSuffix(".7z") {
            mode = Int32(SIFT_ARCHIVE_7ZIP)
        } else if lower.contains(".tar") || [".tgz", ".tbz2", ".tbz", ".txz", ".tzst"].contains(where: { lower.hasSuffix($0) }) {
            mode = Int32(SIFT_ARCHIVE_TAR)
        } else {
            mode = Int32(SIFT_ARCHIVE_MEMBERS)
        }
        guard let handle = sift_archive_open(path, mode, &message, Int32(message.count)) else {
            let readable = access(path, R_OK) == 0
            throw StreamError(code: readable ? "corrupt_data" : "read_error", message: "cannot open '\(path)' as an archive: \(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))", recoverable: false)
        }
        self.handle = handle
    }

    deinit { sift_archive_close(handle) }

    func next() -> Step {
        switch sift_archive_next(handle) {
        case Int32(SIFT_ARCHIVE_ENTRY):
            let size = sift_archive_entry_size(handle)
            return .member(path: String(cString: sift_archive_entry_path(handle)), size: size >= 0 ? Int(size) : nil,
                           isFile: sift_archive_entry_is_file(handle) != 0, isEncrypted: sift_archive_entry_is_encrypted(handle) != 0)
        case Int32(SIFT_ARCHIVE_END): return .end
        case Int32(SIFT_ARCHIVE_ENTRY_FAILED): return .damagedMember(errorMessage)
        default: return .fatal(errorMessage)
        }
    }

    /// Reads the current member's data; 0 at its end. Damage throws: recoverable when later members may be readable.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int {
        let count = sift_archive_read(handle, buffer.baseAddress, Int64(buffer.count))
        if count >= 0 { return Int(count) }
        let recoverable = count == Int64(SIFT_ARCHIVE_ENTRY_FAILED)
        throw StreamError(code: recoverable ? "corrupt_data" : "truncated", message: errorMessage, recoverable: recoverable)
    }

    /// Reads the whole current member (`size` bytes when the archive records it), up to `limit` bytes;
    /// nil when it is longer.
    func readMember(size: Int?, limit: Int) throws(StreamError) -> [UInt8]? {
        let bytes = try ArchiveMemberStream(archive: self).readAll(expected: size ?? (1 << 16), limit: limit)
        return bytes.count > limit ? nil : bytes
    }

    var errorMessage: String { String(cString: sift_archive_error(handle)) }

    /// Compressed bytes consumed so far.
    var position: Int { Int(sift_archive_position(handle)) }
}

/// The data of a libarchive reader's current member as a `ByteStream` (a JSON Lines member of a
/// tar, or the single stream of a `.jsonl.zst` file).
final class ArchiveMemberStream: ByteStream {
    let archive: LibArchive

    init(archive: LibArchive) { self.archive = archive }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(StreamError) -> Int { try archive.read(into: buffer) }
    var isReadable: Bool { true }
    var position: Int { archive.position }

    /// Opens a compressed file (`.zst`, `.bz2`, `.xz`, …) as one decompressed stream.
    static func decompressing(path: String) throws(StreamError) -> ArchiveMemberStream {
        let archive = try LibArchive(path: path, raw: true)
        switch archive.next() {
        case .member: return ArchiveMemberStream(archive: archive)
        case .damagedMember(let message), .fatal(let message):
            throw StreamError(code: "corrupt_data", message: "cannot decompress '\(path)': \(message)", recoverable: false)
        case .end:
            throw StreamError(code: "corrupt_data", message: "cannot decompress '\(path)': no data", recoverable: false)
        }
    }
}
