/// How predicted entity labels are renamed before they are compared with gold labels.
///
/// Written `FROM=TO,FROM=TO,…`; `TO` = `-` drops the label. A predicted label the map does not
/// mention is dropped as well (and counted in the report), so that only labels the gold corpus
/// knows are scored. Gold labels are never renamed.
public struct EntityLabelMap: Sendable, Equatable, CustomStringConvertible {
    /// Predicted label → gold label, or nil when the label is dropped.
    public private(set) var mapping: [String: String?]

    public init(_ mapping: [String: String?]) {
        self.mapping = mapping
    }

    /// The map for Universal NER (PER, ORG, LOC) from Sift's labels: `PERSON=PER, ORG=ORG, GPE=LOC,
    /// LOC=LOC, FAC=LOC, NORP=-, MISC=-, EVENT=-` (UNER's LOC covers countries, cities, regions and
    /// named buildings; nationalities and other names have no UNER label). `PER`, `ORG` and `LOC`
    /// map to themselves, for systems that already use UNER's labels.
    public static let universalNER = EntityLabelMap([
        "PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
        "NORP": nil, "MISC": nil, "EVENT": nil,
    ])

    /// The default mapping written as a `--map` argument.
    public static let universalNERArgument = "PERSON=PER,PER=PER,ORG=ORG,GPE=LOC,LOC=LOC,FAC=LOC,NORP=-,MISC=-,EVENT=-"

    /// Parses `FROM=TO,FROM=TO,…` (white space around names is ignored).
    public init(parsing text: String) throws(EntityLabelMapError) {
        var mapping: [String: String?] = [:]
        for item in text.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let from = parts.first.map { $0.trimmingSpaces } ?? ""
            let to = parts.count == 2 ? parts[1].trimmingSpaces : ""
            guard parts.count == 2, !from.isEmpty, !to.isEmpty else {
                throw EntityLabelMapError(message: "'\(item)' is not FROM=TO (use TO '-' to drop a label)")
            }
            guard mapping[from] == nil else {
                throw EntityLabelMapError(message: "label '\(from)' is mapped twice")
            }
            mapping[from] = to == "-" ? String?.none : to
        }
        guard !mapping.isEmpty else { throw EntityLabelMapError(message: "the map is empty") }
        self.mapping = mapping
    }

    /// The gold label a predicted label counts as; nil when it is dropped or not in the map.
    public func map(_ label: String) -> String? {
        mapping[label] ?? nil
    }

    /// Whether the map mentions `label` (mapped or explicitly dropped).
    public func mentions(_ label: String) -> Bool { mapping[label] != nil }

    /// `FROM=TO` pairs, sorted by `FROM`.
    public var description: String {
        mapping.keys.sorted().map { "\($0)=\((mapping[$0] ?? nil) ?? "-")" }.joined(separator: ",")
    }
}

/// A malformed `--map` argument.
public struct EntityLabelMapError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
