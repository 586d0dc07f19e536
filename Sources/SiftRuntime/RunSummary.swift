import SiftCore

/// Counts and timings of a run (final, or so far while it runs).
public struct RunSummary: Sendable {
    public var succeeded = 0
    /// Documents with an error record (including those over the time budget).
    public var failed = 0
    /// Documents dropped under the `skip` error policy (no output line).
    public var skipped = 0
    /// Documents not read because they are over the size limit (each has an error record, code `too_large`).
    public var oversized = 0
    /// Documents abandoned after the per-document time budget (counted in `failed` too).
    public var timedOut = 0
    /// Error records by code (`invalid_json`, `timeout`, `too_large`, …).
    public var errorCodes: [String: Int] = [:]
    /// Whether the run ended before its input did (a `stop` policy, or `--max-errors`).
    public var stoppedEarly = false
    /// The failure that stopped the run under a `stop` policy, if any.
    public var stopReason: DocumentFailure?
    /// Why the run stopped early because of the error budget, if it did.
    public var errorBudgetMessage: String?
    /// Bytes of raw input processed.
    public var inputBytes = 0
    /// Bytes of output lines written.
    public var outputBytes = 0
    /// Nanoseconds spent in each pipeline step (summed over threads).
    public var stageNanoseconds: [UInt64] = []
    /// Wall-clock nanoseconds for the whole run (so far).
    public var elapsedNanoseconds: UInt64 = 0

    public init() {}

    /// Every document accounted for: one per input item.
    public var documents: Int { succeeded + failed + skipped + oversized }

    /// Adds the counts of an earlier, interrupted part of the same run (for resumed runs).
    public mutating func add(_ other: RunSummary) {
        succeeded += other.succeeded
        failed += other.failed
        skipped += other.skipped
        oversized += other.oversized
        timedOut += other.timedOut
        for (code, count) in other.errorCodes { errorCodes[code, default: 0] += count }
        inputBytes += other.inputBytes
        outputBytes += other.outputBytes
        if stageNanoseconds.count == other.stageNanoseconds.count {
            for index in stageNanoseconds.indices { stageNanoseconds[index] &+= other.stageNanoseconds[index] }
        }
    }

    mutating func count(_ result: ItemResult) {
        for (index, nanoseconds) in result.timings.enumerated() where index < stageNanoseconds.count {
            stageNanoseconds[index] &+= nanoseconds
        }
        inputBytes += result.inputBytes
        outputBytes += result.line?.count ?? 0
        switch result.kind {
        case .success:
            succeeded += 1
        case .skipped:
            skipped += 1
        case .failure(let failure):
            errorCodes[failure.code, default: 0] += 1
            if failure.code == ItemResult.tooLargeCode {
                oversized += 1
            } else {
                failed += 1
                if failure.code == ItemResult.timeoutCode { timedOut += 1 }
            }
        }
    }
}
