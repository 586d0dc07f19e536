import SiftCore

/// What went wrong with a worker process. Per-document failures become a `StageError` for the document
/// in flight (`stageError`); failures while building the stage become a `StageSetupError` (`setupError`).
enum WorkerFailure: Error, Equatable {
    /// The executable could not be started (an errno value from posix_spawn).
    case startFailed(errno: Int32)
    /// The worker did not answer within the time allowed.
    case timedOut(seconds: Double)
    /// The worker exited (status, or 128 + signal) or closed its standard output.
    case exited(status: Int32?)
    /// The worker wrote something that is not the protocol.
    case protocolViolation(String)
    /// The worker answered the handshake with an error (bad `worker_options`, missing model, …).
    case rejected(String)
    /// Reading or writing the worker's pipes failed (an errno value).
    case io(errno: Int32)
    /// The worker failed too often: `restart_limit` is used up.
    case restartLimitReached(limit: Int)

    /// Whether the worker must be killed and replaced after this failure.
    var killsWorker: Bool {
        switch self {
        case .rejected, .restartLimitReached: return false
        default: return true
        }
    }

    /// When the failure happened: while starting a worker, or while it processed a document.
    enum Phase { case handshake, document }

    /// A sentence about the failure, naming the worker.
    func message(worker: String, phase: Phase) -> String {
        let during = phase == .document ? "while processing this document" : "during the handshake"
        let restart = phase == .document ? "; it will be restarted" : ""
        switch self {
        case .startFailed(let code):
            switch code {
            case 2: return "cannot start worker '\(worker)': no such file or program (not found in PATH or relative to `directory`)"
            case 13: return "cannot start worker '\(worker)': permission denied (is the file executable? run a script with its interpreter, e.g. [\"python3\", \"worker.py\"])"
            default: return "cannot start worker '\(worker)': spawn failed with errno \(code)"
            }
        case .timedOut(let seconds):
            return phase == .document
                ? "worker '\(worker)' did not answer within \(formatted(seconds)) s; it was killed and will be restarted (raise `timeout_seconds` if documents are just slow)"
                : "worker '\(worker)' did not answer the handshake within \(formatted(seconds)) s (raise `startup_timeout_seconds` if it loads slowly)"
        case .exited(let status?) where status > 128:
            return "worker '\(worker)' was killed by signal \(status - 128) \(during)\(restart)"
        case .exited(let status?):
            return "worker '\(worker)' exited with status \(status) \(during)\(restart)"
        case .exited(nil):
            return "worker '\(worker)' closed its standard output \(during)\(restart)"
        case .protocolViolation(let detail):
            return "worker '\(worker)' broke the process protocol: \(detail)\(restart)"
        case .rejected(let detail):
            return "worker '\(worker)' rejected its options: \(detail)"
        case .io(let code):
            return "talking to worker '\(worker)' failed with errno \(code)\(restart)"
        case .restartLimitReached(let limit):
            return "worker '\(worker)' failed more often than `restart_limit` (\(limit)) allows: no more restarts; fix the worker (see its stderr in the log)"
        }
    }

    /// The stable error code of the document's error record.
    var code: String {
        switch self {
        case .timedOut: return "worker_timeout"
        case .exited, .io: return "worker_crashed"
        case .protocolViolation: return "worker_protocol"
        case .startFailed, .restartLimitReached: return "worker_unavailable"
        case .rejected: return "worker_error"
        }
    }

    /// The failure as the error of the document in flight, with the worker's last stderr lines when useful.
    func stageError(worker: String, stderrTail: [String]) -> StageError {
        StageError(code: code, message: message(worker: worker, phase: .document) + Self.tail(stderrTail))
    }

    /// The failure as a problem with the stage's options, found while building it.
    func setupError(worker: String, stderrTail: [String]) -> StageSetupError {
        let option = if case .rejected = self { "worker_options" } else { "command" }
        return StageSetupError(option: option, message: message(worker: worker, phase: .handshake) + Self.tail(stderrTail))
    }

    private static func tail(_ lines: [String]) -> String {
        let kept = lines.suffix(3).map { $0.count > 300 ? String($0.prefix(300)) + "…" : $0 }
        return kept.isEmpty ? "" : "; its stderr ended with: " + kept.joined(separator: " | ")
    }

    private func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
