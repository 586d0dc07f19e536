import SiftConfig
import SiftCore

/// What a batch run calls on the calling thread: where items come from and where lines go.
public struct BatchHooks {
    /// Yields input items in order; nil at the end.
    public var next: () -> InputItem?
    /// Whether `next` can return without waiting for a writer (stdin); while false and documents are in
    /// flight, the runner writes results instead of blocking on input.
    public var isReadable: () -> Bool = { true }
    /// Receives each item's output line (nil for a skipped document) in input order, with the counts
    /// after that item. Called exactly once per item read, unless the run stops early.
    public var deliver: (_ line: [UInt8]?, _ summary: RunSummary) throws -> Void
    /// Called before the runner waits (for results or input): the moment to flush a stream.
    public var idle: () throws -> Void = {}
    /// Called about every `BatchOptions.tickInterval` seconds with the counts so far.
    public var tick: (RunSummary) -> Void = { _ in }

    public init(next: @escaping () -> InputItem?, deliver: @escaping (_ line: [UInt8]?, _ summary: RunSummary) throws -> Void) {
        self.next = next
        self.deliver = deliver
    }
}

/// Runs a pipeline over a stream of input items on several threads, writing results in input order.
///
/// The calling thread reads items and hands them to `jobs` worker threads through a bounded window
/// (by count and by bytes, so memory stays flat whatever the input size); results are written in
/// input order as soon as the oldest one is ready, so the output bytes do not depend on `jobs`.
/// A document over the time budget gets an error record and its worker is replaced.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let jobs: Int
    public let window: Int
    public let options: BatchOptions

    public init(pipeline: Pipeline, jobs: Int, window: Int? = nil, options: BatchOptions = BatchOptions()) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.window = max(1, window ?? max(16, self.jobs * 8))
        self.options = options
    }

    /// Runs until `next` returns nil (or a `stop` failure).
    /// - Parameters:
    ///   - next: yields input items in order (called on the calling thread).
    ///   - encode: turns an outcome into its output line, or nil for none (called on worker threads).
    ///   - write: receives output lines in input order (called on the calling thread).
    public func run(
        next: @escaping () -> InputItem?,
        encode: @escaping @Sendable (Outcome) -> [UInt8]?,
        write: @escaping ([UInt8]) throws -> Void
    ) throws -> RunSummary {
        try run(BatchHooks(next: next, deliver: { line, _ in if let line { try write(line) } }), encode: encode)
    }

    /// Runs until `hooks.next` returns nil, a `stop` failure, or the error budget is exceeded.
    public func run(_ hooks: BatchHooks, encode: @escaping @Sendable (Outcome) -> [UInt8]?) throws -> RunSummary {
        var summary = RunSummary()
        summary.stageNanoseconds = Array(repeating: 0, count: pipeline.steps.count)
        let started = monotonicNanoseconds()
        let pool = WorkerPool(pipeline: pipeline, workers: jobs, encode: encode)
        defer { pool.close() }
        /// Items read and not yet written: id, source and size (for time-budget records and the byte window).
        var inFlight: [(id: String, source: SourceInfo, bytes: Int)] = []
        var inFlightHead = 0
        var inFlightBytes = 0
        var written = 0
        var submitted = 0
        var exhausted = false
        let tickNanoseconds = UInt64(options.tickInterval * 1e9)
        let budgetNanoseconds = options.documentTimeout.map { UInt64($0 * 1e9) }
        var lastTick = started

        func deliver(_ results: [ItemResult]) throws -> Bool {
            for result in results {
                summary.count(result)
                inFlightBytes -= inFlight[inFlightHead].bytes
                inFlightHead += 1
                written += 1
                summary.elapsedNanoseconds = monotonicNanoseconds() &- started
                try hooks.deliver(result.line, summary)
                if case .failure(let failure) = result.kind, pipeline.stopsRun(failure) {
                    summary.stoppedEarly = true
                    summary.stopReason = failure
                    return false
                }
                if let message = options.maxErrors?.exceeded(by: summary) {
                    summary.stoppedEarly = true
                    summary.errorBudgetMessage = message
                    return false
                }
            }
            if inFlightHead > 4096 {
                inFlight.removeFirst(inFlightHead)
                inFlightHead = 0
            }
            return true
        }

        while true {
            if try !deliver(pool.collect(from: written)) { break }
            let now = monotonicNanoseconds()
            if now &- lastTick >= tickNanoseconds {
                summary.elapsedNanoseconds = now &- started
                hooks.tick(summary)
                lastTick = now
            }
            if let budget = budgetNanoseconds, written < submitted, let start = pool.startTime(of: written),
               monotonicNanoseconds() > start &+ budget, pool.abandon(written) {
                let item = inFlight[inFlightHead]
                let result = ItemResult.timedOut(id: item.id, source: item.source, bytes: item.bytes, seconds: options.documentTimeout ?? 0,
                                                 steps: pipeline.steps.count, encode: encode)
                if try !deliver([result]) { break }
                continue
            }
            let pending = submitted - written
            if !exhausted && pending < window && (inFlightBytes < options.maxInFlightBytes || pending == 0) {
                if pending > 0 && !hooks.isReadable() {
                    try hooks.idle()
                    pool.wait(for: written, until: monotonicNanoseconds() + 5_000_000)
                    continue
                }
                if pending == 0 { try hooks.idle() }
                guard let item = hooks.next() else {
                    exhausted = true
                    continue
                }
                let entry: (String, SourceInfo, Int)
                switch item {
                case .document(let document): entry = (document.id, document.source, document.raw.byteCount)
                case .failure(let failure): entry = (failure.id, failure.source, 0)
                }
                inFlight.append(entry)
                inFlightBytes += entry.2
                pool.submit(submitted, item)
                submitted += 1
                continue
            }
            if exhausted && pending == 0 { break }
            try hooks.idle()
            var deadline = monotonicNanoseconds() + min(tickNanoseconds, 250_000_000)
            if let budget = budgetNanoseconds, let start = pool.startTime(of: written) { deadline = min(deadline, start &+ budget &+ 1_000_000) }
            pool.wait(for: written, until: deadline)
        }
        summary.elapsedNanoseconds = monotonicNanoseconds() &- started
        return summary
    }
}
