import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing
@testable import SiftSentiment

/// Options, files and their error messages, the built-in lexicon, the descriptor's examples and limits.
@Suite struct StanceSetupTests {
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sift-stance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files { try Data(contents.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    static func setupError(_ options: StanceStage.Options, files: [String: String] = [:]) throws -> StageSetupError? {
        let folder = try folder(files)
        do {
            _ = try StanceStage(options: options, context: StageContext(baseDirectory: folder))
            return nil
        } catch let error as StageSetupError {
            return error
        }
    }

    @Test func builtInCuesEqualTheConfigFile() throws {
        let file = try String(contentsOf: StanceTesting.root.appendingPathComponent("Config/stance/cues.tsv"), encoding: .utf8)
        #expect(CueLexiconBuiltin.tsv + "\n" == file, "copy Config/stance/cues.tsv into CueLexiconBuiltin.swift")
    }

    @Test func shippedTargetsFileLoads() throws {
        let stage = try StanceStage(options: .init(targets: "Config/stance/targets.json"), context: StageContext(baseDirectory: StanceTesting.root.path))
        #expect(stage.targets.map(\.id) == ["recognition"])
    }

    @Test func missingTargetsExplains() throws {
        let error = try #require(try Self.setupError(.init()))
        #expect(error.option == "targets" && error.message.contains("targets JSON file"))
    }

    @Test(arguments: [
        ("{\"targets\": [", "t.json: line 1"),
        ("[]", "t.json: $: expected an object"),
        ("{\"targets\": []}", "t.json: $.targets: no targets"),
        ("{\"targets\": [{\"name\": \"x\", \"mentions\": {\"phrases\": [\"x\"]}}]}", "t.json: $.targets[0].id: expected a non-empty string"),
        ("{\"targets\": [{\"id\": \"x\"}]}", "t.json: $.targets[0].mentions: expected an object"),
        ("{\"targets\": [{\"id\": \"x\", \"mentions\": {\"phrases\": [3]}}]}", "t.json: $.targets[0].mentions.phrases[0]: expected a non-empty string"),
        ("{\"targets\": [{\"id\": \"x\", \"mentions\": {\"phrase\": [\"x\"]}}]}", "t.json: $.targets[0].mentions.phrase: unknown key"),
        ("{\"targets\": [{\"id\": \"x\", \"mentions\": {\"phrases\": [\"x\"]}}, {\"id\": \"x\", \"mentions\": {\"phrases\": [\"y\"]}}]}", "t.json: $.targets[1].id: duplicate"),
        ("{\"targets\": [{\"id\": \"x\", \"mentions\": {\"phrases\": [\"x\"]}, \"cues\": {\"pro\": []}}]}", "t.json: $.targets[0].cues.pro: unknown key"),
    ])
    func badTargetsFiles(contents: String, message: String) throws {
        let error = try #require(try Self.setupError(.init(targets: "t.json"), files: ["t.json": contents]))
        #expect(error.option == "targets")
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }

    @Test func unreadableTargetsFileNamesThePath() throws {
        let error = try #require(try Self.setupError(.init(targets: "nowhere.json")))
        #expect(error.message.contains("nowhere.json"))
    }

    @Test(arguments: [
        ("welcome\t+1\t1\nbad line\n", "c.tsv:2:"),
        ("welcome\t+2\t1\n", "c.tsv:1: polarity '+2'"),
        ("# comment\n\nwelcome\t+1\tmuch\n", "c.tsv:3: weight 'much'"),
        ("we*\t-1\t1\n", "c.tsv:1: 'we*'"),
    ])
    func malformedCueLinesNameFileAndLine(contents: String, message: String) throws {
        let error = try #require(try Self.setupError(.init(inlineTargets: StanceTesting.target, extraCues: ["c.tsv"]), files: ["c.tsv": contents]))
        #expect(error.option == "extra_cues")
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }

    @Test func suffixRuleAndExtraCues() throws {
        var lexicon = CueLexicon()
        try lexicon.add(contents: "condemn*\t-1\t1\tverb\nfollow suit\t+1\t0.8\n", name: "x", option: "cues")
        #expect(lexicon.match(["condemnation"], at: 0, end: 1)?.entry.polarity == -1)
        #expect(lexicon.match(["con"], at: 0, end: 1) == nil)
        #expect(lexicon.match(["follow", "suit", "."], at: 0, end: 3)?.length == 2)
        let folder = try Self.folder(["extra.tsv": "stadium-friendly\t+1\t2\n"])
        let stage = try StanceStage(options: .init(inlineTargets: StanceTesting.target, extraCues: ["extra.tsv"]), context: StageContext(baseDirectory: folder))
        #expect(try StanceTesting.run("The stadium plan is stadium-friendly.", stage: stage).document.label != .against)
    }

    @Test func minScoreOutOfRange() throws {
        #expect(try Self.setupError(.init(inlineTargets: StanceTesting.target, minScore: 0))?.option == "min_score")
    }

    @Test func optionDefaultsMatchTheDocs() throws {
        let defaults = StanceStage.Options()
        let documented = Dictionary(uniqueKeysWithValues: StanceStage.descriptor.options.map { ($0.name, $0.defaultValue) })
        #expect(Set(documented.keys) == Set(StanceStage.Options.CodingKeys.allCases.map(\.rawValue)))
        #expect(documented["use_sentiment"] == .bool(defaults.useSentiment))
        #expect(documented["min_score"] == .number(defaults.minScore))
        #expect(documented["extra_cues"] == .array([]) && defaults.extraCues.isEmpty)
        #expect(documented["targets"]! == nil && documented["cues"]! == nil && defaults.targets == nil)
    }

    @Test(arguments: StanceStage.descriptor.examples.indices)
    func descriptorExamplesHold(index: Int) throws {
        let example = StanceStage.descriptor.examples[index]
        let options = try JSONValueDecoder().decode(StanceStage.Options.self, from: example.options).value
        var document = Document(text: example.text)
        document.setText(example.text)
        try TokenizeStage().process(&document)
        try SentenceStage().process(&document)
        try StanceTesting.sentiment.process(&document)
        try StanceStage(options: options, context: StageContext(baseDirectory: "")).process(&document)
        let layer = try #require(document.layers[StanceLayer.self])
        #expect(layer.spans.map { document.text!.substring($0) } == example.expected["stance"])
    }

    @Test func oneMegabyteSentenceInBoundedTime() throws {
        var text = "Critics said the stadium"
        let words = [" is", " a", " mistake", " but", " they", " did", " not", " welcome", " it", " and", " “", "bold", "”", " said", " Park", ","]
        var index = 0
        while text.utf8.count < 1_000_000 { text += words[index % words.count]; index += 1 }
        let document = StanceTesting.oneSentence(text)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            var copy = document
            try StanceTesting.stage().process(&copy)
            #expect(copy.layers[StanceLayer.self] != nil)
        }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }
}

extension StanceTesting {
    /// A document whose whole text is one sentence, tokens split at spaces (no tokenizer involved).
    static func oneSentence(_ text: String) -> Document {
        var document = Document(text: text)
        document.setText(text)
        var tokens: [Token] = []
        var start: Int?
        for (offset, unit) in text.utf16.enumerated() {
            if unit == 0x20, let first = start { tokens.append(Token(span: TextSpan(start: first, end: offset), kind: .word)); start = nil }
            else if unit != 0x20 && start == nil { start = offset }
        }
        if let first = start { tokens.append(Token(span: TextSpan(start: first, end: text.utf16.count), kind: .word)) }
        document.layers[TokensLayer.self] = Tokens(tokens)
        document.layers[SentencesLayer.self] = Sentences([Sentence(span: TextSpan(start: 0, end: text.utf16.count), tokens: 0..<tokens.count)])
        return document
    }
}
