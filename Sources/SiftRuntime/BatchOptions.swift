/// Limits and guards of a batch run.
public struct BatchOptions: Sendable {
    /// Seconds a document may take; after that it gets an error record (code `timeout`) and the run
    /// goes on without waiting for it. nil: no budget.
    public var documentTimeout: Double?
    /// When to stop a run whose inputs are clearly wrong. nil: never.
    public var maxErrors: ErrorBudget?
    /// Raw input bytes in flight (read but not yet written) before reading pauses.
    public var maxInFlightBytes: Int
    /// How often `BatchHooks.tick` is called, in seconds.
    public var tickInterval: Double

    public init(documentTimeout: Double? = 60, maxErrors: ErrorBudget? = nil, maxInFlightBytes: Int = 64 << 20, tickInterval: Double = 0.5) {
        self.documentTimeout = documentTimeout
        self.maxErrors = maxErrors
        self.maxInFlightBytes = maxInFlightBytes
        self.tickInterval = tickInterval
    }
}

/// How many failed documents a run tolerates: a count (`100`) or a share (`5%`).
public enum ErrorBudget: Sendable, Equatable, CustomStringConvertible {
    /// Stop once more than this many documents have failed.
    case count(Int)
    /// Stop once more than this share (0…1) of the documents so far have failed, checked from
    /// `ErrorBudget.minimumDocumentsForShare` documents on.
    case share(Double)

    /// A share is only judged after this many documents, so one early failure does not stop a run.
    public static let minimumDocumentsForShare = 100

    /// Parses `N` or `P%`; nil when malformed.
    public init?(parsing text: String) {
        if text.hasSuffix("%") {
            guard let percent = Double(text.dropLast()), percent >= 0, percent <= 100 else { return nil }
            self = .share(percent / 100)
        } else {
            guard let count = Int(text), count >= 0 else { return nil }
            self = .count(count)
        }
    }

    public var description: String {
        switch self {
        case .count(let count): return "\(count)"
        case .share(let share): return "\(share * 100)%"
        }
    }

    /// A message when `summary` is over budget, else nil.
    func exceeded(by summary: RunSummary) -> String? {
        switch self {
        case .count(let limit):
            guard summary.failed > limit else { return nil }
            return "stopped: \(summary.failed) documents failed, more than --max-errors \(limit) allows; the inputs look wrong (see the error records' codes)"
        case .share(let share):
            let documents = summary.documents
            guard documents >= Self.minimumDocumentsForShare, Double(summary.failed) > share * Double(documents) else { return nil }
            return "stopped: \(summary.failed) of \(documents) documents failed, more than --max-errors \(self) allows; the inputs look wrong (see the error records' codes)"
        }
    }
}
