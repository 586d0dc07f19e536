import Foundation
import SiftCore
import SiftJSON
import Synchronization
@testable import SiftProcessStage

/// Paths and helpers shared by the process-stage tests.
enum Workers {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let process = packageRoot.appendingPathComponent("Plugins/Process").path
    static let examples = process + "/Examples"

    /// Whether `python3` is on PATH (the example workers are Python scripts).
    static let hasPython: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }
    }()

    /// Options running an example worker.
    static func options(_ script: String, _ configure: (inout ProcessStage.Options) -> Void = { _ in }) -> ProcessStage.Options {
        var options = ProcessStage.Options(command: ["python3", script])
        options.directory = examples
        configure(&options)
        return options
    }

    /// A document whose text is set, ready for a stage that requires only `text`.
    static func document(_ text: String, id: String = "doc") -> Document {
        var document = Document(id: id, text: text)
        document.setText(text)
        return document
    }
}

/// Collects worker log lines (a `ProcessLogSink` for tests).
final class LogCollector: Sendable {
    private let storage = Mutex<[String]>([])

    var sink: ProcessLogSink { { [self] line in storage.withLock { $0.append(line) } } }
    var lines: [String] { storage.withLock { $0 } }

    /// The pids of the faulty workers that started (they log "faulty worker PID started").
    var startedPIDs: Set<Int32> {
        Set(lines.compactMap { line in
            guard let range = line.range(of: "faulty worker ") else { return nil }
            return Int32(line[range.upperBound...].prefix { $0.isNumber })
        })
    }
}

extension ProcessStage {
    /// Runs the stage on one text and returns the document or the stage's error.
    func run(_ text: String) -> Result<Document, StageError> {
        var document = Workers.document(text)
        do {
            try process(&document)
            return .success(document)
        } catch let error as StageError {
            return .failure(error)
        } catch {
            return .failure(StageError(code: "unexpected", message: "\(error)"))
        }
    }

    /// The stage's error code on `text`, or nil when it succeeds.
    func failureCode(_ text: String) -> String? {
        if case .failure(let error) = run(text) { return error.code }
        return nil
    }
}
