import Foundation
import SiftConfig
import SiftJSON

/// Where output lines go: standard output, one file, or a folder of shards (`part-00000.jsonl[.gz|.zst]`).
///
/// Files are written under a temporary name and renamed into place when complete. Lines are gathered
/// into chunks (about 1 MB or 256 items, so boundaries do not depend on timing or threads); after each
/// chunk a progress file records how far the output goes, and `--resume` continues from there with
/// nothing lost or duplicated, whenever the previous run was killed.
public final class OutputSink {
    /// What to write where.
    public struct Settings {
        public var path: String
        public var shardSize: Int?
        public var compression: OutputCompression
        /// Continue an interrupted run with the same fingerprint.
        public var resume: Bool
        /// What identifies the run (config hash, inputs, output settings): a resumed run must match.
        public var fingerprint: JSONValue

        public init(path: String, shardSize: Int?, compression: OutputCompression, resume: Bool, fingerprint: JSONValue) {
            self.path = path
            self.shardSize = shardSize
            self.compression = compression
            self.resume = resume
            self.fingerprint = fingerprint
        }
    }

    static let chunkBytes = 1 << 20
    static let chunkItems = 256

    let layout: OutputLayout
    private let codec: OutputCodec
    private var state: ResumeState
    private var file: OutputWriter?
    private var chunk: [UInt8] = []
    private var chunkItems = 0
    /// Items already done by an earlier run (the reader skips them), and that run's counters.
    public let resumedItems: Int
    public let resumedCounts: JSONValue?

    public init(_ settings: Settings) throws {
        layout = try OutputLayout(path: settings.path, shardSize: settings.shardSize)
        codec = OutputCodec(settings.compression, path: layout.isSharded ? "" : settings.path)
        state = ResumeState(fingerprint: settings.fingerprint, shard: 0, shardStart: 0, items: 0, bytes: 0, counts: .null)
        if layout.isStandardOutput {
            if settings.resume { throw OutputError(message: "--resume needs an output file or folder (-o FILE or -o DIR/): \(settings.path == "-" ? "standard output" : "'\(settings.path)'") cannot be resumed") }
            if settings.path == "-" {
                file = OutputWriter(descriptor: 1, path: "-", closesOnFinish: false)
            } else {
                let fd = open(settings.path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw OutputError(message: "cannot open output '\(settings.path)' for writing: \(String(cString: strerror(errno)))") }
                file = OutputWriter(descriptor: fd, path: settings.path, closesOnFinish: true)
            }
            resumedItems = 0
            resumedCounts = nil
            return
        }
        if settings.resume, let saved = try ResumeState.load(layout.statePath) {
            guard saved.fingerprint == settings.fingerprint else {
                throw OutputError(message: "cannot resume: the interrupted run in '\(settings.path)' used another config, inputs or output settings; run again without --resume to start over")
            }
            state = saved
            try layout.reopen(&state, ending: codec.shardEnding)
            if state.bytes > 0 { file = try layout.openTemporary(shard: state.shard, ending: codec.shardEnding, keeping: state.bytes) }
            resumedItems = state.items
            resumedCounts = saved.counts
        } else {
            try layout.clear(ending: codec.shardEnding)
            resumedItems = 0
            resumedCounts = nil
        }
    }

    /// Adds one item's line (nil for an item without output). `counts` gives the caller's counters
    /// after this item; it is called only when a chunk is sealed.
    public func append(_ line: [UInt8]?, counts: () -> JSONValue) throws {
        if let line { chunk.append(contentsOf: line) }
        chunkItems += 1
        let shardFull = layout.shardSize.map { state.items + chunkItems - state.shardStart >= $0 } ?? false
        if shardFull || chunk.count >= Self.chunkBytes || chunkItems >= Self.chunkItems {
            try seal(counts: counts())
            if shardFull { try completeShard(counts: counts()) }
        }
    }

    /// Flushes standard output (called when the runner is about to wait). Compressed output is only
    /// flushed at chunk boundaries, which depend on the records alone, so its bytes never depend on timing.
    public func idle() throws {
        guard layout.isStandardOutput else { return }
        if codec == .none && (!chunk.isEmpty || chunkItems > 0) { try seal(counts: .null) }
        try file?.flush()
    }

    /// Writes what is left, renames the last file into place and removes the progress file.
    public func finish(counts: JSONValue) throws {
        try seal(counts: counts)
        if layout.isStandardOutput {
            try file?.finish()
            return
        }
        if file != nil || (!layout.isSharded && state.shard == 0) {
            if file == nil { file = try layout.openTemporary(shard: 0, ending: codec.shardEnding, keeping: 0) }
            try completeShard(counts: counts)
        }
        try? FileManager.default.removeItem(atPath: layout.statePath)
    }

    private func seal(counts: JSONValue) throws {
        guard chunkItems > 0 else { return }
        if !chunk.isEmpty {
            if file == nil { file = try layout.openTemporary(shard: state.shard, ending: codec.shardEnding, keeping: 0) }
            let encoded = try codec.encode(chunk)
            try file?.write(encoded)
            try file?.flush()
            state.bytes += encoded.count
        }
        state.items += chunkItems
        chunk.removeAll(keepingCapacity: true)
        chunkItems = 0
        guard !layout.isStandardOutput else { return }
        state.counts = counts
        try state.save(to: layout.statePath)
    }

    private func completeShard(counts: JSONValue) throws {
        if file == nil && layout.isSharded {  // a shard whose documents were all skipped is an empty file
            file = try layout.openTemporary(shard: state.shard, ending: codec.shardEnding, keeping: 0)
        }
        if let file {
            try file.sync()
            try file.finish()
            try layout.publish(shard: state.shard, ending: codec.shardEnding)
        }
        file = nil
        state.shard += 1
        state.shardStart = state.items
        state.bytes = 0
        state.counts = counts
        try state.save(to: layout.statePath)
    }
}
