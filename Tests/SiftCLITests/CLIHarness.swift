import Foundation
import SiftJSON

/// Runs the built `pipeline` binary the way a user would.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: `$PIPELINE_BIN`, or the debug build (`swift build` makes it; `make test` runs that first).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["PIPELINE_BIN"] { return path }
        return packageRoot.appendingPathComponent(".build/debug/pipeline").path
    }

    static var sharedCorpora: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    static func run(_ arguments: [String], stdin: [UInt8]? = nil, in directory: URL? = nil) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw CLIError("\(binary) not found: run `swift build` first (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = stdin == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        group.enter()
        DispatchQueue.global().async { out = outPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { err = errPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin {
            inPipe.fileHandleForWriting.write(Data(stdin))
            try inPipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: [UInt8](out), stderr: String(decoding: err, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sift-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let outputSchema: JSONValue = {
        let data = (try? Data(contentsOf: packageRoot.appendingPathComponent("Schemas/output.schema.json"))) ?? Data()
        return (try? JSONParser().parse(Array(data))) ?? .null
    }()
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Checks one output record against the schema and the offset contract; returns every problem.
func recordProblems(_ line: String) -> [String] {
    guard let record = try? JSONParser().parse(line) else { return ["not JSON: \(line.prefix(80))"] }
    var problems = JSONSchemaValidator(schema: CLI.outputSchema).validate(record)
    guard let object = record.objectValue, case .string(let text)? = object["text"] else { return problems }
    let scalars = Array(text.unicodeScalars)
    func slice(_ item: JSONValue) -> String? {
        guard let start = item.objectValue?["start"]?.intValue, let end = item.objectValue?["end"]?.intValue,
              0 <= start, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
    for (index, entity) in (object["entities"]?.arrayValue ?? []).enumerated() {
        if let covered = slice(entity), covered != entity.objectValue?["text"]?.stringValue {
            problems.append("entities[\(index)]: text \(entity.objectValue?["text"]?.excerpt ?? "?") is not text[start:end] = \(covered.debugDescription)")
        }
    }
    for layer in ["tokens", "sentences", "entities"] {
        for (index, item) in (object[layer]?.arrayValue ?? []).enumerated() {
            guard let covered = slice(item) else {
                problems.append("\(layer)[\(index)]: offsets out of range: \(item.jsonText)")
                continue
            }
            if covered.isEmpty || covered.unicodeScalars.first!.properties.isWhitespace || covered.unicodeScalars.last!.properties.isWhitespace {
                problems.append("\(layer)[\(index)]: covers \(covered.debugDescription), which is empty or has outer whitespace")
            }
        }
    }
    return problems
}
