import SiftCore

/// VADER's per-word rules (`sentiment_valence` and the checks it calls), operation for operation.
extension VaderScorer {
    private static let nScalar = VaderConstants.negationScalar
    private static let capsIncrement = VaderConstants.capsIncrement

    /// `sentiment_valence` for word `i`: 0 unless the word is in the lexicon; else its valence after the
    /// `no`, ALL-CAPS, booster/dampener, negation, idiom and `least` rules. With `explain`, every change is
    /// appended to `cues`.
    func sentimentValence(
        _ words: UnsafeBufferPointer<VaderWord>, _ i: Int, isCapDifferential: Bool, explain: Bool, cues: inout [VaderRawCue]
    ) -> Double {
        let item = words[i]
        guard item.inLexicon else { return 0 }
        var valence = item.valence
        if explain { cues.append(VaderRawCue(word: i, rule: .lexicon, modifierStart: i, modifierEnd: i, weight: valence)) }
        var before = valence
        @inline(__always) func note(_ rule: SentimentRule, _ modifier: Range<Int>) {
            if explain && valence != before {
                cues.append(VaderRawCue(word: i, rule: rule, modifierStart: modifier.lowerBound, modifierEnd: modifier.upperBound, weight: valence - before))
            }
            before = valence
        }
        // "no" before another lexicon word negates that word instead of counting itself.
        if item.special == .no && i != words.count - 1 && words[i + 1].inLexicon {
            valence = 0.0
            note(.negation, i..<i)
        }
        if i > 0 && words[i - 1].special == .no {
            valence = item.valence * Self.nScalar
            note(.negation, (i - 1)..<i)
        } else if i > 1 && words[i - 2].special == .no {
            valence = item.valence * Self.nScalar
            note(.negation, (i - 2)..<(i - 1))
        } else if i > 2 && words[i - 3].special == .no && (words[i - 1].special == .or || words[i - 1].special == .nor) {
            valence = item.valence * Self.nScalar
            note(.negation, (i - 3)..<(i - 2))
        }
        if item.isUpper && isCapDifferential {
            if valence > 0 { valence += Self.capsIncrement } else { valence -= Self.capsIncrement }
            note(.caps, i..<i)
        }
        for startI in 0..<3 where i > startI && !words[i - (startI + 1)].inLexicon {
            let modifier = words[i - (startI + 1)]
            var scalar = Self.scalarIncDec(modifier, valence: valence, isCapDifferential: isCapDifferential)
            if startI == 1 && scalar != 0 { scalar = scalar * 0.95 }
            if startI == 2 && scalar != 0 { scalar = scalar * 0.9 }
            valence = valence + scalar
            note(modifier.booster > 0 ? .booster : .dampener, (i - startI - 1)..<(i - startI))
            let (negated, rule, range) = Self.negationCheck(valence, words, startI, i)
            valence = negated
            note(rule, range)
            if startI == 2 {
                let (idiom, idiomRule, idiomRange) = Self.specialIdiomsCheck(valence, words, i)
                valence = idiom
                note(idiomRule, idiomRange)
            }
        }
        // _least_check
        if i > 1 && !words[i - 1].inLexicon && words[i - 1].special == .least {
            if words[i - 2].special != .at && words[i - 2].special != .very { valence = valence * Self.nScalar }
        } else if i > 0 && !words[i - 1].inLexicon && words[i - 1].special == .least {
            valence = valence * Self.nScalar
        }
        note(.least, (i - 1)..<i)
        return valence
    }

    /// `scalar_inc_dec`: the booster/dampener scalar of a preceding word, signed like the valence, with the
    /// ALL-CAPS increment (which, as in VADER, is subtracted when the valence is 0).
    @inline(__always)
    static func scalarIncDec(_ word: VaderWord, valence: Double, isCapDifferential: Bool) -> Double {
        var scalar = 0.0
        if word.booster != 0 {
            scalar = word.booster
            if valence < 0 { scalar *= -1 }
            if word.isUpper && isCapDifferential {
                if valence > 0 { scalar += capsIncrement } else { scalar -= capsIncrement }
            }
        }
        return scalar
    }

