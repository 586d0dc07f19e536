/// `SentiText`: VADER's words, each looked up once.
extension VaderScorer {
    /// Splits `units` (code points, or ASCII text as it is) on white space like `str.split()`, strips ASCII
    /// punctuation from each word unless that leaves two characters or fewer (`_strip_punc_if_word`),
    /// lower-cases and looks up every word, and counts `!` and `?` on the way. Returns VADER's `is_cap_diff`
    /// (some, but not all, words are ALL CAPS).
    func splitWords<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafeBufferPointer<Unit>, _ scratch: inout VaderScratch) -> Bool {
        var upperWords = 0
        var exclamations = 0
        var questions = 0
        let count = units.count
        // No lower-case mapping is longer than 4 bytes per code point; 8 more let makeWord load 8 bytes at any word start.
        scratch.reserveLower(4 * count + 8)
        scratch.words.reserveCapacity(count / 2 + 1)
        var lower = scratch.lower  // moved out (and back) so the buffer is written through one pointer
        scratch.lower = []
        var lowerCount = 0
        lower.withUnsafeMutableBufferPointer { out in
            PythonText.asciiKinds.withUnsafeBufferPointer { kinds in
                @inline(__always) func kind(_ unit: Unit) -> UInt8 {
                    unit < 0x80 ? kinds[Int(unit)] : PythonText.isSpace(UInt32(truncatingIfNeeded: unit)) ? PythonText.space : 0
                }
                var index = 0
                while index < count {
                    if kind(units[index]) & PythonText.space != 0 {
                        index += 1
                        continue
                    }
                    let start = index
                    while index < count {
                        let kind = kind(units[index])
                        if kind & PythonText.space != 0 { break }
                        exclamations &+= Int(kind & PythonText.exclamation)
                        questions &+= Int((kind & PythonText.question) >> 1)
                        index += 1
                    }
                    var first = start
                    var last = index
                    while first < last, kind(units[first]) & PythonText.punctuation != 0 { first += 1 }
                    while last > first, kind(units[last - 1]) & PythonText.punctuation != 0 { last -= 1 }
                    if last - first <= 2 {
                        first = start
                        last = index
                    }
                    let word = makeWord(UnsafeBufferPointer(rebasing: units[first..<last]), into: out, end: &lowerCount)
                    if word.isUpper { upperWords += 1 }
                    scratch.words.append(word)
                }
            }
        }
        scratch.lower = lower
        scratch.lowerCount = lowerCount
        scratch.punctuation = VaderPunctuation(exclamations: exclamations, questions: questions)
        let differential = scratch.words.count - upperWords
        return differential > 0 && differential < scratch.words.count
    }

    /// One word: lower-cased into `out` at `end` (hashing on the way), tested for ALL CAPS and `n't`, looked up.
    @inline(__always)
    private func makeWord<Unit: FixedWidthInteger & UnsignedInteger>(
        _ word: UnsafeBufferPointer<Unit>, into out: UnsafeMutableBufferPointer<UInt8>, end: inout Int
    ) -> VaderWord {
        let lowerStart = end
        var hash = VaderWordTable.hashSeed
        var ascii = true
        var hasUpper = false
        var hasLower = false
        var apostrophe = false
        for index in 0..<word.count {
            let unit = word[index]
            if unit >= 0x80 {
                ascii = false
                break
            }
            let byte = UInt8(truncatingIfNeeded: unit)
            let upper = byte &- 0x41 < 26
            hasUpper = hasUpper || upper
            hasLower = hasLower || byte &- 0x61 < 26
            apostrophe = apostrophe || byte == 0x27
            let lowered = byte | (upper ? 0x20 : 0)
            out[end] = lowered
            end += 1
            hash = VaderWordTable.step(hash, lowered)
        }
        var isUpper = hasUpper && !hasLower
        if !ascii {
            end = lowerStart
            PythonCaseTable.bmp.withUnsafeBufferPointer { table in
                PythonText.writeLowercasedUTF8(word, into: out, end: &end, table: table)
                isUpper = PythonText.isUpper(word, table: table)
            }
        }
        let key = UnsafeBufferPointer(rebasing: out[lowerStart..<end])
        if !ascii {
            hash = VaderWordTable.rawHash(key)
            apostrophe = true
        }
        // `out` has at least 8 bytes of room past any word start (see splitWords): load them, keep the key's.
        var prefix = UnsafeRawPointer(out.baseAddress! + lowerStart).loadUnaligned(as: UInt64.self)
        if key.count < 8 { prefix &= (1 << UInt64(8 * key.count)) &- 1 }
        let info = lexicon.words.info(lexicon.words.lookup(key, rawHash: hash, prefix: prefix))
        return VaderWord(
            lowerStart: lowerStart, lowerEnd: end, valence: info.valence, booster: info.booster, inLexicon: info.inLexicon,
            negated: info.negates || (apostrophe && Self.containsNT(key)), isUpper: isUpper, special: info.special)
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
