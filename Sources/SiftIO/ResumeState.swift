import Foundation
import SiftJSON

/// Where an interrupted run stands, saved next to the output after every complete output chunk.
///
/// Invariant: output files of shards before `shard` are complete; the first `bytes` bytes of shard
/// `shard`'s temporary file hold the records of items `shardStart..<items`. The file is replaced
/// atomically (write + rename), so a run killed at any moment leaves a consistent state.
struct ResumeState: Equatable {
    var fingerprint: JSONValue
    var shard: Int
    var shardStart: Int
    var items: Int
    var bytes: Int
    /// The caller's counters for items `0..<items` (opaque here).
    var counts: JSONValue

    var json: JSONValue {
        ["version": 1, "fingerprint": fingerprint, "shard": .integer(shard), "shard_start": .integer(shardStart),
         "items": .integer(items), "bytes": .integer(bytes), "counts": counts]
    }

    init(fingerprint: JSONValue, shard: Int, shardStart: Int, items: Int, bytes: Int, counts: JSONValue) {
        self.fingerprint = fingerprint
        self.shard = shard
        self.shardStart = shardStart
        self.items = items
        self.bytes = bytes
        self.counts = counts
    }

    /// Reads a state file; nil when it does not exist; throws when it is unreadable or malformed.
    static func load(_ path: String) throws -> ResumeState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let object = (try? JSONParser().parse(Array(data)))?.objectValue,
              object["version"]?.intValue == 1,
              let fingerprint = object["fingerprint"], let shard = object["shard"]?.intValue,
              let shardStart = object["shard_start"]?.intValue, let items = object["items"]?.intValue,
              let bytes = object["bytes"]?.intValue else {
            throw OutputError(message: "cannot resume: the progress file '\(path)' is damaged; run again without --resume to start over")
        }
        return ResumeState(fingerprint: fingerprint, shard: shard, shardStart: shardStart, items: items, bytes: bytes, counts: object["counts"] ?? .null)
    }

    /// Writes the state atomically (temporary file + rename).
    func save(to path: String) throws {
        let temporary = path + ".tmp"
        var text = json.jsonText
        text += "\n"
        // Written by hand to a fixed temporary name: Foundation's atomic createFile uses a random
        // temporary name, which a run killed at that moment would leave behind for good.
        let bytes = Array(text.utf8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        var written = 0
        if fd >= 0 {
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                written += count
            }
            close(fd)
        }
        guard fd >= 0, written == bytes.count, rename(temporary, path) == 0 else {
            throw OutputError(message: "cannot write the progress file '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