    /// `_negation_check` for the word `startI + 1` places before `i`, with VADER's operator precedence: at
    /// distance 3, `so`/`this` right before the word also multiplies by 1.25.
    @inline(__always)
    static func negationCheck(_ valence: Double, _ words: UnsafeBufferPointer<VaderWord>, _ startI: Int, _ i: Int)
        -> (Double, SentimentRule, Range<Int>)
    {
        func soOrThis(_ word: VaderWord) -> Bool { word.special == .so || word.special == .this }
        switch startI {
        case 0:
            if words[i - 1].negated { return (valence * nScalar, .negation, (i - 1)..<i) }
        case 1:
            if words[i - 2].special == .never && soOrThis(words[i - 1]) {
                return (valence * 1.25, .neverSo, (i - 2)..<i)
            } else if words[i - 2].special == .without && words[i - 1].special == .doubt {
                return (valence, .negation, (i - 2)..<i)
            } else if words[i - 2].negated {
                return (valence * nScalar, .negation, (i - 2)..<(i - 1))
            }
        default:
            if (words[i - 3].special == .never && soOrThis(words[i - 2])) || soOrThis(words[i - 1]) {
                return (valence * 1.25, .neverSo, (i - 3)..<i)
            } else if words[i - 3].special == .without && (words[i - 2].special == .doubt || words[i - 1].special == .doubt) {
                return (valence, .negation, (i - 3)..<i)
            } else if words[i - 3].negated {
                return (valence * nScalar, .negation, (i - 3)..<(i - 2))
            }
        }
        return (valence, .negation, i..<i)
    }

    /// `_special_idioms_check` (only reached for `i >= 3`): a `SPECIAL_CASES` idiom around the word replaces
    /// its valence; `kind of`, `sort of` or `just enough` among the three words before it adds -0.293.
    @inline(__always)
    static func specialIdiomsCheck(_ valence: Double, _ words: UnsafeBufferPointer<VaderWord>, _ i: Int)
        -> (Double, SentimentRule, Range<Int>)
    {
        var valence = valence
        var rule = SentimentRule.idiom
        var range = i..<i
        let w0 = words[i].special, w1 = words[i - 1].special, w2 = words[i - 2].special, w3 = words[i - 3].special
        if let value = VaderConstants.idiom(w1, w0) {
            valence = value; range = (i - 1)..<(i + 1)
        } else if let value = VaderConstants.idiom(w2, w1, w0) {
            valence = value; range = (i - 2)..<(i + 1)
        } else if let value = VaderConstants.idiom(w2, w1) {
            valence = value; range = (i - 2)..<i
        } else if let value = VaderConstants.idiom(w3, w2, w1) {
            valence = value; range = (i - 3)..<i
        } else if let value = VaderConstants.idiom(w3, w2) {
            valence = value; range = (i - 3)..<(i - 1)
        }
        if words.count - 1 > i, let value = VaderConstants.idiom(w0, words[i + 1].special) {
            valence = value; range = i..<(i + 2)
        }
        if words.count - 1 > i + 1, let value = VaderConstants.idiom(w0, words[i + 1].special, words[i + 2].special) {
            valence = value; range = i..<(i + 3)
        }
        let threeTwo = VaderConstants.bigramBooster(w3, w2)
        if threeTwo != 0 {
            valence = valence + threeTwo; rule = w3 == .just ? .dampener : .kindOf; range = (i - 3)..<(i - 1)
        }
        let twoOne = VaderConstants.bigramBooster(w2, w1)
        if twoOne != 0 {
            valence = valence + twoOne; rule = w2 == .just ? .dampener : .kindOf; range = (i - 2)..<i
        }
        return (valence, rule, range)
    }
}
