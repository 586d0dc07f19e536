import CSiftArchive
import SiftConfig

/// Compresses output chunks. Each chunk becomes one self-contained gzip member or zstd frame, so the
/// file is valid after every chunk (any reader reads the concatenation), and a resumed run can cut
/// the file back to the last complete chunk.
enum OutputCodec: Equatable {
    case none, gzip, zstd

    /// The codec for an output file: explicit, or by its ending (`.gz`, `.zst`) under `auto`.
    init(_ compression: OutputCompression, path: String) {
        switch compression {
        case .none: self = .none
        case .gzip: self = .gzip
        case .zstd: self = .zstd
        case .auto: self = path.hasSuffix(".gz") ? .gzip : path.hasSuffix(".zst") ? .zstd : .none
        }
    }

    /// The ending of shard files: `.jsonl`, `.jsonl.gz` or `.jsonl.zst`.
    var shardEnding: String {
        switch self {
        case .none: return ".jsonl"
        case .gzip: return ".jsonl.gz"
        case .zstd: return ".jsonl.zst"
        }
    }

    func encode(_ chunk: [UInt8]) throws -> [UInt8] {
        guard self != .none, !chunk.isEmpty else { return chunk }
        var output: UnsafeMutablePointer<UInt8>?
        var message = [CChar](repeating: 0, count: 256)
        let codec = self == .gzip ? Int32(SIFT_CODEC_GZIP) : Int32(SIFT_CODEC_ZSTD)
        let level: Int32 = self == .gzip ? 6 : 3
        let size = chunk.withUnsafeBufferPointer { sift_compress(codec, level, $0.baseAddress, Int64($0.count), &output, &message, Int32(message.count)) }
        defer { sift_free(output) }
        guard size >= 0, let output else {
            throw OutputError(message: "compressing output failed: \(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
        }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }
}
