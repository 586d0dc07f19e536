import Foundation
import SiftCore
import Testing
@testable import SiftEntities

/// The compiled-gazetteer cache: written once, read back identical, never used when stale or damaged.
@Suite struct GazetteerCacheTests {
    static let list = "Sergey Lavrov\tPERSON\tQ58090\tLavrov\nMoscow\tGPE\tQ649\nUnited Nations\tORG\tQ1065\tUN\n"
    static let text = "Sergey Lavrov met UN envoys in Moscow. Lavrov spoke first."

    /// A fresh folder holding `list.tsv`, removed by the caller.
    static func folder(list: String = list) throws -> String {
        let folder = try GazetteerFixture.folder()
        try GazetteerFixture.write(list, to: "list.tsv", in: folder)
        return folder
    }

    static func gazetteer(_ folder: String, cache: GazetteerCache.Policy) throws -> Gazetteer {
        try Gazetteer(lists: [GazetteerListOptions(path: "list.tsv", label: "MISC")], context: StageContext(baseDirectory: folder), cache: cache)
    }

    static func found(_ gazetteer: Gazetteer, _ text: String = text) throws -> [String] {
        let document = try GazetteerFixture.document(text)
        let documentText = try document.requireText()
        return try gazetteer.entities(
            in: documentText, tokens: document.require(TokensLayer.self).items, sentences: document.require(SentencesLayer.self).items
        ).map { "\(documentText.substring($0.span))|\($0.label)|\($0.id)" }
    }

    static func cacheFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".siftgaz") }.sorted()
    }

    @Test func theFirstBuildWritesTheCacheAndTheSecondReadsItBack() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFolder = folder + "/cache"
        let compiled = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        #expect(compiled.cacheFile == nil)
        #expect(Self.cacheFiles(cacheFolder).count == 1)
        let cached = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        #expect(cached.cacheFile == cacheFolder + "/" + Self.cacheFiles(cacheFolder)[0])
        #expect(try Self.found(cached) == Self.found(compiled))
        #expect(try Self.found(cached) == ["Sergey Lavrov|PERSON|Q58090", "UN|ORG|Q1065", "Moscow|GPE|Q649", "Lavrov|PERSON|Q58090"])
        #expect(cached.statistics == compiled.statistics)
        #expect(cached.byteCount == compiled.byteCount)
        #expect(cached.tokenCount == compiled.tokenCount)
    }

    @Test func anEditedListMissesTheCache() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFolder = folder + "/cache"
        _ = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        try GazetteerFixture.write(Self.list + "Kremlin\tORG\tQ42138\n", to: "list.tsv", in: folder)
        let edited = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        #expect(edited.cacheFile == nil)
        #expect(try Self.found(edited, "The Kremlin said no.") == ["Kremlin|ORG|Q42138"])
        #expect(Self.cacheFiles(cacheFolder).count == 2)
        #expect(try Self.gazetteer(folder, cache: .folder(cacheFolder)).cacheFile != nil)
    }

    @Test func otherOptionsMissTheCache() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFolder = folder + "/cache"
        _ = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        let sensitive = try Gazetteer(
            lists: [GazetteerListOptions(path: "list.tsv", label: "MISC", caseMode: .sensitive)],
            context: StageContext(baseDirectory: folder), cache: .folder(cacheFolder))
        #expect(sensitive.cacheFile == nil)
    }

    @Test(arguments: ["flip", "truncate", "empty", "garbage"])
    func aDamagedCacheIsRebuiltNotTrusted(damage: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFolder = folder + "/cache"
        let compiled = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        let file = cacheFolder + "/" + Self.cacheFiles(cacheFolder)[0]
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        switch damage {
        case "flip": bytes[bytes.count / 2] ^= 0x40
        case "truncate": bytes.removeLast(bytes.count / 3)
        case "empty": bytes = []
        default: bytes = (0..<bytes.count).map { UInt8(truncatingIfNeeded: $0 &* 131) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let rebuilt = try Self.gazetteer(folder, cache: .folder(cacheFolder))
        #expect(rebuilt.cacheFile == nil)
        #expect(try Self.found(rebuilt) == Self.found(compiled))
        #expect(try Self.gazetteer(folder, cache: .folder(cacheFolder)).cacheFile == file, "the rebuild rewrote the cache")
    }

    @Test func offWritesNothingAndAnUnwritableFolderIsNoError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let off = try Self.gazetteer(folder, cache: .off)
        #expect(off.cacheFile == nil)
        #expect(!FileManager.default.fileExists(atPath: folder + "/.sift-cache"))
        let unwritable = try Self.gazetteer(folder, cache: .folder("/proc/sift-no-such-folder"))
        #expect(try Self.found(unwritable) == Self.found(off))
    }

    @Test func smallListsAreNotCachedAutomatically() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.gazetteer(folder, cache: .automatic)
        #expect(!FileManager.default.fileExists(atPath: folder + "/.sift-cache"))
    }

    /// A list over 1 MiB is cached beside itself by the stage, unless its `cache` option is false.
    @Test func theStageCachesLargeListsBesideThem() throws {
        var lines = Self.list
        var index = 0
        while lines.utf8.count < GazetteerCache.minimumSourceBytes {
            lines += "Placename\(index) Town\tGPE\tbench:\(index)\n"
            index += 1
        }
        let folder = try Self.folder(list: lines)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = GazetteerStage.Options(lists: [GazetteerListOptions(path: "list.tsv", label: "MISC")], cache: false)
        _ = try GazetteerStage(options: options, context: StageContext(baseDirectory: folder))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.sift-cache"))
        let first = try GazetteerStage(lists: [GazetteerListOptions(path: "list.tsv", label: "MISC")], baseDirectory: folder)
        #expect(first.gazetteer.cacheFile == nil)
        #expect(Self.cacheFiles(folder + "/.sift-cache").count == 1)
        let second = try GazetteerStage(lists: [GazetteerListOptions(path: "list.tsv", label: "MISC")], baseDirectory: folder)
        #expect(second.gazetteer.cacheFile?.hasPrefix(folder + "/.sift-cache/list-") == true)
        #expect(try GazetteerFixture.entities("Placename17 Town and Moscow.", second) == GazetteerFixture.entities("Placename17 Town and Moscow.", first))
    }

    @Test func theDigestDoesNotDependOnHowTheBytesArrive() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        var whole = ContentDigest()
        bytes.withUnsafeBytes { whole.update($0) }
        for split in [1, 3, 8, 13, 500, 999] {
            var pieces = ContentDigest()
            bytes[..<split].withUnsafeBytes { pieces.update($0) }
            bytes[split...].withUnsafeBytes { pieces.update($0) }
            #expect(pieces.hex == whole.hex)
        }
        var other = ContentDigest()
        var changed = bytes
        changed[500] ^= 1
        changed.withUnsafeBytes { other.update($0) }
        #expect(other.hex != whole.hex)
        #expect(whole.hex.count == 32)
    }
}
