/// Names from byline text found on a page ("By Jane Doe - 11/18/19 11:04 PM", "Written by Jane Doe |
/// Reporter"): used for `metadata.authors` when the page's markup names no author.
enum BylineText {
    /// Lead-ins stripped from the start of a byline (compared case-insensitively).
    static let leadIns = ["written by ", "posted by ", "published by ", "reported by ", "story by ", "words by ",
                          "by: ", "by ", "author: ", "authors: ", "von ", "por ", "par ", "di "]

    /// Words that name a role, not a person: a part holding one is dropped.
    static let roles: Set<String> = [
        "writer", "reporter", "editor", "correspondent", "columnist", "contributor", "staff", "producer",
        "photographer", "updated", "published", "posted", "minutes", "min", "read",
    ]

    /// The byline without its lead-in, cut before a date, a separator ( - | • · — ) or a line break.
    static func cleaned(_ text: String) -> String {
        var rest = Substring(text.trimmingSpaces)
        for leadIn in leadIns where rest.lowercased().hasPrefix(leadIn) {
            rest = rest.dropFirst(leadIn.count)
            break
        }
        if let cut = rest.firstIndex(where: { "\n|•·—–".contains($0) }) { rest = rest[..<cut] }
        if let dash = rest.firstRange(of: " - ") { rest = rest[..<dash.lowerBound] }
        if let digit = rest.firstIndex(where: \.isNumber) { rest = rest[..<digit] }
        return rest.trimmingSpaces.trimming(",;:")
    }

    /// Whether `text` reads as a person's (or agency's) name: one to five words, each capitalised (or a
    /// particle such as "de", "van"), no digits, no role words, at most 60 characters.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 60, !text.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { word in
            let lowered = word.lowercased()
            if roles.contains(lowered) { return false }
            if ["de", "van", "von", "da", "der", "del", "la", "le", "bin", "al"].contains(lowered) { return true }
            return word.first.map { $0.isUppercase } ?? false
        }
    }
}

extension BylineText {
    /// Month and day names and their abbreviations: a date after a byline is not a name.
    static let calendarWords: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday",
    ]

    /// A name taken from page text (not from markup): a name of two to five words, not starting with an
    /// article ("The …"), with no calendar word.
    static func isPageName(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { $0.lowercased().trimming(".,") }
        guard words.count >= 2, isName(text), !["the", "a", "an", "this", "our"].contains(words[0]) else { return false }
        return !words.contains(where: calendarWords.contains)
    }
}

extension String {
    /// The string without the given characters (and spaces) at either end.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) || first == " " { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) || last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
