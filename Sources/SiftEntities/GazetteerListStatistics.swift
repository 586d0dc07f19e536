/// What loading one gazetteer list found: how many entries and names, and how many names repeated.
///
/// Duplicate rule: within one list, the first occurrence of a name (after normalization) wins. A repeat
/// with the same label and id is a `duplicate` (harmless); a repeat with another label or id is a
/// `conflict`, ignored and counted, with the first one's location kept for the report. Across lists,
/// every list keeps its own entry and the matcher's priority rule decides (see `GazetteerStage`).
public struct GazetteerListStatistics: Sendable, Equatable, CustomStringConvertible {
    /// The list's name (the entities' `source`).
    public var name: String
    /// The list file as named in the config.
    public var path: String
    /// Entry lines read (comments and blank lines excluded).
    public var entries = 0
    /// Names and aliases added to the index.
    public var names = 0
    /// Names repeated with the same label and id.
    public var duplicates = 0
    /// Names repeated with another label or id (the first occurrence was kept).
    public var conflicts = 0
    /// Where the first conflict was, as `file:line`.
    public var firstConflict: String?

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    public var description: String {
        var text = "\(name) (\(path)): \(entries) entries, \(names) names"
        if duplicates > 0 { text += ", \(duplicates) duplicates" }
        if conflicts > 0 { text += ", \(conflicts) conflicting repeats ignored (first at \(firstConflict ?? "?"))" }
        return text
    }

    /// Counts the outcome of adding one name.
    mutating func count(_ outcome: GazetteerIndexBuilder.Outcome, at location: @autoclosure () -> String) {
        switch outcome {
        case .added: names += 1
        case .duplicate: duplicates += 1
        case .conflict:
            conflicts += 1
            if firstConflict == nil { firstConflict = location() }
        case .empty, .tooLong: break
        }
    }
}
