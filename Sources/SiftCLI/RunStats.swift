#if canImport(Glibc)
import Glibc
#endif
import SiftJSON
import SiftRuntime

/// A run's counters as JSON: in the progress file of a resumable run (so a resumed run reports the
/// whole job), and in the `--stats` file.
enum RunStats {
    /// The counters a resumed run carries over.
    static func counts(_ summary: RunSummary) -> JSONValue {
        var codes = JSONObject()
        for code in summary.errorCodes.keys.sorted() { codes[code] = .integer(summary.errorCodes[code] ?? 0) }
        return [
            "succeeded": .integer(summary.succeeded), "failed": .integer(summary.failed), "skipped": .integer(summary.skipped),
            "oversized": .integer(summary.oversized), "timed_out": .integer(summary.timedOut), "error_codes": .object(codes),
            "input_bytes": .integer(summary.inputBytes), "output_bytes": .integer(summary.outputBytes),
            "stage_nanoseconds": .array(summary.stageNanoseconds.map { .integer(Int(clamping: $0)) }),
        ]
    }

    /// Counters read back from `counts(_:)`; an empty summary when absent or malformed.
    static func summary(from value: JSONValue?, steps: Int) -> RunSummary {
        var summary = RunSummary()
        summary.stageNanoseconds = Array(repeating: 0, count: steps)
        guard let object = value?.objectValue else { return summary }
        summary.succeeded = object["succeeded"]?.intValue ?? 0
        summary.failed = object["failed"]?.intValue ?? 0
        summary.skipped = object["skipped"]?.intValue ?? 0
        summary.oversized = object["oversized"]?.intValue ?? 0
        summary.timedOut = object["timed_out"]?.intValue ?? 0
        summary.inputBytes = object["input_bytes"]?.intValue ?? 0
        summary.outputBytes = object["output_bytes"]?.intValue ?? 0
        for member in object["error_codes"]?.objectValue?.members ?? [] { summary.errorCodes[member.key] = member.value.intValue ?? 0 }
        let stages = object["stage_nanoseconds"]?.arrayValue ?? []
        if stages.count == steps { summary.stageNanoseconds = stages.map { UInt64(max(0, $0.intValue ?? 0)) } }
        return summary
    }

    /// The `--stats` document: counts, throughput, per-stage time, peak memory.
    static func document(pipeline: Pipeline, summary: RunSummary, jobs: Int, resumedDocuments: Int) -> JSONValue {
        let seconds = Double(summary.elapsedNanoseconds) / 1e9
        let total = summary.stageNanoseconds.reduce(0, +)
        let stages: [JSONValue] = zip(pipeline.steps, summary.stageNanoseconds).map { step, nanoseconds in
            ["id": .string(step.descriptor.id), "seconds": .number(rounded(Double(nanoseconds) / 1e9)),
             "share": .number(total == 0 ? 0 : rounded(Double(nanoseconds) / Double(total)))]
        }
        var document = counts(summary).objectValue ?? JSONObject()
        document["stage_nanoseconds"] = nil
        var result: JSONObject = JSONObject([("pipeline", .string(pipeline.name)), ("config_sha256", .string(pipeline.configHash))])
        result["documents"] = .integer(summary.documents)
        for member in document.members { result[member.key] = member.value }
        result["stopped_early"] = .bool(summary.stoppedEarly)
        if let message = summary.errorBudgetMessage ?? summary.stopReason.map({ "stopped at '\($0.id)': \($0.message)" }) {
            result["stop_reason"] = .string(message)
        }
        result["resumed_after_documents"] = .integer(resumedDocuments)
        result["jobs"] = .integer(jobs)
        result["elapsed_seconds"] = .number(rounded(seconds))
        result["documents_per_second"] = .number(seconds > 0 ? rounded(Double(summary.documents) / seconds) : 0)
        result["input_mb_per_second"] = .number(seconds > 0 ? rounded(Double(summary.inputBytes) / 1e6 / seconds) : 0)
        result["peak_rss_bytes"] = .integer(peakResidentBytes())
        result["stages"] = .array(stages)
        return .object(result)
    }

    /// The process's peak resident set size.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
