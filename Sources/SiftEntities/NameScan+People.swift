import SiftCore

extension NameScan {
    /// The most words the given-name rule looks at for one person.
    static let personWindow = 5

    /// How many of the name-like words `words` (token indices) form a person's name by the given-name
    /// rule, or nil when they do not start with one. Only the first `personWindow` words are read.
    ///
    /// The name stops before an ORG head word; before an ordinary word that is no given name, except
    /// that the word right after the first name may be a surname that is also a common word (`Kelly
    /// Cloud`, `George Bush`) unless it reads as a participle or plural (`John` | `Attached`); after a
    /// repeated first word (`Vince` | `Vince`); and before a clear given name from the third word on
    /// that starts a second person (`Debra Perlingiere` | `Jackie Taylor`, `Larry Lewis` | `Tom
    /// Martin`). What is left must be 1 to 4 words that start with a given name that is no common word
    /// (`Vladimir Putin`, `Tina` when `single_given_names`), or with one that is (`Mark Twain`) when
    /// not sentence-initial and followed by uncommon words, or with an initial (`J. Smith`); or whose
    /// second word is a clear given name after an uncommon first word (`Gul Hassan Hassan`).
    func personLength(_ allWords: [Int]) -> Int? {
        let words = Array(allWords.prefix(Self.personWindow))
        guard let first = words.first else { return nil }
        var length = 1
        while length < words.count {
            let word = words[length]
            let key = tokens.keys[word]
            let clear = lexicon.isClearGivenName(key)
            if lexicon.heads[tokens.words[word]]?.label == NameLabel.org { break }
            if length == 1 && key == tokens.keys[first] { break }
            if lexicon.nonNames.contains(key) { break }
            if isOrdinary(word) && !clear && tokens.shapes[word] != .initials {
                guard length == 1, isSurnameLike(word) else { break }
            }
            if length >= 2 && clear {
                let previous = words[length - 1]
                let previousIsFirstName = lexicon.givenNames.contains(tokens.keys[previous]) || tokens.shapes[previous] == .initials
                let anotherFollows = length + 1 < words.count && !isOrdinary(words[length + 1])
                if !previousIsFirstName || anotherFollows { break }
            }
            length += 1
        }
        guard length <= 4 else { return nil }
        let key = tokens.keys[first]
        if lexicon.isClearGivenName(key) {
            return length > 1 || settings.singleGivenNames ? length : nil
        }
        guard length >= 2 else { return nil }
        let restIsUncommon = words[1..<length].allSatisfy { !isOrdinary($0) || tokens.shapes[$0] == .initials }
        if tokens.shapes[first] == .capitalised, lexicon.givenNames.contains(key), !tokens.isInitial[first], restIsUncommon {
            return length
        }
        if tokens.shapes[first] == .initials && key.count <= 2
            && words[1..<length].allSatisfy({ !isOrdinary($0) || tokens.shapes[$0] == .initials || isSurnameLike($0) })
        {
            return length
        }
        if tokens.shapes[first] == .capitalised && !isOrdinary(first) && lexicon.isClearGivenName(tokens.keys[words[1]]) {
            return length
        }
        return nil
    }

    /// A modal verb that is also a common surname (`Theresa May`, `Brian May`): capitalised right after a
    /// given name, it is no verb. (`Can` is left out: `John Can help?` is more often a shouted verb.)
    static let modalSurnames: Set<String> = ["may"]

    /// Whether the word at `index` is a modal surname right after the clear given name at `start`.
    func isModalSurname(_ index: Int, start: Int) -> Bool {
        index == start + 1 && tokens.shapes[index] == .capitalised && Self.modalSurnames.contains(tokens.keys[index])
            && lexicon.isClearGivenName(tokens.keys[start])
    }

    /// Whether a common word may be a surname right after a given name: a capitalised word that is no
    /// function word (but `modalSurnames`), non-name or title, and does not end like a participle or a
    /// plural (`Attached`, `Attendees`).
    func isSurnameLike(_ index: Int) -> Bool {
        let key = tokens.keys[index]
        guard tokens.shapes[index] == .capitalised, key.count >= 3, lexicon.commonWords.contains(key),
            !lexicon.functionWords.contains(key) || Self.modalSurnames.contains(key), !lexicon.nonNames.contains(key),
            !lexicon.titles.containsWord(key)
        else { return false }
        return !key.hasSuffix("ed") && !key.hasSuffix("s")
    }

    /// Records the people in a long capitalised sequence (more than `maximumFragment` words): a list of
    /// names written one after another (`Pam Butler Renee Ratcliff Larry Lewis …`). Each person starts
    /// at a clear given name; other words are skipped.
    func addPeopleList(_ words: [Int]) {
        var position = 0
        while position < words.count {
            let window = Array(words[position..<min(words.count, position + Self.personWindow)])
            if lexicon.isClearGivenName(tokens.keys[words[position]]), let length = personLength(window) {
                let range = words[position]..<(words[position + length - 1] + 1)
                add(NameMention(tokens: range, span: tokens.nameSpan(range), label: NameLabel.person, rule: .givenName))
                position += length
            } else {
                position += 1
            }
        }
    }
}
