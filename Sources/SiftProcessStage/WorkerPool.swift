import Dispatch
import SiftJSON
import Synchronization

/// A pool of up to `size` workers started from one launch description. Each document borrows a worker
/// for one request/reply; a worker that crashes, hangs or breaks the protocol is killed and replaced
/// on the next request, until `restartLimit` replacements have been used up.
final class WorkerPool: Sendable {
    private struct State {
        var idle: [WorkerProcess] = []
        /// Workers started so far (the first `size` are the pool's growth, later ones are restarts).
        var started = 0
        var restarts = 0
    }

    private let launch: WorkerLaunch
    let size: Int
    let restartLimit: Int
    private let hello: [UInt8]
    private let startupSeconds: Double
    /// What the first worker declared; every restarted worker must declare the same.
    let declared: ProcessProtocol.Ready
    private let slots: DispatchSemaphore
    private let state = Mutex(State())

    /// Starts the first worker and runs its handshake; throws a setup error naming the option to fix.
    init(launch: WorkerLaunch, size: Int, restartLimit: Int, hello: [UInt8], startupSeconds: Double) throws(WorkerError) {
        self.size = size
        self.restartLimit = restartLimit
        self.hello = hello
        self.startupSeconds = startupSeconds
        self.slots = DispatchSemaphore(value: size)
        let worker: WorkerProcess
        do throws(WorkerFailure) {
            worker = try WorkerProcess(launch)
        } catch {
            throw WorkerError(failure: error, stderrTail: [])
        }
        let ready: ProcessProtocol.Ready
        do throws(WorkerFailure) {
            ready = try ProcessProtocol.parseReady(worker.exchange(hello, seconds: startupSeconds))
        } catch {
            if error.killsWorker { worker.kill() } else { worker.shutDown(grace: 1) }
            worker.stderr.waitUntilClosed(seconds: 1)
            throw WorkerError(failure: error, stderrTail: worker.stderr.tail)
        }
        declared = ready
        var named = launch
        if let name = ready.name {
            worker.rename(name)
            named.name = name  // restarted workers log under the declared name from the start
        }
        self.launch = named
        state.withLock { $0.idle = [worker]; $0.started = 1 }
    }

    /// Stops the workers: stdin closed for all at once, two seconds to exit, then SIGKILL.
    deinit {
        let idle = state.withLock { $0.idle }
        for worker in idle { worker.closeInput() }
        let deadline = monotonicMilliseconds() + 2_000
        for worker in idle { worker.reapOrKill(deadline: deadline) }
    }

    /// Borrows a worker for `body`. A `WorkerFailure` thrown by `body` (or met starting a worker) comes
    /// back with the worker's last stderr lines; the worker is killed when the failure calls for it.
    func withWorker<T>(_ body: (WorkerProcess) throws(WorkerFailure) -> T) throws(WorkerError) -> T {
        slots.wait()
        defer { slots.signal() }
        let worker = try checkOut()
        do throws(WorkerFailure) {
            let result = try body(worker)
            state.withLock { $0.idle.append(worker) }
            return result
        } catch {
            if error.killsWorker {
                worker.kill()
                worker.stderr.waitUntilClosed(seconds: 0.5)
            } else {
                state.withLock { $0.idle.append(worker) }
            }
            throw WorkerError(failure: error, stderrTail: worker.stderr.tail)
        }
    }

    /// An idle worker, or a new one when fewer than `size` are alive (a restart once the pool has been full).
    private func checkOut() throws(WorkerError) -> WorkerProcess {
        let decision: Result<WorkerProcess?, WorkerFailure> = state.withLock { state in
            if let worker = state.idle.popLast() { return .success(worker) }
            if state.started >= size {
                if state.restarts >= restartLimit { return .failure(.restartLimitReached(limit: restartLimit)) }
                state.restarts += 1
            }
            state.started += 1
            return .success(nil)
        }
        switch decision {
        case .success(let worker?): return worker
        case .success(nil): break
        case .failure(let failure): throw WorkerError(failure: failure, stderrTail: [])
        }
        let worker: WorkerProcess
        do throws(WorkerFailure) {
            worker = try WorkerProcess(launch)
        } catch {
            throw WorkerError(failure: error, stderrTail: [])
        }
        do throws(WorkerFailure) {
            let ready = try ProcessProtocol.parseReady(worker.exchange(hello, seconds: startupSeconds))
            guard ready.requires == declared.requires, ready.provides == declared.provides else {
                throw WorkerFailure.protocolViolation("a restarted worker declared other layers than the first one (\(ready) vs \(declared))")
            }
            return worker
        } catch {
            worker.kill()
            worker.stderr.waitUntilClosed(seconds: 0.5)
            throw WorkerError(failure: error, stderrTail: worker.stderr.tail)
        }
    }

    /// Restarts so far (for tests and reports).
    var restarts: Int { state.withLock { $0.restarts } }
}

/// A worker failure with the worker's last stderr lines (for the document's error or the setup error).
struct WorkerError: Error {
    var failure: WorkerFailure
    var stderrTail: [String]
}
