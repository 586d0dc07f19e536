import SiftConfig
import SiftCore
import SiftJSON

/// A built, frozen pipeline: stages with their resolved options, shared by all worker threads.
public struct Pipeline: Sendable {
    /// One stage as it runs.
    public struct Step: Sendable {
        public let descriptor: StageDescriptor
        public let stage: any Stage
        public let options: JSONValue
        public let onError: ErrorPolicy
    }

    public let name: String
    public let steps: [Step]
    /// SHA-256 of the canonical JSON of the pipeline's name, stage ids and resolved options.
    public let configHash: String
    /// Layers in the order the stages provide them (the order of fields in output records).
    public let layerOrder: [LayerName]

    init(name: String, steps: [Step]) {
        self.name = name
        self.steps = steps
        var layers: [LayerName] = []
        for step in steps {
            for layer in step.descriptor.provides where !layers.contains(layer) { layers.append(layer) }
        }
        self.layerOrder = layers
        let canonical: JSONValue = [
            "name": .string(name),
            "stages": .array(steps.map { ["stage": .string($0.descriptor.id), "options": $0.options] }),
        ]
        self.configHash = SHA256.hex(Array(canonical.canonicalized.jsonText.utf8))
    }

    /// Runs every stage on one document. Never throws: failures become the outcome.
    public func process(_ document: Document, timings: UnsafeMutableBufferPointer<UInt64>? = nil) -> Outcome {
        var document = document
        for (index, step) in steps.enumerated() {
            let started = timings == nil ? 0 : monotonicNanoseconds()
            do {
                try step.stage.process(&document)
            } catch {
                let failure = DocumentFailure(
                    id: document.id, source: document.source, stage: step.descriptor.id,
                    code: (error as? StageError)?.code ?? "stage_error", message: String(describing: error))
                switch step.onError {
                case .skip: return .skipped(failure)
                case .record, .stop: return .failure(failure)
                }
            }
            if let timings { timings[index] &+= monotonicNanoseconds() &- started }
        }
        return .success(document)
    }

    /// Whether a failure at this stage stops the run.
    public func stopsRun(_ failure: DocumentFailure) -> Bool {
        if failure.stage == DocumentFailure.inputStage { return false }
        return steps.first { $0.descriptor.id == failure.stage }?.onError == .stop
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nanoseconds from a monotonic clock.
@inline(__always)
public func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
}
