import Foundation
import SiftCore

/// Worker threads that process numbered items and hand back results by number.
///
/// Items are queued in input order; any worker takes the next one. A result waits in `finished`
/// until the runner collects it in order. A worker whose item was abandoned after the time budget
/// is replaced, and exits when (if ever) its item finishes; its result is dropped.
final class WorkerPool: @unchecked Sendable {
    // @unchecked Sendable: every mutable property below is read and written only while `condition`
    // is locked; `pipeline` and `encode` are immutable and Sendable.
    private let condition = NSCondition()
    private var queue: [(index: Int, item: InputItem)?] = []
    private var queueHead = 0
    private var finished: [Int: ItemResult] = [:]
    private var startedAt: [Int: UInt64] = [:]
    private var abandoned: Set<Int> = []
    private var closed = false
    private let pipeline: Pipeline
    private let encode: @Sendable (Outcome) -> [UInt8]?

    init(pipeline: Pipeline, workers: Int, encode: @escaping @Sendable (Outcome) -> [UInt8]?) {
        self.pipeline = pipeline
        self.encode = encode
        for _ in 0..<workers { spawnWorker() }
    }

    /// Queues an item for processing.
    func submit(_ index: Int, _ item: InputItem) {
        condition.lock()
        queue.append((index, item))
        condition.signal()
        condition.unlock()
    }

    /// Takes the finished results from `index` on, in order, without gaps.
    func collect(from index: Int) -> [ItemResult] {
        condition.lock()
        defer { condition.unlock() }
        var results: [ItemResult] = []
        var next = index
        while let result = finished.removeValue(forKey: next) {
            results.append(result)
            next += 1
        }
        return results
    }

    /// Waits until the result for `index` is ready or `deadline` (monotonic ns) passes.
    func wait(for index: Int, until deadline: UInt64) {
        condition.lock()
        defer { condition.unlock() }
        while finished[index] == nil {
            let now = monotonicNanoseconds()
            if now >= deadline { return }
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(deadline - now) / 1e9))
        }
    }

    /// When item `index` started processing and has not finished (nil when queued or done).
    func startTime(of index: Int) -> UInt64? {
        condition.lock()
        defer { condition.unlock() }
        return startedAt[index]
    }

    /// Gives up on item `index` if it is still running: its worker is replaced. True when abandoned.
    func abandon(_ index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard startedAt.removeValue(forKey: index) != nil, finished[index] == nil else { return false }
        abandoned.insert(index)
        spawnWorker()
        return true
    }

    /// Stops the workers once their current item is done; queued items are dropped.
    func close() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        condition.unlock()
    }

    private func spawnWorker() {
        let thread = Thread { [self] in work() }
        thread.stackSize = 16 << 20  // deep markup recursion in C parsers; virtual, not resident
        thread.name = "sift-worker"
        thread.start()
    }

    private func work() {
        while true {
            condition.lock()
            while queueHead == queue.count && !closed { condition.wait() }
            if closed {
                condition.unlock()
                return
            }
            guard let (index, item) = queue[queueHead] else { preconditionFailure("queued slots are taken once") }
            queue[queueHead] = nil  // the worker holds the document now
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            startedAt[index] = monotonicNanoseconds()
            condition.unlock()

            let result = ItemResult.make(item, pipeline: pipeline, encode: encode)

            condition.lock()
            if abandoned.remove(index) != nil {
                condition.unlock()
                return  // a replacement worker took this one's place
            }
            startedAt.removeValue(forKey: index)
            finished[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }
}
