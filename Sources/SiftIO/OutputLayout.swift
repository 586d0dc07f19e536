#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// File names of an output: the final files, their temporary names and the progress file.
///
/// One file `out.jsonl` is written as `.out.jsonl.sift-tmp` beside it; shards as `DIR/.part-00000.jsonl.tmp`
/// renamed to `DIR/part-00000.jsonl`. The progress file is `.out.jsonl.sift-resume.json` or `DIR/.sift-resume.json`.
struct OutputLayout {
    static let defaultShardSize = 100_000

    let path: String
    /// Output goes straight to a stream: standard output (`-`), or an existing file that is not a regular
    /// file (`/dev/null`, a FIFO, a terminal). Such outputs get no temporary file, no rename and no resume:
    /// renaming a temporary file onto `/dev/null` would replace the device.
    let isStandardOutput: Bool
    let isSharded: Bool
    /// Items per shard (nil: one file).
    let shardSize: Int?
    private let folder: String
    private let name: String

    init(path: String, shardSize: Int?) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        isStandardOutput = path == "-" || (exists && !isDirectory.boolValue && !Self.isRegularFile(path))
        isSharded = !isStandardOutput && (shardSize != nil || path.hasSuffix("/") || (exists && isDirectory.boolValue))
        self.shardSize = isSharded ? (shardSize ?? Self.defaultShardSize) : nil
        if isSharded {
            folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            name = ""
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(message: "cannot create the output folder '\(path)': \(error.localizedDescription)")
            }
        } else {
            // Split by hand: Foundation's path helpers trap on some inputs (e.g. "-").
            let slash = path.lastIndex(of: "/")
            folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
            name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            if !isStandardOutput && !FileManager.default.fileExists(atPath: folder) {
                throw OutputError(message: "cannot write output '\(path)': the folder '\(folder)' does not exist (create it first)")
            }
        }
    }

    /// Whether `path` names a regular file (following symbolic links).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    var statePath: String { isSharded ? folder + "/.sift-resume.json" : folder + "/." + name + ".sift-resume.json" }

    func finalPath(shard: Int, ending: String) -> String {
        isSharded ? folder + "/" + Self.shardName(shard) + ending : path
    }

    func temporaryPath(shard: Int, ending: String) -> String {
        isSharded ? folder + "/." + Self.shardName(shard) + ending + ".tmp" : folder + "/." + name + ".sift-tmp"
    }

    static func shardName(_ shard: Int) -> String {
        let digits = String(shard)
        return "part-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Opens a temporary file for writing, keeping its first `keeping` bytes (0: a new, empty file).
    func openTemporary(shard: Int, ending: String, keeping: Int) throws -> OutputWriter {
        let file = temporaryPath(shard: shard, ending: ending)
        let fd = keeping == 0 ? open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) : open(file, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw OutputError(message: "cannot open '\(file)' for writing: \(String(cString: strerror(errno))) (check that the output folder is writable)")
        }
        if keeping > 0 {
            let size = lseek(fd, 0, SEEK_END)
            guard size >= keeping, ftruncate(fd, off_t(keeping)) == 0, lseek(fd, 0, SEEK_END) == keeping else {
                close(fd)
                throw OutputError(message: "cannot resume: '\(file)' is shorter than the progress file says; run again without --resume to start over")
            }
        }
        return OutputWriter(descriptor: fd, path: file, closesOnFinish: true)
    }

    /// Renames a complete temporary file to its final name.
    func publish(shard: Int, ending: String) throws {
        let from = temporaryPath(shard: shard, ending: ending), to = finalPath(shard: shard, ending: ending)
        guard rename(from, to) == 0 else {
            throw OutputError(message: "cannot rename '\(from)' to '\(to)': \(String(cString: strerror(errno)))")
        }
    }

    /// Brings a saved state up to date when the run was killed between publishing a file and saving
    /// the state (the temporary file is gone and the final one exists).
    func reopen(_ state: inout ResumeState, ending: String) throws {
        let temporary = temporaryPath(shard: state.shard, ending: ending)
        let published = FileManager.default.fileExists(atPath: finalPath(shard: state.shard, ending: ending))
        guard !FileManager.default.fileExists(atPath: temporary), published, state.bytes > 0 || isSharded else { return }
        state.shard += 1
        state.shardStart = shardSize.map { state.shardStart + $0 } ?? Int.max
        state.items = state.shardStart
        state.bytes = 0
    }

    /// Removes what an earlier run left: the progress file, temporary files and (for a folder) old shards.
    func clear(ending: String) throws {
        try? FileManager.default.removeItem(atPath: statePath)
        if isSharded {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where (name.hasPrefix("part-") || name.hasPrefix(".part-")) && name.contains(".jsonl") {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        } else {
            try? FileManager.default.removeItem(atPath: temporaryPath(shard: 0, ending: ending))
        }
    }
}
