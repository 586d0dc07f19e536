import Foundation
import Testing
import SiftJSON

/// `pipeline run CONFIG --input - --output -`: the filter Spark's `rdd.pipe` and Hadoop Streaming run.
@Suite struct FilterModeTests {
    @Test func jsonLinesInOneRecordPerLineOutInOrderWithErrorsAsRecords() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("docs.jsonl").path
        try writeTextRecords(120, to: input, sentences: 3)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: input)))
        let filtered = try CLI.run(["run", "Pipelines/news.json", "--input", "-", "--output", "-", "--jobs", "2", "--hadoop-counters"], stdin: bytes)
        let direct = try CLI.run(["run", "Pipelines/news.json", input, "--quiet", "--jobs", "1"])
        #expect(filtered.status == 1, "two broken lines: \(filtered.stderr)")
        let inputLines = bytes.split(separator: UInt8(ascii: "\n")).count
        #expect(filtered.lines.count == inputLines)
        let strip: (JSONObject) -> JSONObject = { record in
            var record = record
            record["source"] = nil
            if record["error"] != nil {  // failures of unparsable lines are named after the file and line
                record["id"] = nil
                record["error"] = record["error"]?.objectValue?["code"]
            }
            return record
        }
        #expect(try records(filtered).map(strip) == records(direct).map(strip))
        #expect(try records(filtered).filter { $0["error"] != nil }.allSatisfy { $0["error"]?.objectValue?["code"] == "invalid_json" })
        let counters = filtered.stderr.split(separator: "\n").filter { $0.hasPrefix("reporter:counter:pipeline,documents,") }
        #expect(counters.compactMap { Int($0.split(separator: ",").last ?? "") }.reduce(0, +) == inputLines)
        #expect(filtered.stderr.contains("reporter:counter:pipeline,errors,"))
    }

    /// A client that waits for each answer before sending the next line gets every answer: output is
    /// flushed while the input stays open.
    @Test func answersArriveWhileStandardInputStaysOpen() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["run", "Pipelines/news.json", "--input", "-", "--output", "-", "--quiet", "--jobs", "2"]
        process.currentDirectoryURL = CLI.packageRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = output.fileHandleForReading
        var received = Data()
        for index in 0..<3 {
            input.fileHandleForWriting.write(Data("{\"id\": \"q\(index)\", \"text\": \"Question number \(index).\"}\n".utf8))
            let deadline = Date().addingTimeInterval(20)
            while received.filter({ $0 == 0x0A }).count <= index && Date() < deadline {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                received.append(chunk)
            }
            #expect(received.filter { $0 == 0x0A }.count == index + 1, "answer \(index) arrived before the next question")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test(.enabled(if: ArchiveFixtures.enabled, ArchiveFixtures.skipMessage))
    func warcGzOnStandardInputIsRecognised() throws {
        let root = try ArchiveFixtures.folder()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/good/pages.warc.gz")))
        let filtered = try CLI.run(["run", "Pipelines/news.json", "--input", "-", "--output", "-", "--quiet"], stdin: bytes)
        let direct = try CLI.run(["run", "Pipelines/news.json", root + "/good/pages.warc.gz", "--quiet"])
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(try records(filtered).map { $0["text"] } == records(direct).map { $0["text"] })
        #expect(try records(filtered).first?["source"]?.objectValue?["path"] == "-")
    }
}
