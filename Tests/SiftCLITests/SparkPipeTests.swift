import Foundation
import Testing
import SiftJSON

/// The Spark route for real: a local-mode PySpark job pipes a JSON Lines dataset through the built binary
/// (`rdd.pipe`) and WARC.gz files through it with `mapPartitions`, and the results equal a direct run.
/// Runs in CI (`CI` set; .ci/run installs pyspark into the test venv); locally set SIFT_SPARK_TEST=1 and
/// SIFT_TEST_PYTHON to a Python with pyspark (`make test-venv`). Java 17 must be on the PATH.
@Suite(.serialized, .enabled(if: ArchiveFixtures.sparkEnabled, "opt-in locally: SIFT_SPARK_TEST=1 and SIFT_TEST_PYTHON with pyspark; always runs in CI"))
struct SparkPipeTests {
    static let job = #"""
        import json, os, shlex, subprocess, sys
        from pyspark import SparkConf, SparkContext
        binary, config, data, warcs, out = sys.argv[1:6]
        command = [binary, "run", config, "--input", "-", "--output", "-", "--quiet", "--jobs", "1", "--hadoop-counters"]
        conf = SparkConf().setMaster("local[2]").setAppName("sift-pipe-test").set("spark.ui.enabled", "false")
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        try:
            # JSON Lines: one result line per input line, in order within each partition; collect() keeps partition order.
            lines = sc.textFile(data, minPartitions=4).pipe(shlex.join(command), env={"LC_ALL": "C.UTF-8"}).collect()
            # WARC files: each file's bytes go through the binary on stdin, one call per file; the driver
            # puts the files back in name order.
            def run_files(files):
                for path, content in files:
                    done = subprocess.run(command, input=bytes(content), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                    yield path, done.stdout.decode("utf-8").splitlines()
            per_file = sorted(sc.binaryFiles(warcs, minPartitions=2).mapPartitions(run_files).collect())
            warc_lines = [line for _, file_lines in per_file for line in file_lines]
        finally:
            sc.stop()
        with open(out, "w") as f:
            json.dump({"lines": lines, "warc_lines": warc_lines}, f)
        """#

    @Test func rddPipeAndMapPartitionsGiveTheDirectRunsResults() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("docs.jsonl").path
        try writeTextRecords(300, to: data, sentences: 4)
        let warcs = folder.appendingPathComponent("warcs").path
        try FileManager.default.createDirectory(atPath: warcs, withIntermediateDirectories: true)
        let root = try ArchiveFixtures.folder()
        for name in ["a", "b"] { try FileManager.default.copyItem(atPath: root + "/good/pages.warc.gz", toPath: warcs + "/\(name).warc.gz") }
        let script = folder.appendingPathComponent("job.py").path
        try Data(Self.job.utf8).write(to: URL(fileURLWithPath: script))
        let out = folder.appendingPathComponent("spark.json").path
        let python = try #require(ArchiveFixtures.python, "CI must set SIFT_TEST_PYTHON")
        try ArchiveFixtures.runPython([script, CLI.binary, CLI.packageRoot.path + "/Pipelines/news.json", data, warcs, out],
                                      environment: ["PYSPARK_PYTHON": python, "PYSPARK_DRIVER_PYTHON": python])
        let result = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: out)))).objectValue
        let sparkLines = result?["lines"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let direct = try CLI.run(["run", "Pipelines/news.json", data, "--quiet"])
        #expect(sparkLines.count == direct.lines.count)
        // Line numbers in `source` count from each partition's start; everything else is identical.
        let strip: (String) throws -> JSONObject = { line in
            var record = try JSONParser().parse(line).objectValue ?? JSONObject()
            record["source"] = nil
            if record["error"] != nil {  // failures of unparsable lines are named after the file and line
                record["id"] = nil
                record["error"] = record["error"]?.objectValue?["code"]
            }
            return record
        }
        #expect(try sparkLines.map(strip) == direct.lines.map(strip))
        let warcLines = result?["warc_lines"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let directWARC = try CLI.run(["run", "Pipelines/news.json", warcs + "/a.warc.gz", warcs + "/b.warc.gz", "--quiet"])
        #expect(try warcLines.map(strip) == directWARC.lines.map(strip))
        #expect(warcLines.count == 12)
    }
}
