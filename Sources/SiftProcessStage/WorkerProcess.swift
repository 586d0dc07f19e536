import CSiftSpawn
import Foundation
import SiftJSON

/// How to start a worker: argv, environment, folder, and where its stderr goes.
struct WorkerLaunch: Sendable {
    var argv: [String]
    /// The complete environment of the worker.
    var environment: [String: String]
    /// The working directory, or nil for the current one.
    var directory: String?
    /// The name used in logs until the worker names itself in the handshake.
    var name: String
    var log: ProcessLogSink
}

/// One running worker process: its sockets, what it has written past the last line, and its stderr drain.
///
/// `@unchecked Sendable`: a worker is used by one thread at a time — the pool hands it out and takes it
/// back under its lock, and a checked-out worker is never reachable from the pool — while its stderr is
/// read by the drain's own thread, which shares nothing with it but the `Sendable` drain.
final class WorkerProcess: @unchecked Sendable {
    let pid: Int32
    let stderr: StderrDrain
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var lastSeq = 0
    private var isClosed = false
    /// The longest line accepted from a worker (a reply with its layers).
    static let longestLine = 512 << 20

    /// Starts the process (no handshake yet).
    init(_ launch: WorkerLaunch) throws(WorkerFailure) {
        var worker = sift_worker()
        let argv = launch.argv.map { strdup($0) } + [nil]
        let envp = launch.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let result = argv.withUnsafeBufferPointer { argvBuffer in
            envp.withUnsafeBufferPointer { envpBuffer in
                argvBuffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: argv.count) { a in
                    envpBuffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: envp.count) { e in
                        if let directory = launch.directory {
                            return directory.withCString { sift_spawn_worker(a, e, $0, &worker) }
                        }
                        return sift_spawn_worker(a, e, nil, &worker)
                    }
                }
            }
        }
        guard result == 0 else { throw .startFailed(errno: result) }
        pid = worker.pid
        input = worker.stdin_fd
        output = worker.stdout_fd
        stderr = StderrDrain(fd: worker.stderr_fd, prefix: Self.logPrefix(name: launch.name, pid: worker.pid), log: launch.log)
    }

    /// The prefix of the worker's log lines: `process 'NAME' [pid PID]: `.
    static func logPrefix(name: String, pid: Int32) -> String { "process '\(name)' [pid \(pid)]: " }

    /// Uses the name the worker gave in its handshake in its log lines from now on.
    func rename(_ name: String) { stderr.setPrefix(Self.logPrefix(name: name, pid: pid)) }

    deinit { if !isClosed { _ = kill() } }

    /// The sequence number for the next request.
    func nextSeq() -> Int {
        lastSeq += 1
        return lastSeq
    }

    /// Sends one line and reads one line back, within `seconds` for both.
    func exchange(_ line: [UInt8], seconds: Double) throws(WorkerFailure) -> [UInt8] {
        let deadline = monotonicMilliseconds() + Int(seconds * 1000)
        let sent = line.withUnsafeBufferPointer { sift_send_all(input, $0.baseAddress, $0.count, Int32(clamping: max(0, deadline - monotonicMilliseconds()))) }
        switch sent {
        case 0: break
        case ETIMEDOUT: throw .timedOut(seconds: seconds)
        case EPIPE, ECONNRESET: throw exitFailure()
        default: throw .io(errno: sent)
        }
        return try readLine(deadline: deadline, seconds: seconds)
    }

    private func readLine(deadline: Int, seconds: Double) throws(WorkerFailure) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[0..<newline])
                buffer.removeFirst(newline + 1)
                scanned = 0
                return line
            }
            scanned = buffer.count
            if buffer.count > Self.longestLine {
                throw .protocolViolation("a line longer than \(Self.longestLine >> 20) MB without a newline")
            }
            let left = Int32(clamping: max(0, deadline - monotonicMilliseconds()))
            let count = chunk.withUnsafeMutableBufferPointer { sift_receive(output, $0.baseAddress, $0.count, left) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                throw exitFailure()
            } else if count == -Int(ETIMEDOUT) {
                throw .timedOut(seconds: seconds)
            } else {
                throw .io(errno: Int32(-count))
            }
        }
    }

    /// The worker closed its output: wait briefly for it to exit and report how it ended.
    private func exitFailure() -> WorkerFailure {
        for _ in 0..<100 {
            var status: Int32 = 0
            if sift_reap_worker(pid, 0, &status) == 1 {
                isClosed = true
                closeSockets()
                return .exited(status: status)
            }
            usleep(10_000)
        }
        return .exited(status: nil)
    }

    /// Kills the worker (and its process group) and reaps it. Returns its exit status.
    @discardableResult
    func kill() -> Int32? {
        guard !isClosed else { return nil }
        isClosed = true
        sift_kill_worker(pid)
        var status: Int32 = 0
        let reaped = sift_reap_worker(pid, 1, &status) == 1
        closeSockets()
        return reaped ? status : nil
    }

    /// Closes the worker's standard input: a worker exits when it reads end of file.
    func closeInput() {
        if !isClosed { shutdown(input, Int32(SHUT_WR)) }
    }

    /// Waits until the monotonic `deadline` (milliseconds) for the worker to exit, then kills it.
    func reapOrKill(deadline: Int) {
        guard !isClosed else { return }
        var status: Int32 = 0
        while monotonicMilliseconds() < deadline {
            if sift_reap_worker(pid, 0, &status) != 0 {
                isClosed = true
                closeSockets()
                return
            }
            usleep(5_000)
        }
        kill()
    }

    /// Closes the worker's standard input and gives it `grace` seconds to exit before killing it.
    func shutDown(grace: Double) {
        closeInput()
        reapOrKill(deadline: monotonicMilliseconds() + Int(grace * 1000))
    }

    private func closeSockets() {
        close(input)
        close(output)
    }
}

/// Milliseconds from a monotonic clock.
func monotonicMilliseconds() -> Int {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return spec.tv_sec * 1000 + spec.tv_nsec / 1_000_000
}
