import Foundation
import Testing
import SiftConfig
import SiftJSON
@testable import SiftIO

@Suite struct OutputSinkTests {
    func settings(_ path: String, shardSize: Int? = nil, compression: OutputCompression = .auto, resume: Bool = false,
                  fingerprint: JSONValue = "run-1") -> OutputSink.Settings {
        OutputSink.Settings(path: path, shardSize: shardSize, compression: compression, resume: resume, fingerprint: fingerprint)
    }

    func line(_ index: Int) -> [UInt8]? {
        index % 7 == 3 ? nil : Array("{\"n\":\(index),\"pad\":\"\(String(repeating: "x", count: index % 50))\"}\n".utf8)
    }

    func expected(_ count: Int) -> [UInt8] { (0..<count).flatMap { line($0) ?? [] } }

    func contents(_ path: String) throws -> [UInt8] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if path.hasSuffix(".gz") {
            let reader = LineReader(stream: try GzipStream(source: MemoryStream(bytes)))
            return try reader.read(count: .max)
        }
        return bytes
    }

    @Test func oneFileIsWrittenUnderATemporaryNameAndRenamed() throws {
        let folder = try temporaryDirectory()
        let sink = try OutputSink(settings(folder + "/out.jsonl"))
        for index in 0..<1000 { try sink.append(line(index)) { .null } }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.jsonl"), "not in place before it is complete")
        try sink.finish(counts: .null)
        #expect(try contents(folder + "/out.jsonl") == expected(1000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.jsonl"], "no temporary or progress file left")
    }

    @Test(arguments: [OutputCompression.none, .gzip, .zstd])
    func shardsHoldShardSizeDocumentsEach(compression: OutputCompression) throws {
        let folder = try temporaryDirectory() + "/out/"
        let sink = try OutputSink(settings(folder, shardSize: 300, compression: compression))
        for index in 0..<1000 { try sink.append(line(index)) { .null } }
        try sink.finish(counts: .null)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let ending = compression == .gzip ? ".jsonl.gz" : compression == .zstd ? ".jsonl.zst" : ".jsonl"
        #expect(names == (0..<4).map { OutputLayout.shardName($0) + ending })
        if compression != .zstd {
            let all = try names.flatMap { try contents(folder + $0) }
            #expect(all == expected(1000))
            #expect(try contents(folder + names[0]) == (0..<300).flatMap { line($0) ?? [] })
        }
    }

    /// Stops appending at `stop` without finishing (as a killed run would), then resumes.
    @Test(arguments: [(nil, OutputCompression.none), (nil, .gzip), (250, .none), (250, .gzip)] as [(Int?, OutputCompression)])
    func aResumedRunEndsWithTheSameBytes(shardSize: Int?, compression: OutputCompression) throws {
        let reference = try temporaryDirectory() + (shardSize == nil ? "/out.jsonl" : "/out/")
        let whole = try OutputSink(settings(reference, shardSize: shardSize, compression: compression))
        for index in 0..<1200 { try whole.append(line(index)) { .null } }
        try whole.finish(counts: .null)

        let target = try temporaryDirectory() + (shardSize == nil ? "/out.jsonl" : "/out/")
        for stop in [0, 1, 300, 301, 777] {
            let sink = try OutputSink(settings(target, shardSize: shardSize, compression: compression, resume: true))
            #expect(sink.resumedItems <= stop)
            for index in sink.resumedItems..<stop { try sink.append(line(index)) { .integer(index) } }
        }
        let last = try OutputSink(settings(target, shardSize: shardSize, compression: compression, resume: true))
        #expect(last.resumedItems > 700)
        for index in last.resumedItems..<1200 { try last.append(line(index)) { .null } }
        try last.finish(counts: .null)
        if shardSize == nil {
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data(contentsOf: URL(fileURLWithPath: reference)))
        } else {
            let names = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
            #expect(names == (try FileManager.default.contentsOfDirectory(atPath: reference).sorted()))
            for name in names {
                #expect(try Data(contentsOf: URL(fileURLWithPath: target + name)) == Data(contentsOf: URL(fileURLWithPath: reference + name)), "\(name)")
            }
        }
    }

    @Test func resumingAnotherRunIsRefused() throws {
        let target = try temporaryDirectory() + "/out.jsonl"
        let sink = try OutputSink(settings(target))
        for index in 0..<600 { try sink.append(line(index)) { .null } }
        #expect(throws: OutputError.self) { try OutputSink(settings(target, resume: true, fingerprint: "run-2")) }
        #expect(throws: OutputError.self) { try OutputSink(settings("-", resume: true)) }
    }
}
