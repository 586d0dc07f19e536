/// The words VADER's rules test for by name. Every word of `SPECIAL_CASES` and of the multi-word
/// boosters is here, so idioms are matched on these ids instead of by joining strings.
enum VaderSpecialWord: UInt8, Sendable, CaseIterable {
    case other = 0
    case no, or, nor, but, kind, of, least, at, very, never, so, this, without, doubt
    case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`, beating, heart
    case just, enough, sort

    /// The lower-case word, as VADER spells it.
    var word: String { String(describing: self) }
}

/// VaderSentiment 3.3.2's constants, verbatim (`vaderSentiment.py`).
enum VaderConstants {
    /// Empirical mean increase for a booster word, and decrease for a dampener.
    static let boosterIncrement = 0.293
    static let boosterDecrement = -0.293
    /// Increase for an ALL-CAPS word when other words are not.
    static let capsIncrement = 0.733
    /// The negation scalar.
    static let negationScalar = -0.74
    /// `normalize`'s alpha.
    static let normalizeAlpha = 15.0

    /// `NEGATE`.
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// The single-word entries of `BOOSTER_DICT` that increase intensity.
    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
        "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
        "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
        "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
        "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
        "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably",
        "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously",
        "uber", "unbelievably", "unusually", "utter", "utterly", "very",
    ]

    /// The single-word entries of `BOOSTER_DICT` that decrease intensity.
    static let dampeners: [String] = [
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally",
        "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat",
        "sorta", "sortof", "sort-of",
    ]

    /// The two-word entries of `BOOSTER_DICT` (all dampeners): `just enough`, `kind of`, `sort of`.
    static let boosterBigrams: [(VaderSpecialWord, VaderSpecialWord)] = [(.just, .enough), (.kind, .of), (.sort, .of)]

    /// `SPECIAL_CASES` reachable by VADER's idiom check (`badass`, a single word, never is: the check joins
    /// two or three words with a space).
    static let twoWordIdioms: [(VaderSpecialWord, VaderSpecialWord, Double)] = [
        (.the, .shit, 3), (.the, .bomb, 3), (.bad, .ass, 1.5), (.bus, .stop, 0.0), (.yeah, .right, -2), (.beating, .heart, 3.5),
    ]
    static let threeWordIdioms: [(VaderSpecialWord, VaderSpecialWord, VaderSpecialWord, Double)] = [
        (.kiss, .of, .death, -1.5), (.to, .die, .for, 3),
    ]

    /// The valence of a two-word idiom, or nil.
    @inline(__always)
    static func idiom(_ first: VaderSpecialWord, _ second: VaderSpecialWord) -> Double? {
        if first == .other || second == .other { return nil }
        for (a, b, valence) in twoWordIdioms where a == first && b == second { return valence }
        return nil
    }

    /// The valence of a three-word idiom, or nil.
    @inline(__always)
    static func idiom(_ first: VaderSpecialWord, _ second: VaderSpecialWord, _ third: VaderSpecialWord) -> Double? {
        if first == .other || second == .other || third == .other { return nil }
        for (a, b, c, valence) in threeWordIdioms where a == first && b == second && c == third { return valence }
        return nil
    }

    /// `BOOSTER_DICT` of a two-word sequence, or 0.
    @inline(__always)
    static func bigramBooster(_ first: VaderSpecialWord, _ second: VaderSpecialWord) -> Double {
        if first == .other || second == .other { return 0 }
        for (a, b) in boosterBigrams where a == first && b == second { return boosterDecrement }
        return 0
    }
}
