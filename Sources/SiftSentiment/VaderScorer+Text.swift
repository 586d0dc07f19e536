/// `polarity_scores`' emoji replacement: from the input text to VADER's `text_no_emoji`, as code points.
extension VaderScorer {
    /// `polarity_scores`' emoji loop over UTF-8 text: appends the code points to `scratch.scalars`, each
    /// single-code-point emoji replaced by its description (preceded by a space unless the previous
    /// character was one).
    func appendText(utf8 text: UnsafeBufferPointer<UInt8>, to scratch: inout VaderScratch) {
        appendScalars(unitCount: text.count, to: &scratch) { index in
            let lead = UInt32(text[index])
            if lead < 0x80 { return (lead, index + 1) }
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), index + 2) }
            if lead < 0xF0 {
                return ((lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F), index + 3)
            }
            let high = (lead & 0x07) << 18 | UInt32(text[index + 1] & 0x3F) << 12
            return (high | UInt32(text[index + 2] & 0x3F) << 6 | UInt32(text[index + 3] & 0x3F), index + 4)
        }
    }

    /// The same for UTF-16 text (a document's working text); a lone surrogate (never in a Swift string) is kept.
    func appendText(utf16 text: UnsafeBufferPointer<UInt16>, to scratch: inout VaderScratch) {
        appendScalars(unitCount: text.count, to: &scratch) { index in
            let unit = UInt32(text[index])
            if unit & 0xFC00 == 0xD800, index + 1 < text.count, text[index + 1] & 0xFC00 == 0xDC00 {
                return (0x10000 + ((unit - 0xD800) << 10) + (UInt32(text[index + 1]) - 0xDC00), index + 2)
            }
            return (unit, index + 1)
        }
    }

    /// The emoji loop proper, over `unitCount` code units that `decode` turns into (code point, next index).
    ///
    /// Writes through a pointer: before each chunk `scalars` gets room for every remaining unit plus two
    /// descriptions, and an emoji that would eat into that margin ends the chunk so the buffer can grow.
    @inline(__always)
    private func appendScalars(unitCount: Int, to scratch: inout VaderScratch, decode: (Int) -> (UInt32, Int)) {
        let emoji = lexicon.emoji
        let margin = emoji.longestDescription + 1
        var position = 0
        var previousSpace = true
        while position < unitCount {
            scratch.reserveScalars(unitCount - position + 2 * margin)
            var count = scratch.scalarCount
            position = scratch.scalars.withUnsafeMutableBufferPointer { out in
                emoji.descriptionScalars.withUnsafeBufferPointer { descriptions in
                    var index = position
                    while index < unitCount {
                        let (scalar, next) = decode(index)
                        if scalar >= emoji.smallestKey, let range = emoji.description(of: scalar) {
                            if out.count - count < unitCount - next + margin + range.count + 1 { return index }
                            if !previousSpace {
                                out[count] = 0x20
                                count += 1
                            }
                            for offset in range {
                                out[count] = descriptions[offset]
                                count += 1
                            }
                            previousSpace = false
                        } else {
                            out[count] = scalar
                            count += 1
                            previousSpace = scalar == 0x20
                        }
                        index = next
                    }
                    return unitCount
                }
            }
            scratch.scalarCount = count
        }
    }

    /// Whether every byte is ASCII (8 bytes at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
