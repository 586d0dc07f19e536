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

    /// `SentiText`: splits the code points on white space, strips ASCII punctuation from each word unless
    /// that leaves two characters or fewer, and looks every word up once; counts `!` and `?` on the way.
    /// Returns VADER's `is_cap_diff` (some, but not all, words are ALL CAPS).
    func splitWords(_ scratch: inout VaderScratch) -> Bool {
        var upperWords = 0
        var exclamations = 0
        var questions = 0
        let count = scratch.scalarCount
        let scalars = scratch.scalars  // shares storage: not written below
        scalars.withUnsafeBufferPointer { scalars in
            PythonCaseTable.bmp.withUnsafeBufferPointer { caseTable in
                var index = 0
                while index < count {
                    if PythonText.isSpace(scalars[index]) {
                        index += 1
                        continue
                    }
                    let start = index
                    while index < count {
                        let scalar = scalars[index]
                        if scalar == 0x21 { exclamations += 1 } else if scalar == 0x3F { questions += 1 }
                        if PythonText.isSpace(scalar) { break }
                        index += 1
                    }
                    var first = start
                    var last = index
                    while first < last, PythonText.isPunctuation(scalars[first]) { first += 1 }
                    while last > first, PythonText.isPunctuation(scalars[last - 1]) { last -= 1 }
                    if last - first <= 2 {
                        first = start
                        last = index
                    }
                    let word = makeWord(UnsafeBufferPointer(rebasing: scalars[first..<last]), start: first, scratch: &scratch, caseTable: caseTable)
                    if word.isUpper { upperWords += 1 }
                    scratch.words.append(word)
                }
            }
        }
        scratch.punctuation = VaderPunctuation(exclamations: exclamations, questions: questions)
        let differential = scratch.words.count - upperWords
        return differential > 0 && differential < scratch.words.count
    }

    /// One word: lower-cased into `scratch.lower` (hashing on the way), tested for ALL CAPS and `n't`, looked up.
    @inline(__always)
    private func makeWord(
        _ word: UnsafeBufferPointer<UInt32>, start: Int, scratch: inout VaderScratch, caseTable: UnsafeBufferPointer<UInt8>
    ) -> VaderWord {
        scratch.reserveLower(4 * word.count + 4)
        let lowerStart = scratch.lowerCount
        var lowerEnd = lowerStart
        var hash = VaderWordTable.hashSeed
        var ascii = true
        var hasUpper = false
        var hasLower = false
        var apostrophe = false
        let entry = scratch.lower.withUnsafeMutableBufferPointer { out in
            for scalar in word {
                if scalar >= 0x80 {
                    ascii = false
                    break
                }
                var byte = UInt8(truncatingIfNeeded: scalar)
                if byte &- 0x41 < 26 {
                    hasUpper = true
                    byte |= 0x20
                } else if byte &- 0x61 < 26 {
                    hasLower = true
                } else if byte == 0x27 {
                    apostrophe = true
                }
                out[lowerEnd] = byte
                lowerEnd += 1
                hash = VaderWordTable.step(hash, byte)
            }
            if !ascii {
                lowerEnd = lowerStart
                PythonText.writeLowercasedUTF8(word, into: out, end: &lowerEnd, table: caseTable)
                apostrophe = true
            }
            let key = UnsafeBufferPointer(rebasing: out[lowerStart..<lowerEnd])
            if !ascii { hash = VaderWordTable.rawHash(key) }
            if apostrophe { apostrophe = Self.containsNT(key) }
            return lexicon.words.lookup(key, rawHash: hash)
        }
        scratch.lowerCount = lowerEnd
        let info = entry >= 0 ? lexicon.words.infos[entry] : VaderWordInfo()
        return VaderWord(
            start: start, end: start + word.count, lowerStart: lowerStart, lowerEnd: lowerEnd,
            valence: info.valence, booster: info.booster, inLexicon: info.inLexicon, negated: info.negates || apostrophe,
            isUpper: ascii ? hasUpper && !hasLower : PythonText.isUpper(word, table: caseTable), special: info.special)
    }

    /// Whether lower-cased UTF-8 contains `n't`.
    @inline(__always)
    static func containsNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0x6E && bytes[index + 1] == 0x27 && bytes[index + 2] == 0x74 {
            return true
        }
        return false
    }
}
