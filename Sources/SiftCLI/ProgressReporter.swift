#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SiftRuntime

/// How progress is shown on stderr.
enum ProgressMode: String, CaseIterable {
    /// A live line when stderr is a terminal, nothing otherwise.
    case auto
    /// A live line (carriage return), even when stderr is not a terminal.
    case tty
    /// One line every 10 seconds, for logs.
    case plain
    case off
}

/// Shows a run's progress on stderr (documents, MB, docs/s, errors, ETA when the input size is known)
/// and, when asked, Hadoop Streaming counters (`reporter:counter:pipeline,documents,N`).
struct ProgressReporter {
    let live: Bool
    let plain: Bool
    let hadoopCounters: Bool
    private var lastPlain: UInt64 = 0
    private var reported = (documents: 0, errors: 0, bytes: 0)
    private var shown = false

    /// - Parameter resultsOnTerminal: results go to a terminal too (`auto` then shows no live line in between).
    init(mode: ProgressMode, quiet: Bool, hadoopCounters: Bool, resultsOnTerminal: Bool) {
        let terminal = isatty(2) != 0
        live = !quiet && (mode == .tty || (mode == .auto && terminal && !resultsOnTerminal))
        plain = !quiet && mode == .plain
        self.hadoopCounters = hadoopCounters
    }

    var isActive: Bool { live || plain || hadoopCounters }

    /// Called on every tick with the counts so far and the reader's position.
    mutating func update(_ summary: RunSummary, base: RunSummary, bytesRead: Int, totalBytes: Int?) {
        if hadoopCounters { reportCounters(summary) }
        let line = Self.line(summary, base: base, bytesRead: bytesRead, totalBytes: totalBytes)
        if live {
            printRaw("\r\u{1B}[K" + line)
            shown = true
        }
        if plain && summary.elapsedNanoseconds &- lastPlain >= 10_000_000_000 {
            printError("progress: " + line)
            lastPlain = summary.elapsedNanoseconds
        }
    }

    /// Clears the live line and sends the last counter increments.
    mutating func finish(_ summary: RunSummary) {
        if hadoopCounters { reportCounters(summary) }
        if shown { printRaw("\r\u{1B}[K") }
    }

    static func line(_ summary: RunSummary, base: RunSummary, bytesRead: Int, totalBytes: Int?) -> String {
        let seconds = max(Double(summary.elapsedNanoseconds) / 1e9, 0.001)
        let documents = summary.documents
        var text = String(format: "%d docs  %.1f MB  %.0f docs/s  %.1f MB/s  %d errors",
                          base.documents + documents, Double(base.inputBytes + summary.inputBytes) / 1e6,
                          Double(documents) / seconds, Double(summary.inputBytes) / 1e6 / seconds, base.failed + summary.failed)
        if let totalBytes, totalBytes > 0, bytesRead > 0 {
            let fraction = min(1, Double(bytesRead) / Double(totalBytes))
            let remaining = seconds * (1 - fraction) / max(fraction, 1e-6)
            text += String(format: "  %.0f%%  ETA %@", fraction * 100, duration(remaining))
        }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total >= 3600 { return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m" }
        if total >= 60 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total)s"
    }

    private mutating func reportCounters(_ summary: RunSummary) {
        let now = (documents: summary.documents, errors: summary.failed, bytes: summary.inputBytes)
        var lines: [String] = []
        if now.documents > reported.documents { lines.append("reporter:counter:pipeline,documents,\(now.documents - reported.documents)") }
        if now.errors > reported.errors { lines.append("reporter:counter:pipeline,errors,\(now.errors - reported.errors)") }
        if now.bytes > reported.bytes { lines.append("reporter:counter:pipeline,input_bytes,\(now.bytes - reported.bytes)") }
        reported = now
        if !lines.isEmpty { printError(lines.joined(separator: "\n")) }
    }

    private func printRaw(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
