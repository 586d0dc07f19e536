import Foundation
import Testing
import SiftJSON

@Suite struct ShardOutputTests {
    @Test func shardsAreNumberedCompressedAndTogetherEqualOneFile() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = try CLI.run(["run", "Pipelines/news.json", "--quiet"])
        for (compression, ending) in [("gzip", ".jsonl.gz"), ("zstd", ".jsonl.zst"), ("none", ".jsonl")] {
            let out = folder.appendingPathComponent(compression).path + "/"
            let result = try CLI.run(["run", "Pipelines/news.json", "-o", out, "--shard-size", "4", "--compression", compression, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            #expect(names == ["part-00000" + ending, "part-00001" + ending], "no temporary or progress files remain")
            let files = try names.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + $0))) }
            switch compression {
            case "none": #expect(files.flatMap { $0 } == single.stdout)
            case "gzip": #expect(try names.flatMap { try decompress(out + $0) } == single.stdout)
            default: #expect(files.allSatisfy { $0.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) }, "zstd frames")
            }
        }
    }

    @Test func outputSettingsFromTheConfigAndOldShardsAreCleared() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("p.json")
        try Data("""
            {"name": "news", "input": {"paths": ["\(CLI.packageRoot.path)/Pipelines/samples"]},
             "stages": ["html-cleanup", "tokenize", "sentences"],
             "output": {"path": "out/", "shard_size": 5, "compression": "gzip"}}
            """.utf8).write(to: config)
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: out + "/part-00007.jsonl.gz"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        let result = try CLI.run(["run", config.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["notes.txt", "part-00000.jsonl.gz", "part-00001.jsonl.gz"])
        let validate = try CLI.run(["validate", config.path])
        #expect(validate.status == 0, "\(validate.output)")
    }

    @Test func outputMistakesAreUsageErrors() throws {
        let resumeStdout = try CLI.run(["run", "Pipelines/news.json", "--resume", "--quiet"])
        #expect(resumeStdout.status == 2)
        #expect(resumeStdout.stderr.contains("standard output cannot be resumed"))
        let shardStdout = try CLI.run(["run", "Pipelines/news.json", "--shard-size", "3"])
        #expect(shardStdout.status == 2)
        #expect(shardStdout.stderr.contains("-o DIR/"))
        let noFolder = try CLI.run(["run", "Pipelines/news.json", "-o", "/nonexistent-sift/out.jsonl"])
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("does not exist"))
        let badCompression = try CLI.run(["run", "Pipelines/news.json", "--compression", "lzma"])
        #expect(badCompression.status == 2)
    }
}
