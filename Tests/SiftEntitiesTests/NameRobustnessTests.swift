import Dispatch
import Synchronization
import Foundation
import SiftCore
import Testing
@testable import SiftEntities

/// Bounded time on hostile documents, and the same results from several threads at once.
@Suite struct NameRobustnessTests {
    /// Runs the names stage alone (tokens and sentences prepared beforehand) and returns seconds taken.
    static func timeNames(_ document: Document) throws -> (seconds: Double, entities: [Entity]) {
        var copy = document
        let started = DispatchTime.now().uptimeNanoseconds
        try NameRulesStage().process(&copy)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return (seconds, copy.layers[EntitiesLayer.self]?.items ?? [])
    }

    /// About 1 MB of `pattern` repeated (words separated by spaces, no sentence punctuation).
    static func megabyte(_ pattern: [String]) -> String {
        var words: [String] = []
        var size = 0
        var index = 0
        while size < 1_000_000 {
            let word = pattern[index % pattern.count]
            words.append(word)
            size += word.utf8.count + 1
            index += 1
        }
        return words.joined(separator: " ")
    }

    @Test(arguments: [
        ["Aaaa", "Bbbbb", "Cccc", "Ddddd"],
        ["John", "Smith", "Mary", "Jones"],
        ["President", "Foreign", "Minister", "Xyz"],
        ["Ministry", "of", "Bank", "of"],
        ["the", "Zzz", "of", "Yyy", "Ltd", "&"],
        ["al", "-", "Aaa", "bin", "Bbb"],
    ])
    func oneMegabyteOfCapitalisedWordsIsFast(pattern: [String]) throws {
        let document = try NameHarness.prepared(Self.megabyte(pattern))
        let (seconds, entities) = try Self.timeNames(document)
        // Measured: well under 1 s in a debug build; the bound allows a slow, shared machine.
        #expect(seconds < 30, "names took \(seconds) s on 1 MB of \(pattern)")
        for (left, right) in zip(entities, entities.dropFirst()) { #expect(left.span.end <= right.span.start) }
    }

    @Test func oneMegabyteOfShortSentencesIsFast() throws {
        let text = String(repeating: "Foreign Minister Sergey Lavrov met Xi Jinping in Kabul. Lavrov left. ", count: 14_000)
        let document = try NameHarness.prepared(text)
        let (seconds, entities) = try Self.timeNames(document)
        #expect(seconds < 30, "names took \(seconds) s")
        #expect(entities.count == 14_000 * 4)
    }

    @Test func concurrentCallsAgree() throws {
        let texts = [
            "Afghan Foreign Minister Amir Khan Muttaqi met Russian envoy Dmitry Zhirnov. Muttaqi smiled.",
            "The Russian Foreign Ministry and the Supreme Court agreed. Enron Corp. hired J. Smith.",
            "Russia Grants Recognition to Taliban Government of Afghanistan\n\nPresident Vladimir Putin spoke.",
            String(repeating: "Xyz Abc of the Qqq Bank said. ", count: 200),
        ]
        let stage = NameRulesStage()
        let documents = try texts.map { try NameHarness.prepared($0) }
        let expected = try documents.map { document -> [Entity] in
            var copy = document
            try stage.process(&copy)
            return copy.layers[EntitiesLayer.self]?.items ?? []
        }
        let results = NameResultsBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            var copy = documents[iteration % documents.count]
            try? stage.process(&copy)
            results.set(iteration, copy.layers[EntitiesLayer.self]?.items ?? [])
        }
        for iteration in 0..<64 { #expect(results.get(iteration) == expected[iteration % documents.count]) }
    }

    @Test func brokenTextDoesNotTrap() throws {
        let text = "\u{FFFD}\u{FFFD} Éric Zemmour 😀 met ÅSA Åström in Łódź. 𝒜𝒷𝒸 Ünal Çelik ’s ' - & -- al- bin"
        let entities = try NameHarness.entities(text)
        let document = DocumentText(text)
        for entity in entities { #expect(!document.substring(entity.span).isEmpty) }
    }
}

/// Results written by concurrent iterations, each to its own slot, behind a lock.
final class NameResultsBox: Sendable {
    private let storage: Mutex<[[Entity]]>

    init(count: Int) { storage = Mutex(Array(repeating: [], count: count)) }

    func set(_ index: Int, _ value: [Entity]) { storage.withLock { $0[index] = value } }
    func get(_ index: Int) -> [Entity] { storage.withLock { $0[index] } }
}
