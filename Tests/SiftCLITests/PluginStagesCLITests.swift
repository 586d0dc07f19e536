import Foundation
import SiftJSON
import Testing

/// Plugin stages through the `pipeline` binary: listed like built-ins, run from configs.
@Suite(.serialized) struct PluginStagesCLITests {
    @Test func stagesListsPluginsAndTheProcessStageLikeBuiltIns() throws {
        let result = try CLI.run(["stages", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try JSONParser().parse(result.stdout).arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? []
        for id in ["process.v1", "quotes.rules.v1", "keywords.list.v1"] { #expect(ids.contains(id), "\(ids)") }
        let quotes = try CLI.run(["stages", "quotes"])
        #expect(quotes.status == 0)
        #expect(quotes.output.contains("quotes.rules.v1  (aliases: quotes)"))
        #expect(quotes.output.contains("examples:"))
    }

    @Test func pluginStagesRunFromAConfig() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "wind power\tenergy\nstrike\tlabour\n".write(to: folder.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        let config = """
            {"name": "plugins", "input": {"paths": ["\(CLI.packageRoot.path)/Pipelines/samples/"]},
             "stages": [{"stage": "html-cleanup"}, {"stage": "tokenize"}, {"stage": "quotes", "options": {"minimum_words": 2}},
                        {"stage": "keywords", "options": {"keywords": ["council", "port"], "lists": ["terms.tsv"]}}]}
            """
        try config.write(to: folder.appendingPathComponent("plugins.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["run", folder.appendingPathComponent("plugins.json").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 6)
        for line in result.lines {
            #expect(recordProblems(line).isEmpty, "\(recordProblems(line))")
            let record = try #require(try JSONParser().parse(line).objectValue)
            let scalars = Array((record["text"]?.stringValue ?? "").unicodeScalars)
            #expect(record["quotes"]?.arrayValue != nil && record["keywords"]?.objectValue != nil)
            let quotes = record["quotes"]?.arrayValue ?? []
            let matches = record["keywords"]?.objectValue?["matches"]?.arrayValue ?? []
            for item in quotes + matches + quotes.compactMap({ $0.objectValue?["speaker"] }).filter({ $0 != .null }) {
                guard let object = item.objectValue, let start = object["start"]?.intValue, let end = object["end"]?.intValue,
                      0 <= start, start <= end, end <= scalars.count else { Issue.record("bad span \(item.jsonText)"); continue }
                var covered = String.UnicodeScalarView()
                covered.append(contentsOf: scalars[start..<end])
                #expect(object["text"]?.stringValue == String(covered), "text is text[start:end] in code points")
            }
        }
        let all = result.lines.compactMap { try? JSONParser().parse($0).objectValue }
        #expect(all.contains { ($0["quotes"]?.arrayValue?.count ?? 0) > 0 }, "the samples quote people")
        #expect(all.contains { ($0["keywords"]?.objectValue?["counts"]?.objectValue?.count ?? 0) > 0 })
    }

    @Test func pluginOptionsAreValidatedLikeBuiltIns() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = #"{"stages": [{"stage": "html-cleanup"}, {"stage": "tokenize"}, {"stage": "keywords", "options": {"keyword": ["x"]}}, {"stage": "quotes", "options": {"minimum_words": 0}}]}"#
        try config.write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", folder.appendingPathComponent("bad.json").path])
        let report = result.output + result.stderr
        #expect(result.status == 2)
        #expect(report.contains("stages[2].options.keyword: unknown option 'keyword'; did you mean 'keywords'?"), "\(report)")
        #expect(report.contains("stages[3].options.minimum_words: must be at least 1"), "\(report)")
    }
}
