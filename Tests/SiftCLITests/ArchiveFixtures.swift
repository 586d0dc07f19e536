import Foundation
import Testing
import SiftJSON

/// Inputs for the batch CLI tests, built by `Tests/SiftIOTests/Fixtures/make_test_inputs.py` with the Python in
/// `SIFT_TEST_PYTHON` (`make test-venv`; `make test` and CI pass it). Without it the tests that need it are
/// skipped on a developer machine; in CI (`CI` set) they run and fail, so CI always exercises them.
enum ArchiveFixtures {
    static var python: String? {
        let value = ProcessInfo.processInfo.environment["SIFT_TEST_PYTHON"] ?? ""
        return value.isEmpty ? nil : value
    }

    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
    static var enabled: Bool { python != nil || isCI }
    /// The Spark test: always in CI; locally opt-in with SIFT_SPARK_TEST=1 (it starts a JVM).
    static var sparkEnabled: Bool { isCI || (python != nil && ProcessInfo.processInfo.environment["SIFT_SPARK_TEST"] == "1") }
    static let skipMessage: Comment = "needs SIFT_TEST_PYTHON (make test-venv); always runs in CI"

    static let script = CLI.packageRoot.appendingPathComponent("Tests/SiftIOTests/Fixtures/make_test_inputs.py").path

    /// Runs a Python script (a file, or `-c` code) with the test Python; returns stdout, throws with stderr.
    @discardableResult
    static func runPython(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        guard let python else { throw CLIError("SIFT_TEST_PYTHON is not set: CI must set it (see .ci/run); locally run `make test-venv`") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errorData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            throw CLIError("python \(arguments.first ?? "") failed: \(String(decoding: errorData.suffix(4000), as: UTF8.self))")
        }
        return String(decoding: outputData, as: UTF8.self)
    }

    /// Pages, the same pages in every archive format (`good/`), and damaged inputs (`faulty/`), built once.
    static let built: Result<String, CLIError> = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sift-cli-fixtures-\(UUID().uuidString)").path
        do {
            let shared = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/dev/extraction").path
            try runPython([script, "pages", shared, "6", root + "/pages"])
            for folder in ["good", "faulty"] { try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }
            try runPython([script, "good", root + "/pages", root + "/good"])
            try runPython([script, "faulty", root + "/faulty"])
            return .success(root)
        } catch let error as CLIError {
            return .failure(error)
        } catch {
            return .failure(CLIError("\(error)"))
        }
    }()

    static func folder() throws -> String { try built.get() }
}

/// Parsed output records.
func records(_ result: CLI.Result) throws -> [JSONObject] {
    try result.lines.map { try JSONParser().parse($0).objectValue ?? JSONObject() }
}

func records(file: String) throws -> [JSONObject] {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONParser().parse(String($0)).objectValue ?? JSONObject() }
}

/// `gzip -dc` of a file (the output tests read compressed shards with the standard tool).
func decompress(_ path: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CLIError("cannot decompress \(path)") }
    return [UInt8](data)
}

/// A JSON Lines file of `count` plain-text documents, long enough that a debug build takes a while on them.
func writeTextRecords(_ count: Int, to path: String, sentences: Int = 40) throws {
    var text = ""
    for index in 0..<count {
        let body = (0..<sentences).map { "Sentence \($0) of document \(index) mentions Dr. Smith, 1,000.50 dollars and https://example.org/\($0)." }
        text += "{\"id\": \"doc-\(index)\", \"text\": \"\(body.joined(separator: " "))\"}\n"
        if index % 97 == 50 { text += "{broken json line \(index)\n" }
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}
