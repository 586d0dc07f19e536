/// The people of one document and the aliases that refer to them (see `MentionLinker`).
struct MentionClusters {
    /// One mention of a person as found: its case-folded words and where it starts.
    struct PersonMention {
        var surface: String
        var words: [String]
        var position: Int
        /// The list id, when a gazetteer found the person.
        var id: String?
    }

    /// One person: the list id if any, the longest way the document writes the name, and where the
    /// full mentions start (token indices, ascending).
    struct Person {
        var id: String?
        var longest: String
        var positions: [Int]
    }

    private(set) var people: [Person] = []
    /// Surfaces that name one person.
    private var personOfSurface: [String: Int] = [:]
    /// Aliases (last names, first + last names) and the people they may refer to.
    private var aliasTargets: [String: [Int]] = [:]
    /// Non-person rule names and their labels, for finding them again.
    private(set) var names: [String: String] = [:]
    /// The first word of every surface and alias above (a cheap test before building a surface).
    private(set) var firstWords: Set<String> = []

    init() {}

    /// Builds the people from their mentions: longer names first, so that a shorter mention that is an
    /// alias of a longer one (`Lavrov`, `Amir Muttaqi`) joins it instead of starting a person of its own.
    init(people mentions: [PersonMention]) {
        var order: [String] = []
        var grouped: [String: (words: [String], positions: [Int], id: String?)] = [:]
        for mention in mentions {
            if grouped[mention.surface] == nil {
                grouped[mention.surface] = (mention.words, [], nil)
                order.append(mention.surface)
            }
            grouped[mention.surface]?.positions.append(mention.position)  // in place: no copy per mention
            if grouped[mention.surface]?.id == nil { grouped[mention.surface]?.id = mention.id }
        }
        order.sort { (grouped[$0]?.words.count ?? 0) > (grouped[$1]?.words.count ?? 0) }
        for surface in order {
            guard let entry = grouped[surface] else { continue }
            if let targets = aliasTargets[surface] {
                if targets.count == 1 {
                    personOfSurface[surface] = targets[0]
                    people[targets[0]].positions += entry.positions
                    people[targets[0]].positions.sort()
                    if people[targets[0]].id == nil { people[targets[0]].id = entry.id }
                }
                continue
            }
            people.append(Person(id: entry.id, longest: surface, positions: entry.positions.sorted()))
            let index = people.count - 1
            personOfSurface[surface] = index
            addFirstWord(of: surface)
            for alias in Self.aliases(of: entry.words) where alias != surface {
                if !(aliasTargets[alias]?.contains(index) ?? false) { aliasTargets[alias, default: []].append(index) }
                addFirstWord(of: alias)
            }
        }
    }

    /// The aliases a name makes: its last word (when it has two or more), and its first and last word
    /// (when it has three or more).
    static func aliases(of words: [String]) -> [String] {
        guard words.count >= 2, let last = words.last, last.count >= 2, !last.hasSuffix(".") else { return [] }
        var result = [last]
        if words.count >= 3 { result.append(words[0] + " " + last) }
        return result
    }

    /// Records a non-person rule name so that it can be found again elsewhere in the document.
    mutating func addName(surface: String, label: String) {
        if names[surface] == nil { names[surface] = label }
        addFirstWord(of: surface)
    }

    /// Records the first word of a surface: up to the first space, and up to the first hyphen.
    private mutating func addFirstWord(of surface: String) {
        firstWords.insert(String(surface.prefix { $0 != " " }))
        firstWords.insert(String(surface.prefix { $0 != " " && $0 != "-" }))
    }

    /// Whether `surface` names a person (a full name or an alias).
    func isPerson(_ surface: String) -> Bool {
        personOfSurface[surface] != nil || aliasTargets[surface] != nil
    }

    /// The person a mention with these words at `position` refers to: the one whose full name it is,
    /// else the one of its alias; an alias of several people goes to the one mentioned last before
    /// `position`, or first after it.
    func person(for surface: String, at position: Int) -> Person? {
        if let index = personOfSurface[surface] { return people[index] }
        guard let targets = aliasTargets[surface], !targets.isEmpty else { return nil }
        var best = targets[0]
        var bestBefore = -1
        var bestAfter = Int.max
        for target in targets {
            let positions = people[target].positions
            if let before = Self.lastPosition(in: positions, atOrBefore: position) {
                if before > bestBefore { (best, bestBefore) = (target, before) }
            } else if bestBefore < 0, let after = positions.first, after < bestAfter {
                (best, bestAfter) = (target, after)
            }
        }
        return people[best]
    }

    /// The greatest element of the ascending `positions` that is at most `position` (binary search).
    static func lastPosition(in positions: [Int], atOrBefore position: Int) -> Int? {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? positions[low - 1] : nil
    }
}
