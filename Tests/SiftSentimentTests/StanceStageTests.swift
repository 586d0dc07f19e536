import Foundation
import SiftCore
import SiftJSON
import SiftText
import Testing
@testable import SiftSentiment

/// Helpers for the stance tests: run tokenize → sentences → sentiment → stance on a string.
enum StanceTesting {
    static let target: JSONValue = ["targets": [[
        "id": "stadium", "name": "the stadium plan",
        "mentions": ["phrases": ["stadium", "the plan", "the project", "the decision", "the move"]],
    ]]]

    static let sentiment = try! SentimentStage(explain: false)

    static func stage(_ options: StanceStage.Options = .init(inlineTargets: target)) throws -> StanceStage {
        try StanceStage(options: options, context: StageContext(baseDirectory: ""))
    }

    /// The stance of the one target in `text`.
    static func run(_ text: String, stage: StanceStage? = nil) throws -> StanceTargetResult {
        var document = Document(text: text)
        document.setText(text)
        try TokenizeStage().process(&document)
        try SentenceStage().process(&document)
        try sentiment.process(&document)
        try (stage ?? Self.stage()).process(&document)
        return try #require(document.layers[StanceLayer.self]?.targets.first)
    }

    /// `holder`'s label, or nil when no holder's text ends with `holder`.
    static func label(of holder: String, in result: StanceTargetResult) -> StanceLabel? {
        result.holders.first { $0.text.hasSuffix(holder) }?.judgement.label
    }

    /// The repository root (the folder holding Config/ and Tests/).
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

@Suite struct StanceStageTests {
    @Test(arguments: [
        ("“The stadium is a wonderful idea,” said Mayor Ellen Park.", "Ellen Park", StanceLabel.favor),
        ("“The stadium is a disgrace,” Mayor Ellen Park said.", "Ellen Park", .against),
        ("Mayor Ellen Park said: “The stadium is a bold investment.”", "Ellen Park", .favor),
        ("Mayor Ellen Park said that the stadium was a reckless gamble.", "Ellen Park", .against),
        ("According to Mayor Ellen Park, the stadium is a historic step forward.", "Ellen Park", .favor),
        ("Mayor Ellen Park described the stadium as a shameful waste.", "Ellen Park", .against),
        ("Mayor Ellen Park urged the council to follow suit and approve the stadium.", "Ellen Park", .favor),
        ("Mayor Ellen Park has called the project a mistake.", "Ellen Park", .against),
        ("Mayor Ellen Park hailed the stadium.", "Ellen Park", .favor),
        ("Mayor Ellen Park condemned the decision.", "Ellen Park", .against),
        ("The stadium is a mistake, said Mayor Ellen Park.", "Ellen Park", .against),
        ("“The stadium is a milestone” – Mayor Ellen Park", "Ellen Park", .favor),
        ("Mayor Ellen Park, speaking after a long meeting, welcomed the plan.", "Ellen Park", .favor),
        ("The project, Mayor Ellen Park argued, would be a costly mistake.", "Ellen Park", .against),
        ("“The stadium is daylight robbery,” one commuter said.", "commuter", .against),
        ("“The stadium is a wonderful gift,” said one local baker.", "local baker", .favor),
        ("The stadium is a sensible plan, argued the Daily Ledger in an editorial.", "Daily Ledger", .favor),
        ("Shop owners are delighted about the stadium.", "Shop owners", .favor),
        ("Business leaders remain deeply sceptical of the stadium.", "Business leaders", .against),
    ])
    func attributionPatterns(text: String, holder: String, label: StanceLabel) throws {
        let result = try StanceTesting.run(text)
        #expect(StanceTesting.label(of: holder, in: result) == label, "\(text): \(result.holders.map { ($0.text, $0.judgement.label) })")
        #expect(result.document.label == .none, "the document's own voice says nothing in: \(text)")
    }

    @Test(arguments: ["Critics", "Western governments", "Analysts", "Diplomats", "Officials", "The ministry"])
    func groupHolders(group: String) throws {
        let result = try StanceTesting.run("\(group) condemned the stadium plan.")
        let expected = group.hasPrefix("The ") ? String(group.dropFirst(4)) : group
        #expect(StanceTesting.label(of: expected, in: result) == .against, "\(result.holders.map(\.text))")
    }

