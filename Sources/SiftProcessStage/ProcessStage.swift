import Foundation
import SiftCore
import SiftJSON

/// Runs an external program, in any language, as a pipeline stage: a pool of long-lived workers that
/// speak the process protocol (`ProcessProtocol`, JSON Lines over stdin/stdout) — no rebuild of Sift.
///
/// The first worker starts when the stage is built, and its handshake declares the layers it requires
/// and provides (or the config declares them, and the handshake must agree), so a pipeline with a
/// process stage is checked like any other before a document is read. Each document is one request
/// and one reply, within `timeout_seconds`; the layers in the reply are validated (offsets in range,
/// declared names) and become the document's layers. A worker that crashes, hangs or breaks the
/// protocol is killed; the document in flight gets an error record and the next one a fresh worker.
public struct ProcessStage: Stage, DynamicLayers {
    /// The layers the worker needs (`text` always among them): configured or declared in the handshake.
    public let requiredLayers: [LayerName]
    /// The layers the worker adds: configured or declared in the handshake.
    public let providedLayers: [LayerName]
    /// The worker's name: the handshake's `name`, else the program's file name.
    public let workerName: String
    let options: Options
    let pool: WorkerPool

    /// Layer names a worker may not provide: the record's own fields, and the text (a process stage
    /// annotates text; it does not replace it).
    static let reservedLayers: Set<String> = ["text", "id", "source", "metadata", "diagnostics", "provenance", "schema_version", "error", "*"]

    public init(options: Options, context: StageContext) throws {
        try self.init(options: options, context: context, log: standardErrorLog)
    }

    /// Builds the stage with worker stderr lines sent to `log` instead of standard error.
    public init(options: Options, context: StageContext, log: @escaping ProcessLogSink) throws(StageSetupError) {
        try Self.check(options)
        let defaultName = Self.defaultName(options.command)
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in options.env { environment[key] = value }
        let directory = context.baseDirectory.isEmpty && options.directory == "." ? nil : context.resolvePath(options.directory)
        let launch = WorkerLaunch(argv: options.command, environment: environment, directory: directory, name: defaultName, log: log)
        let hello = ProcessProtocol.hello(pipeline: context.pipelineName, options: options.workerOptions)
        do throws(WorkerError) {
            pool = try WorkerPool(launch: launch, size: options.workers, restartLimit: options.restartLimit,
                                  hello: hello, startupSeconds: options.startupTimeoutSeconds)
        } catch {
            throw error.failure.setupError(worker: defaultName, stderrTail: error.stderrTail)
        }
        let declared = pool.declared
        workerName = declared.name ?? defaultName
        self.options = options
        requiredLayers = try Self.resolve("requires", configured: options.requires.isEmpty ? nil : options.requires, declared: declared.requires, worker: workerName, fallback: [.text])
        providedLayers = try Self.resolve("provides", configured: options.provides.isEmpty ? nil : options.provides, declared: declared.provides, worker: workerName, fallback: nil)
    }

    /// Sends the document to a worker and stores the layers it returns; worker failures and invalid
    /// annotations become this document's error.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let reply: ProcessProtocol.Reply
        do throws(WorkerError) {
            reply = try pool.withWorker { worker throws(WorkerFailure) in
                let seq = worker.nextSeq()
                let request = ProcessProtocol.request(seq: seq, document: document, text: text, requires: requiredLayers)
                return try ProcessProtocol.parseReply(worker.exchange(request, seconds: options.timeoutSeconds), seq: seq)
            }
        } catch {
            throw error.failure.stageError(worker: workerName, stderrTail: error.stderrTail)
        }
        switch reply {
        case .failure(let code, let message):
            throw StageError(code: code, message: "worker '\(workerName)': \(message)")
        case .layers(let layers):
            var values: [(LayerName, ProcessLayerValue)] = []
            for key in layers.keys where !providedLayers.contains(LayerName(key)) {
                throw invalid("returned layer '\(key)', which it does not provide (provides: \(list(providedLayers)))")
            }
            for name in providedLayers {
                guard let value = layers[name.rawValue] else { throw invalid("did not return layer '\(name)', which it provides") }
                do {
                    values.append((name, try ProcessLayerValue.validated(value, layer: name, text: text)))
                } catch {
                    throw invalid(error.message)
                }
            }
            for (name, value) in values { document.layers[name] = value }
        }
    }

    /// A name for a worker that does not name itself: its program, and its script when it has one
    /// (`python3 worker.py`).
    static func defaultName(_ argv: [String]) -> String {
        let names = argv.prefix(2).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        return names.count == 2 && !names[1].hasPrefix("-") ? names.joined(separator: " ") : names[0]
    }

    private func invalid(_ detail: String) -> StageError {
        StageError(code: "invalid_annotation", message: "worker '\(workerName)' returned an invalid annotation: \(detail)")
    }
}

/// Layer names as a short list for messages.
func list(_ layers: [LayerName]) -> String {
    layers.isEmpty ? "none" : layers.map(\.rawValue).joined(separator: ", ")
}
