import Foundation
import SiftCore
import SiftHTML
import SiftText
import Testing
@testable import SiftSentiment

/// The five seed articles (../shared/corpora/seeds: one event, Russia's recognition of the Taliban government,
/// five outlets) with the shipped Config/stance/targets.json, without an entities layer. Holder stances that the
/// articles state plainly must come out right; skipped when ../shared is absent.
@Suite struct StanceSeedTests {
    static let folder = StanceTesting.root.deletingLastPathComponent().appendingPathComponent("shared/corpora/seeds")

    static func holders() throws -> [(file: String, holder: StanceHolder)] {
        let stage = try StanceStage(options: .init(targets: "Config/stance/targets.json"), context: StageContext(baseDirectory: StanceTesting.root.path))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var result: [(String, StanceHolder)] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var document = Document(id: file, text: text)
            try HTMLCleanupStage().process(&document)
            try TokenizeStage().process(&document)
            try SentenceStage().process(&document)
            try StanceTesting.sentiment.process(&document)
            try stage.process(&document)
            for holder in document.layers[StanceLayer.self]?.targets.first?.holders ?? [] { result.append((file, holder)) }
        }
        return result
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder.path)))
    func plainlyStatedHolderStances() throws {
        let holders = try Self.holders()
        // (words in the holder, expected label, at least this many articles where the holder has a stance).
        let expectations: [(String, StanceLabel, Int)] = [
            ("Muttaqi", .favor, 2),           // "hails", "brave decision", "courageous step", "follow suit"
            ("Foreign Ministry", .favor, 3),  // "will give impetus to … productive bilateral cooperation"
            ("Critics", .against, 1),         // "could further undermine international efforts … on human rights"
            ("Others", .against, 1),          // "warn that it risks legitimising a regime"
            ("analysts", .favor, 1),          // "could pave the way for other nations to engage"
        ]
        for (words, label, minimum) in expectations {
            let matching = holders.filter { $0.holder.text.contains(words) }
            #expect(matching.allSatisfy { $0.holder.judgement.label == label || $0.holder.judgement.label == .none },
                    "\(words): \(matching.map { ($0.file, $0.holder.judgement.label) })")
            #expect(Set(matching.filter { $0.holder.judgement.label == label }.map(\.file)).count >= minimum, "\(words): \(matching.map(\.file))")
        }
        #expect(!holders.contains { $0.holder.text == "Meanwhile" })
    }
}