    @Test func addresseesAndConjunctionsAreNoHolders() throws {
        let result = try StanceTesting.run("Mayor Ellen Park called the stadium a “brave decision” and urged others to follow suit, telling residents, “The stadium is good news.”")
        #expect(result.holders.map(\.text) == ["Mayor Ellen Park"], "\(result.holders.map(\.text))")
        #expect(result.holders.first?.judgement.label == .favor)
    }

    @Test func negationFlipsACue() throws {
        #expect(StanceTesting.label(of: "Critics", in: try StanceTesting.run("Critics did not welcome the stadium.")) == .against)
        #expect(StanceTesting.label(of: "Critics", in: try StanceTesting.run("Critics refused to support the plan.")) == .against)
        #expect(try StanceTesting.run("The stadium is not a mistake.").document.label == .favor)
    }

    @Test func contrastWeighsTheClauseAfterBut() throws {
        let result = try StanceTesting.run("Analyst Priya Raman praised the stadium at first, but she later called the project a costly mistake.")
        #expect(StanceTesting.label(of: "Priya Raman", in: result) == .against)
        #expect(try StanceTesting.run("The stadium is costly, but it is a wise and historic plan.").document.label == .favor)
    }

    @Test func pronounHolderGoesToTheLatestSpeaker() throws {
        let result = try StanceTesting.run("Councillor Tom Reyes spoke on Monday. “The stadium is a reckless gamble,” he said.")
        #expect(StanceTesting.label(of: "Tom Reyes", in: result) == .against, "\(result.holders.map(\.text))")
    }

    @Test func statementsWithoutTheTargetCountForNothing() throws {
        let result = try StanceTesting.run("The council condemned vandalism. Residents praised the new library.")
        #expect(result.holders.allSatisfy { $0.judgement.label == .none })
        #expect(result.document.label == .none)
    }

    @Test func anaphorCarriesTheTargetToTheNextSentence() throws {
        let result = try StanceTesting.run("The city approved the stadium on Monday. Critics said it was a reckless waste.")
        #expect(StanceTesting.label(of: "Critics", in: result) == .against)
    }

    @Test func emptyDocument() throws {
        let result = try StanceTesting.run("")
        #expect(result.document.label == .none && result.holders.isEmpty && result.document.evidence.isEmpty)
    }

    @Test func holdersMergeByName() throws {
        let result = try StanceTesting.run("Mayor Ellen Park hailed the stadium. Park later said the project was a bold step forward.")
        #expect(result.holders.count == 1)
        #expect(result.holders.first?.judgement.evidence.count == 2)
    }

    @Test func useSentimentOffIgnoresSentimentOnlyEvidence() throws {
        let stage = try StanceTesting.stage(.init(inlineTargets: StanceTesting.target, useSentiment: false))
        let result = try StanceTesting.run("The stadium opening was a lovely, sunny day.", stage: stage)
        #expect(result.document.score == 0)
    }

    @Test func layerJSONHasTheDocumentedShape() throws {
        var document = Document(text: "“The stadium is a mistake,” said Jane Roe.")
        document.setText("“The stadium is a mistake,” said Jane Roe.")
        try TokenizeStage().process(&document)
        try SentenceStage().process(&document)
        try StanceTesting.sentiment.process(&document)
        try StanceTesting.stage().process(&document)
        var writer = JSONWriter()
        document.layers[StanceLayer.self]?.writeJSON(to: &writer, text: document.text)
        let json = try JSONParser().parse(writer.bytes)
        let target = try #require(json.objectValue?["targets"]?.arrayValue?.first?.objectValue)
        #expect(target["target"] == "stadium")
        let holder = try #require(target["holders"]?.arrayValue?.first?.objectValue)
        #expect(holder["holder"]?.objectValue?["text"] == "Jane Roe")
        #expect(holder["holder"]?.objectValue?["entity_id"] == .null)
        #expect(holder["label"] == "against")
        let cue = try #require(holder["evidence"]?.arrayValue?.first?.objectValue?["cues"]?.arrayValue?.first?.objectValue)
        #expect(cue["text"] == "mistake" && cue["start"] == 18 && cue["end"] == 25)
    }
}
