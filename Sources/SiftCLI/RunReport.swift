import Foundation
import SiftRuntime

/// The human-readable end-of-run summary.
struct RunReport {
    let pipeline: Pipeline
    let summary: RunSummary
    var resumedDocuments = 0

    var text: String {
        let seconds = Double(summary.elapsedNanoseconds) / 1e9
        let megabytes = Double(summary.inputBytes) / 1e6
        var counts = String(format: "%d succeeded, %d failed, %d skipped", summary.succeeded, summary.failed, summary.skipped)
        if summary.oversized > 0 { counts += ", \(summary.oversized) too large" }
        if summary.timedOut > 0 { counts += " (\(summary.timedOut) over the time budget)" }
        var lines = [String(format: "pipeline '%@': %d documents: %@ in %.2f s (%.1f MB, %.1f MB/s, %.0f docs/s)",
                            pipeline.name, summary.documents, counts, seconds, megabytes,
                            seconds > 0 ? megabytes / seconds : 0, seconds > 0 ? Double(summary.documents) / seconds : 0)]
        if resumedDocuments > 0 { lines.append("resumed: the first \(resumedDocuments) documents came from the interrupted run") }
        let total = summary.stageNanoseconds.reduce(0, +)
        if total > 0 {
            let shares = zip(pipeline.steps, summary.stageNanoseconds).map { step, ns in
                String(format: "%@ %.0f%%", step.descriptor.id, 100 * Double(ns) / Double(total))
            }
            lines.append("time per stage: " + shares.joined(separator: ", "))
        }
        let errors = summary.errorCodes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if !errors.isEmpty {
            lines.append("error records by code: " + errors.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if let reason = summary.stopReason {
            lines.append("stopped at document '\(reason.id)': stage \(reason.stage) failed (its on_error is \"stop\"): \(reason.message)")
        }
        if let message = summary.errorBudgetMessage { lines.append(message) }
        return lines.joined(separator: "\n")
    }
}
