import Foundation
import SiftCore
import SiftHTML
import Testing

/// Checks on a document's `source_map` layer against the raw bytes it maps into.
enum SourceMapCheck {
    static func options(_ mode: HTMLCleanupStage.Options.Mode = .full, includeTitle: Bool = false) -> HTMLCleanupStage.Options {
        HTMLCleanupStage.Options(mode: mode, includeTitle: includeTitle, sourceMap: true)
    }

    /// The map of a cleaned document (a test failure when there is none).
    static func map(_ document: Document) throws -> SourceMap {
        try #require(document.layers[SourceMapLayer.self])
    }

    /// The raw bytes a code-point range of the text maps to.
    static func source(of range: Range<Int>, in document: Document, raw: [UInt8]) throws -> [UInt8] {
        let bytes = try #require(try map(document).sourceRange(forText: range), "no source for \(range)")
        return Array(raw[bytes])
    }

    /// The code-point range of the first occurrence of `needle` in the text.
    static func range(of needle: String, in document: Document) throws -> Range<Int> {
        let text = try #require(document.text?.string)
        let found = try #require(text.range(of: needle), "'\(needle)' not in the text")
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }

    /// The raw bytes (decoded as UTF-8) that the first occurrence of `needle` maps to.
    static func sourceText(of needle: String, in document: Document, raw: [UInt8]) throws -> String {
        String(decoding: try source(of: range(of: needle, in: document), in: document, raw: raw), as: UTF8.self)
    }

    /// Code-point ranges of the whitespace-separated words of the text.
    static func words(_ text: String) -> [(Range<Int>, String)] {
        var words: [(Range<Int>, String)] = []
        var start: Int?
        var current = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace {
                if let begun = start { words.append((begun..<index, current)) }
                start = nil
                current = ""
            } else {
                if start == nil { start = index }
                current.unicodeScalars.append(scalar)
            }
        }
        if let begun = start { words.append((begun..<text.unicodeScalars.count, current)) }
        return words
    }

    /// Text without whitespace (cleanup inserts, collapses and drops whitespace; never anything else).
    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Checks that every word of the text (from code point `from` on) maps to source bytes whose cleaned
    /// text contains it. `decode` turns raw bytes into a string (their charset); HTML sources are cleaned
    /// again (tags, entities).
    static func everyWordMaps(
        _ document: Document, raw: [UInt8], isHTML: Bool = true, from: Int = 0,
        decode: ([UInt8]) -> String? = { String(decoding: $0, as: UTF8.self) }
    ) throws {
        let text = try #require(document.text?.string)
        for (range, word) in words(text) where range.lowerBound >= from {
            let bytes = try source(of: range, in: document, raw: raw)
            let decoded = try #require(decode(bytes), "source of '\(word)' does not decode")
            let cleaned = isHTML ? try htmlText(decoded) : try plainText(decoded)
            #expect(squeezed(cleaned).contains(squeezed(word)), "'\(word)' maps to \(String(reflecting: decoded))")
        }
    }

    /// Structural invariants: segments sorted and disjoint in the text, inside the text and the input;
    /// one-byte-per-character segments hold the text's own characters (whitespace may differ: a newline
    /// that became a space; in a single-byte charset other than UTF-8, non-ASCII bytes are not compared).
    static func wellFormed(_ document: Document, raw: [UInt8], utf8: Bool = true) throws {
        let map = try map(document)
        let scalars = Array(try #require(document.text?.string).unicodeScalars)
        var previousEnd = 0
        for segment in map.segments {
            #expect(segment.textStart >= previousEnd && segment.textLength > 0)
            #expect(segment.textEnd <= scalars.count && segment.sourceEnd <= raw.count && segment.sourceLength > 0)
            previousEnd = segment.textEnd
            guard segment.isOneBytePerCharacter, segment.sourceEnd <= raw.count else { continue }
            for offset in 0..<segment.textLength {
                let character = scalars[segment.textStart + offset]
                let byte = raw[segment.sourceStart + offset]
                let same = character.value == UInt32(byte) || (character.properties.isWhitespace && [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(byte))
                    || (!utf8 && byte >= 0x80)
                #expect(same, "segment \(segment) character \(offset): \(character) vs byte \(byte)")
                if !same { return }
            }
        }
    }
}
