/// Built-in English word lists of the sentence rules: general English (titles, months, units,
/// company and address abbreviations, US state abbreviations in news style), not tuned to any corpus.
///
/// Entries written with a capital match only capitalised words (`No.` is an abbreviation, `no.` is
/// the word "no" at the end of a sentence); entries in lowercase match any case.
enum SentenceWordLists {
    static let abbreviations: [(AbbreviationKind, [String])] = [
        (.title, [
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
            "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Cmdr", "Cdr",
            "Adm", "Maj", "Sgt", "Cpl", "Pvt", "Pfc", "Brig", "Rev", "Revd", "Hon", "Pres", "Supt", "Insp",
            "Det", "Atty", "Fr", "Msgr", "Rt", "Amb", "Asst", "Assoc", "Treas", "Lt.Col", "Lt.Gen",
        ]),
        (.inner, [
            "vs", "v", "cf", "viz", "e.g", "i.e", "approx", "incl", "esp", "resp", "w.r.t", "a.k.a", "aka", "p.s", "ps", "p.p.s", "pps",
        ]),
        (.beforeNumber, [
            "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "pg", "pgs", "art", "ch", "chap",
            "sect", "para", "eq", "eqs", "ex", "op", "tel", "ext", "ref", "nr", "num", "ed", "ca",
        ]),
        (.ambiguous, [
            // Companies, people, places.
            "etc", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Jr", "Sr", "Esq", "al", "St", "Mt", "Ft",
            "Ave", "Blvd", "Rd", "Hwy", "Pkwy", "Univ", "Assn", "Intl", "Natl", "Govt", "ibid", "Ph.D",
            // Months and days.
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            // Units and quantities.
            "min", "mins", "max", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "sec", "secs", "est",
            "oz", "lb", "lbs", "yd", "yds", "sq", "pt", "pts", "tbsp", "tsp", "misc", "dept", "div", "mfg",
            // US states as abbreviated in news datelines.
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
            "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
            "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        ]),
    ]

    /// Words that usually open a sentence when capitalised: a capitalised one after an ambiguous
    /// abbreviation or an initial means the abbreviation ended the sentence (`… in the U.S. He said`),
    /// any other capitalised word means it did not (`the U.S. Army`, `J. R. R. Tolkien`).
    static let openers: [String] = [
        // Pronouns, determiners, quantifiers.
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "we",
        "they", "i", "you", "his", "her", "their", "our", "my", "your", "some", "many", "most", "all", "both",
        "each", "every", "several", "few", "none", "nothing", "nobody", "everyone", "everything", "someone",
        "something", "another", "such", "any", "anyone", "no",
        // Conjunctions, adverbs, question words.
        "but", "and", "or", "so", "yet", "nor", "if", "when", "while", "whenever", "where", "why", "how",
        "what", "who", "which", "whether", "although", "though", "because", "since", "unless", "until",
        "however", "then", "also", "now", "today", "yesterday", "tomorrow", "thus", "still", "meanwhile",
        "moreover", "furthermore", "therefore", "instead", "otherwise", "indeed", "meanwhile", "later",
        "earlier", "finally", "first", "second", "third", "last", "next", "once", "after", "before", "not",
        "only", "even", "just", "perhaps", "maybe", "please", "thanks", "yes", "well", "oh", "hi", "hello",
        // Prepositions.
        "in", "on", "at", "as", "for", "to", "from", "with", "by", "during", "under", "over", "about",
        "against", "between", "among", "without", "within", "despite", "according", "like", "of",
        // Auxiliaries and common sentence-initial verbs.
        "is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "would", "should", "must",
        "have", "has", "had", "let", "see", "note",
    ]

    /// Words a sentence cannot end with: a line ending in one continues on the next line, even when
    /// that line starts with a capital (`… with the help of\nJohn Smith`).
    static let continuations: [String] = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "upon",
        "about", "over", "under", "between", "among", "through", "during", "without", "within", "after",
        "before", "since", "until", "against", "toward", "towards", "via", "per", "than", "and", "or", "but",
        "nor", "as", "that", "which", "who", "whose", "whom", "if", "when", "where", "whether", "while",
        "because", "although", "though", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does",
        "did", "not", "my", "your", "his", "her", "its", "our", "their", "this", "these", "those", "very",
        "more", "most", "such", "including", "like", "said", "says", "told",
    ]
}
