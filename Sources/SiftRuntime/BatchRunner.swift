import Dispatch
import SiftConfig
import SiftCore

/// Counts and timings of a finished run.
public struct RunSummary: Sendable {
    public var succeeded = 0
    public var failed = 0
    public var skipped = 0
    /// Whether a stage with the `stop` policy ended the run early.
    public var stoppedEarly = false
    /// The failure that stopped the run, if any.
    public var stopReason: DocumentFailure?
    /// Bytes of raw input processed.
    public var inputBytes = 0
    /// Nanoseconds spent in each pipeline step (summed over threads).
    public var stageNanoseconds: [UInt64] = []
    /// Wall-clock nanoseconds for the whole run.
    public var elapsedNanoseconds: UInt64 = 0

    public var documents: Int { succeeded + failed + skipped }
}

/// Runs a pipeline over a stream of input items on several threads, writing results in input order.
///
/// Items are taken in windows; each window is processed in parallel and written in order before the
/// next is read, so memory stays bounded by the window and the output bytes do not depend on `jobs`.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let jobs: Int
    public let window: Int

    public init(pipeline: Pipeline, jobs: Int, window: Int? = nil) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.window = window ?? max(16, self.jobs * 16)
    }

    /// Runs until `next` returns nil (or a `stop` failure).
    /// - Parameters:
    ///   - next: yields input items in order (called on the calling thread).
    ///   - encode: turns an outcome into its output line, or nil for none (called on worker threads).
    ///   - write: receives output lines in input order (called on the calling thread).
    public func run(
        next: () -> InputItem?,
        encode: @escaping @Sendable (Outcome) -> [UInt8]?,
        write: ([UInt8]) throws -> Void
    ) throws -> RunSummary {
        var summary = RunSummary()
        summary.stageNanoseconds = Array(repeating: 0, count: pipeline.steps.count)
        let started = monotonicNanoseconds()
        var batch: [InputItem] = []
        batch.reserveCapacity(window)
        var exhausted = false
        while !exhausted && !summary.stoppedEarly {
            batch.removeAll(keepingCapacity: true)
            while batch.count < window, let item = next() { batch.append(item) }
            if batch.count < window { exhausted = true }
            if batch.isEmpty { break }
            let results = process(batch)
            for result in results {
                for (index, nanoseconds) in result.timings.enumerated() { summary.stageNanoseconds[index] &+= nanoseconds }
                summary.inputBytes += result.inputBytes
                switch result.outcome {
                case .success: summary.succeeded += 1
                case .failure: summary.failed += 1
                case .skipped: summary.skipped += 1
                }
                if let line = result.line { try write(line) }
                if case .failure(let failure) = result.outcome, pipeline.stopsRun(failure) {
                    summary.stoppedEarly = true
                    summary.stopReason = failure
                    break
                }
            }
        }
        summary.elapsedNanoseconds = monotonicNanoseconds() &- started
        return summary

        func process(_ items: [InputItem]) -> [ItemResult] {
            let pipeline = self.pipeline
            if jobs == 1 || items.count == 1 {
                return items.map { ItemResult.make($0, pipeline: pipeline, encode: encode) }
            }
            let slots = ResultSlots(count: items.count)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.store(ItemResult.make(items[index], pipeline: pipeline, encode: encode), at: index)
            }
            return slots.results()
        }
    }
}

/// The result of one item: its outcome, its encoded line and per-step timings.
struct ItemResult: Sendable {
    var outcome: Outcome
    var line: [UInt8]?
    var timings: [UInt64]
    var inputBytes: Int

    static func make(_ item: InputItem, pipeline: Pipeline, encode: @Sendable (Outcome) -> [UInt8]?) -> ItemResult {
        var timings = [UInt64](repeating: 0, count: pipeline.steps.count)
        let outcome: Outcome
        var bytes = 0
        switch item {
        case .document(let document):
            bytes = document.raw.byteCount
            outcome = timings.withUnsafeMutableBufferPointer { pipeline.process(document, timings: $0) }
        case .failure(let failure):
            outcome = .failure(failure)
        }
        return ItemResult(outcome: outcome, line: encode(outcome), timings: timings, inputBytes: bytes)
    }
}

/// Fixed slots that worker threads fill, one index each.
///
/// `@unchecked Sendable`: `concurrentPerform` gives every index to exactly one iteration, so each
/// slot is written by one thread only, and all writes finish before `results()` is read.
final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<ItemResult?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Raw pointer writes: no exclusivity bookkeeping on a shared array, each index touched once.
    func store(_ result: ItemResult, at index: Int) { slots[index] = result }

    func results() -> [ItemResult] { slots.compactMap { $0 } }
}
