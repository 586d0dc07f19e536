import Foundation
import Testing
import SiftConfig
import SiftCore
@testable import SiftIO

/// The Python the tests build archives with: `SIFT_TEST_PYTHON` (a venv with warcio, zstandard, py7zr;
/// `make test-venv` makes one and `make test` passes it). Tests that need it are skipped on a developer
/// machine without it, and fail in CI (where `CI` is set) so that they always run there.
enum TestPython {
    static var path: String? {
        let value = ProcessInfo.processInfo.environment["SIFT_TEST_PYTHON"] ?? ""
        return value.isEmpty ? nil : value
    }

    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether the tests that need Python run: always in CI, else when SIFT_TEST_PYTHON is set.
    static var enabled: Bool { path != nil || isCI }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = packageRoot.appendingPathComponent("Tests/SiftIOTests/Fixtures/make_test_inputs.py").path

    /// Runs the fixture script; throws with its stderr when it fails.
    static func run(_ arguments: [String]) throws {
        guard let path else { throw FixtureError("SIFT_TEST_PYTHON is not set: CI must set it (see .ci/run); locally run `make test-venv`") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [script] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("fixture script failed: \(String(decoding: message, as: UTF8.self))") }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Test inputs built once per test process: pages, the same pages in every archive format, and faulty files.
enum Fixtures {
    static let root: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sift-io-fixtures-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static let built: Result<String, FixtureError> = {
        do {
            let shared = TestPython.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/dev/extraction").path
            try TestPython.run(["pages", shared, "6", root + "/pages"])
            try FileManager.default.createDirectory(atPath: root + "/good", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/faulty", withIntermediateDirectories: true)
            try TestPython.run(["good", root + "/pages", root + "/good"])
            try TestPython.run(["faulty", root + "/faulty"])
            return .success(root)
        } catch let error as FixtureError {
            return .failure(error)
        } catch {
            return .failure(FixtureError("\(error)"))
        }
    }()

    static func folder() throws -> String { try built.get() }
}

/// Reads every item of an input configuration.
func readAll(_ config: InputConfig) -> [InputItem] {
    var reader = InputReader(config: config)
    var items: [InputItem] = []
    while let item = reader.next() { items.append(item) }
    return items
}

extension InputItem {
    var document: Document? { if case .document(let document) = self { return document } else { return nil } }
    var failure: DocumentFailure? { if case .failure(let failure) = self { return failure } else { return nil } }
    var id: String { document?.id ?? failure?.id ?? "" }
}

extension RawContent {
    var bytes: [UInt8] {
        switch self {
        case .html(let bytes), .plainText(let bytes): return bytes
        case .text(let string): return Array(string.utf8)
        }
    }
}

func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sift-io-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// gzip members made by the output codec (so the stream tests need no Python).
func gzipMember(_ text: String) throws -> [UInt8] { try OutputCodec.gzip.encode(Array(text.utf8)) }
