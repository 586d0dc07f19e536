import CSiftSpawn
import Dispatch
import Foundation
import Synchronization

/// Receives the log lines of process-stage workers (their stderr), each already prefixed with the
/// worker's name and pid. The default writes them to the standard error of the `pipeline` process.
public typealias ProcessLogSink = @Sendable (String) -> Void

/// Writes one line to file descriptor 2 in a single `write` where possible, so lines from several
/// workers never interleave mid-line.
public let standardErrorLog: ProcessLogSink = { line in
    var bytes = Array((line + "\n").utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        bytes = bytes.dropFirst(written)
    }
}

/// Drains a worker's standard error on a thread of its own, from start to end of file, so a chatty
/// worker never blocks on a full pipe (and never deadlocks with us). Every line goes to the log with
/// the worker's name; the last few are kept for error messages.
final class StderrDrain: Sendable {
    private let lastLines = Mutex<[String]>([])
    private let prefix: Mutex<String>
    private let closed = DispatchSemaphore(value: 0)
    private static let keptLines = 8
    private static let longestLine = 4096

    /// Starts draining `fd`, which the drain closes at end of file.
    init(fd: Int32, prefix: String, log: @escaping ProcessLogSink) {
        self.prefix = Mutex(prefix)
        Thread.detachNewThread { [self] in
            drain(fd: fd, log: log)
        }
    }

    /// Changes the prefix of the lines to come (once the worker has named itself in the handshake).
    func setPrefix(_ text: String) { prefix.withLock { $0 = text } }

    /// The last lines the worker wrote to stderr (at most eight).
    var tail: [String] { lastLines.withLock { $0 } }

    /// Waits until the worker's stderr has reached end of file (all its lines are in `tail`), or `seconds` pass.
    @discardableResult
    func waitUntilClosed(seconds: Double) -> Bool {
        closed.wait(timeout: .now() + seconds) == .success
    }

    private func drain(fd: Int32, log: ProcessLogSink) {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { sift_receive(fd, $0.baseAddress, $0.count, -1) }
            if count <= 0 { break }
            pending.append(contentsOf: chunk[0..<count])
            var start = 0
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                emit(pending[start..<newline], log: log)
                start = newline + 1
            }
            pending.removeFirst(start)
            if pending.count > Self.longestLine {  // a runaway line without a newline: pass it on in pieces
                emit(pending[...], log: log)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { emit(pending[...], log: log) }
        close(fd)
        closed.signal()
    }

    private func emit(_ bytes: ArraySlice<UInt8>, log: ProcessLogSink) {
        var line = String(decoding: bytes.prefix(Self.longestLine), as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        if bytes.count > Self.longestLine { line += "…" }
        lastLines.withLock { lines in
            lines.append(line)
            if lines.count > Self.keptLines { lines.removeFirst(lines.count - Self.keptLines) }
        }
        log(prefix.withLock { $0 } + line)
    }
}
