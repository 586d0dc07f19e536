import Foundation
import SiftCore
import SiftHTML
import Testing

/// `source_map` on every page of the shared extraction corpus and on the seed texts (skipped when absent):
/// the text does not change, the map is well-formed, and whole segments copied from plain source bytes
/// (no markup, no reference) hold their text.
@Suite("Source map corpus")
struct SourceMapCorpusTests {
    static var seeds: [URL]? {
        let folder = SharedCorpus.root.appendingPathComponent("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
        return files.isEmpty ? nil : files
    }

    func check(_ raw: RawContent, bytes: [UInt8], name: String, mode: HTMLCleanupStage.Options.Mode) throws -> Int {
        var plain = Document(id: name, source: SourceInfo(path: name), raw: raw)
        try HTMLCleanupStage(options: HTMLCleanupStage.Options(mode: mode)).process(&plain)
        var mapped = Document(id: name, source: SourceInfo(path: name), raw: raw)
        try HTMLCleanupStage(options: SourceMapCheck.options(mode)).process(&mapped)
        #expect(plain.text?.string == mapped.text?.string, "\(name): the map changed the text")
        try SourceMapCheck.wellFormed(mapped, raw: bytes)
        let map = try SourceMapCheck.map(mapped)
        let scalars = Array(try #require(mapped.text?.string).unicodeScalars)
        for segment in map.segments where !segment.isOneBytePerCharacter {
            let source = bytes[segment.sourceStart..<segment.sourceEnd]
            guard !source.contains(0x3C), !source.contains(0x26) else { continue } // markup or a reference
            let text = String(String.UnicodeScalarView(scalars[segment.textStart..<segment.textEnd]))
            let decoded = String(decoding: source, as: UTF8.self)
            #expect(SourceMapCheck.squeezed(decoded).contains(SourceMapCheck.squeezed(text)), "\(name): \(segment) '\(text)' ← '\(decoded)'")
        }
        // Nearly all visible text is covered (what is not: separators and whitespace the cleanup wrote).
        let covered = map.segments.reduce(0) { $0 + $1.textLength }
        let visible = scalars.filter { !$0.properties.isWhitespace }.count
        #expect(covered >= visible, "\(name): \(covered) characters covered of \(visible) visible")
        return map.segments.count
    }

    @Test(.enabled(if: SharedCorpus.extractionPages != nil, "shared corpus not found"),
          arguments: HTMLCleanupStage.Options.Mode.allCases)
    func devPages(mode: HTMLCleanupStage.Options.Mode) throws {
        let pages = try #require(SharedCorpus.extractionPages)
        for page in pages {
            let bytes = try SharedCorpus.gunzip(page)
            _ = try check(.html(bytes), bytes: bytes, name: page.lastPathComponent, mode: mode)
        }
    }

    @Test(.enabled(if: seeds != nil, "seed texts not found"), arguments: HTMLCleanupStage.Options.Mode.allCases)
    func seedTexts(mode: HTMLCleanupStage.Options.Mode) throws {
        for file in try #require(Self.seeds) {
            let bytes = [UInt8](try Data(contentsOf: file))
            let document = Document(id: "seed", source: SourceInfo(path: file.path), raw: .plainText(bytes))
            _ = try check(document.raw, bytes: bytes, name: file.lastPathComponent, mode: mode)
            // Plain text: every word maps to bytes that hold it.
            var mapped = document
            try HTMLCleanupStage(options: SourceMapCheck.options(mode)).process(&mapped)
            try SourceMapCheck.everyWordMaps(mapped, raw: bytes, isHTML: false)
        }
    }
}
