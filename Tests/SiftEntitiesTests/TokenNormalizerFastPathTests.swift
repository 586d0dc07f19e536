import Testing
@testable import SiftEntities

/// The table and identity fast paths of `TokenNormalizer.normalize` give what the ICU path gives.
@Suite struct TokenNormalizerFastPathTests {
    static let normalizations = [false, true].flatMap { fold in
        [false, true].map { strip in TokenNormalization(foldCase: fold, stripDiacritics: strip) }
    }

    static func fast(_ units: [UInt16], _ normalization: TokenNormalization) -> [UInt16] {
        var output = [UInt16](repeating: 0, count: TokenNormalizer.capacity(for: units.count))
        let table = TokenNormalizationTable.table(for: normalization)
        let length = units.withUnsafeBufferPointer {
            TokenNormalizer.normalize($0.baseAddress!, units.count, into: &output, normalization, table: table.pointers)
        }
        return Array(output[..<length])
    }

    static func icu(_ units: [UInt16], _ normalization: TokenNormalization) -> [UInt16] {
        var output = [UInt16](repeating: 0, count: TokenNormalizer.capacity(for: units.count))
        let length = units.withUnsafeBufferPointer { TokenNormalizer.normalizeUnicode($0.baseAddress!, units.count, into: &output, normalization) }
        return Array(output[..<length])
    }

    @Test func hangulSyllablesPunctuationAndCurrencySignsAreTheirOwnNormalForm() {
        var singles: [UInt16] = Array(0x2016...0x205E) + Array(0x20A0...0x20C0)
        singles += stride(from: 0xAC00, through: 0xD7A3, by: 37).map { UInt16($0) }
        for normalization in Self.normalizations {
            for unit in singles {
                #expect(Self.fast([unit], normalization) == Self.icu([unit], normalization), "U+\(String(unit, radix: 16)) \(normalization)")
            }
            let word = Array("사진을".utf16)
            #expect(Self.fast(word, normalization) == Self.icu(word, normalization))
        }
    }
}
