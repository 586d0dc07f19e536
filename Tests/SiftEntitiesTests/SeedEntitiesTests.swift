import Foundation
import SiftCore
import Testing
@testable import SiftEntities

/// The entities a reader sees in the five seed articles (`../shared/corpora/seeds`), found by the whole
/// pipeline (cleanup → tokenize → sentences → gazetteer with the default lists → names), with the
/// right labels, one id per person, and no junk from headings.
@Suite struct SeedEntitiesTests {
    static let folder = NameCorpus.corpora.appendingPathComponent("seeds")
    static let available = FileManager.default.fileExists(atPath: folder.path)

    /// Each seed article (by file-name prefix) with its entities as `text → (label, id)` pairs, in order.
    static let articles: [String: [(text: String, label: String, id: String)]] = {
        guard available, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
            let stages = try? NameCorpus.entityStages(gazetteer: true)
        else { return [:] }
        var result: [String: [(text: String, label: String, id: String)]] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                let document = try? NameCorpus.run(text, stages: stages), let documentText = document.text
            else { continue }
            result[String(name.prefix(3))] = (document.layers[EntitiesLayer.self]?.items ?? []).map {
                (documentText.substring($0.span), $0.label, $0.id)
            }
        }
        return result
    }()

    static func labels(of text: String, in article: String) -> Set<String> {
        Set((articles[article] ?? []).filter { $0.text == text }.map(\.label))
    }

    static func ids(of text: String, in article: String) -> Set<String> {
        Set((articles[article] ?? []).filter { $0.text == text }.map(\.id))
    }

    @Test(.enabled(if: available), arguments: [
        ("000", "Gul Hassan Hassan"), ("000", "Joe Biden"), ("001", "Dmitry Zhirnov"), ("001", "Amir Khan Muttaqi"),
        ("001", "Sergey Lavrov"), ("001", "Lavrov"), ("002", "Amir Khan Muttaqi"), ("002", "Vladimir Putin"),
        ("002", "Putin"), ("004", "Sergey Lavrov"), ("004", "Vladimir Putin"), ("004", "Putin"),
    ])
    func people(article: String, name: String) {
        #expect(Self.labels(of: name, in: article) == ["PERSON"], "\(name) in \(article): \(Self.labels(of: name, in: article))")
    }

    @Test(.enabled(if: available), arguments: [
        ("000", "Russia"), ("000", "Afghanistan"), ("000", "U.S."), ("000", "United States"), ("001", "China"),
        ("001", "Pakistan"), ("001", "Moscow"), ("001", "Kabul"), ("001", "Ukraine"), ("002", "Uzbekistan"),
        ("002", "United Arab Emirates"), ("004", "North Korea"), ("004", "Iran"),
    ])
    func places(article: String, name: String) {
        #expect(Self.labels(of: name, in: article) == ["GPE"], "\(name) in \(article): \(Self.labels(of: name, in: article))")
    }

    @Test(.enabled(if: available), arguments: [
        ("000", "Taliban"), ("000", "Russian Foreign Ministry"), ("001", "United Nations"), ("001", "Supreme Court"),
        ("001", "Kremlin"), ("002", "Russian Foreign Ministry"), ("002", "Reuters"), ("002", "Islamic State"),
        ("003", "United Nations"), ("004", "TASS"), ("004", "State Duma"), ("004", "Supreme Court"),
    ])
    func organisations(article: String, name: String) {
        #expect(Self.labels(of: name, in: article) == ["ORG"], "\(name) in \(article): \(Self.labels(of: name, in: article))")
    }

    @Test(.enabled(if: available))
    func laterMentionsShareTheFullMentionsId() {
        #expect(Self.ids(of: "Lavrov", in: "001") == Self.ids(of: "Sergey Lavrov", in: "001"))
        #expect(Self.ids(of: "Putin", in: "002") == Self.ids(of: "Vladimir Putin", in: "002"))
        #expect(Self.ids(of: "Putin", in: "004") == Self.ids(of: "Vladimir Putin", in: "004"))
        #expect(Self.ids(of: "Vladimir Putin", in: "004") == ["local:PERSON:vladimir-putin"])
        #expect(Self.ids(of: "Amir Khan Muttaqi", in: "001").count == 1)
        #expect(Self.ids(of: "Russia", in: "003") == ["iso3166:RU"], "list entities keep the list's id")
    }

    @Test(.enabled(if: available))
    func nothingIsMislabelled() {
        for (article, entities) in Self.articles {
            for entity in entities {
                if ["Russia", "Afghanistan", "Moscow", "Kabul", "China", "Pakistan"].contains(entity.text) {
                    #expect(entity.label == "GPE", "\(entity.text) in \(article) is \(entity.label)")
                }
                #expect(entity.label != "PERSON" || !entity.text.contains("Russia"), "\(entity.text) in \(article)")
            }
        }
    }

    @Test(.enabled(if: available))
    func headingsAndSentenceStartsYieldNoJunk() {
        let junk: Set<String> = [
            "Grants", "Recognition", "Government", "Officially", "Recognises", "Rule", "Marking", "Global", "First",
            "Ruling Power", "Home", "Nation", "States", "International", "Politics", "Opinion", "Economy", "Sports",
            "Entertainment", "Nonetheless", "Critics", "Observers", "Breaking", "Western", "Several", "TOP CATEGORIES",
            "QUICK LINKS", "Also", "In", "The", "They", "They’ve",
        ]
        for (article, entities) in Self.articles {
            for entity in entities {
                #expect(!junk.contains(entity.text), "junk entity \(entity.text) in \(article)")
                #expect(!entity.text.hasPrefix("The "), "\(entity.text) in \(article) starts with a function word")
            }
        }
        #expect(Self.articles.count == 5)
    }
}
