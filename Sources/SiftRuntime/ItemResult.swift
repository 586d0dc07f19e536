import SiftCore

/// The result of one item: what became of it, its encoded line and per-step timings. The document
/// itself is dropped once encoded, so results waiting to be written in order stay small.
struct ItemResult: Sendable {
    enum Kind: Sendable {
        case success
        case failure(DocumentFailure)
        case skipped(DocumentFailure)
    }

    static let tooLargeCode = "too_large"
    static let timeoutCode = "timeout"

    var kind: Kind
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
        let kind: Kind
        switch outcome {
        case .success: kind = .success
        case .failure(let failure): kind = .failure(failure)
        case .skipped(let failure): kind = .skipped(failure)
        }
        return ItemResult(kind: kind, line: encode(outcome), timings: timings, inputBytes: bytes)
    }

    /// The error record of a document abandoned after the time budget.
    static func timedOut(id: String, source: SourceInfo, bytes: Int, seconds: Double, steps: Int, encode: @Sendable (Outcome) -> [UInt8]?) -> ItemResult {
        let failure = DocumentFailure(
            id: id, source: source, stage: "runtime", code: timeoutCode,
            message: "processing took longer than the per-document budget of \(seconds) s; the document was abandoned and the run went on (raise --document-timeout if such documents are expected)")
        return ItemResult(kind: .failure(failure), line: encode(.failure(failure)), timings: [UInt64](repeating: 0, count: steps), inputBytes: bytes)
    }
}
