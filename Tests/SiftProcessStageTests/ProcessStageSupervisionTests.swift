import Foundation
import Synchronization
import SiftCore
import Testing
@testable import SiftProcessStage

/// Supervision: a worker that crashes, hangs or misbehaves costs one document its result, never the run.
@Suite(.enabled(if: Workers.hasPython, "needs python3 on PATH"))
struct ProcessStageSupervisionTests {
    let context = StageContext(baseDirectory: Workers.examples)

    func faulty(log: LogCollector = LogCollector(), _ configure: (inout ProcessStage.Options) -> Void = { _ in }) throws -> ProcessStage {
        try ProcessStage(options: Workers.options("faulty_worker.py", configure), context: context, log: log.sink)
    }

    @Test func aCrashFailsTheDocumentInFlightAndTheNextOneGetsAFreshWorker() throws {
        let log = LogCollector()
        let stage = try faulty(log: log)
        #expect(stage.failureCode("fine words") == nil)
        guard case .failure(let error) = stage.run("please CRASH now") else { Issue.record("expected a failure"); return }
        #expect(error.code == "worker_crashed")
        #expect(error.message.contains("exited with status 3"), "\(error.message)")
        #expect(error.message.contains("crashing on purpose"), "the worker's last stderr lines are in the message")
        #expect(stage.failureCode("fine again") == nil)
        #expect(stage.pool.restarts == 1)
        #expect(log.startedPIDs.count == 2)
        #expect(log.lines.contains { $0.hasPrefix("process 'faulty' [pid ") && $0.contains("RuntimeError: crashing on purpose") },
                "stderr is forwarded with the worker's name and pid")
    }

    @Test func aWorkerKilledByASignalIsReported() throws {
        let stage = try faulty()
        guard case .failure(let error) = stage.run("SEGV") else { Issue.record("expected a failure"); return }
        #expect(error.code == "worker_crashed")
        #expect(error.message.contains("killed by signal 11"), "\(error.message)")
        #expect(stage.failureCode("fine") == nil)
    }

    @Test func aHangingWorkerIsKilledAfterTheTimeout() throws {
        let log = LogCollector()
        let stage = try faulty(log: log) { $0.timeoutSeconds = 0.5 }
        let started = Date()
        guard case .failure(let error) = stage.run("HANG forever") else { Issue.record("expected a failure"); return }
        let elapsed = Date().timeIntervalSince(started)
        #expect(error.code == "worker_timeout")
        #expect(error.message.contains("did not answer within 0.5 s"))
        #expect(elapsed >= 0.5 && elapsed < 5, "took \(elapsed) s")
        let hung = try #require(log.startedPIDs.first)
        #expect(kill(hung, 0) != 0, "the hung worker is gone (SIGKILL, reaped)")
        #expect(stage.failureCode("fine") == nil)
    }

    @Test func garbageOnStdoutIsAProtocolError() throws {
        let stage = try faulty()
        #expect(stage.failureCode("GARBAGE please") == "worker_protocol")
        #expect(stage.failureCode("fine") == nil)
        #expect(stage.pool.restarts == 1, "a worker out of step with the protocol is replaced")
    }

    @Test func workerErrorsFailOnlyTheirDocument() throws {
        let stage = try faulty()
        guard case .failure(let error) = stage.run("FAIL this one") else { Issue.record("expected a failure"); return }
        #expect(error.code == "invalid_input")
        #expect(error.message == "worker 'faulty': the text says FAIL")
        #expect(stage.failureCode("fine") == nil)
        #expect(stage.pool.restarts == 0, "an error reply is not a crash")
    }

    @Test(arguments: [
        ("BADSPAN", "past the end of the text"),
        ("Ünïcödé BYTES", "offsets must count Unicode code points"),
        ("UNDECLARED", "returned layer 'extra', which it does not provide"),
    ])
    func invalidAnnotationsFailTheDocument(text: String, message: String) throws {
        let stage = try faulty()
        guard case .failure(let error) = stage.run(text) else { Issue.record("expected a failure"); return }
        #expect(error.code == "invalid_annotation")
        #expect(error.message.contains(message), "\(error.message)")
        #expect(stage.pool.restarts == 0)
    }

    @Test func aChattyWorkerNeverBlocksOnItsStderr() throws {
        let log = LogCollector()
        let stage = try faulty(log: log) { $0.timeoutSeconds = 10 }
        #expect(stage.failureCode("NOISE then answer") == nil, "2 MB of stderr, drained while the request is in flight")
        for _ in 0..<500 where log.lines.count < 2048 { usleep(10_000) }  // the drain thread may still be forwarding
        #expect(log.lines.count >= 2048)
    }

    @Test func theRestartLimitStopsRestarting() throws {
        let stage = try faulty { $0.restartLimit = 1 }
        #expect(stage.failureCode("CRASH 1") == "worker_crashed")
        #expect(stage.failureCode("CRASH 2") == "worker_crashed", "one restart allowed")
        guard case .failure(let error) = stage.run("fine") else { Issue.record("expected a failure"); return }
        #expect(error.code == "worker_unavailable")
        #expect(error.message.contains("restart_limit"))
    }

    @Test func aPoolRunsDocumentsInParallel() throws {
        let log = LogCollector()
        let stage = try faulty(log: log) { $0.workers = 4 }
        let failures = Failures()
        let threads = (0..<4).map { index in
            Thread {
                if stage.failureCode("SLOW \(index)") != nil { failures.add() }
            }
        }
        let started = Date()
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        #expect(failures.count == 0)
        #expect(log.startedPIDs.count == 4, "four documents in flight at once get four workers")
        #expect(Date().timeIntervalSince(started) < 1.2 * 4, "not serialised")
    }

    @Test func releasingTheStageStopsItsWorkers() throws {
        let log = LogCollector()
        var stage: ProcessStage? = try faulty(log: log)
        #expect(stage?.failureCode("fine") == nil)
        let pid = try #require(log.startedPIDs.first)
        stage = nil
        #expect(kill(pid, 0) != 0, "the worker exited when its stdin closed (and was reaped)")
    }
}

/// A thread-safe counter.
final class Failures: Sendable {
    private let value = Mutex(0)
    func add() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}
