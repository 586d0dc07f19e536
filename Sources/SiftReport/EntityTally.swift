/// Entity frequencies across documents: per label and entity id, how often it is mentioned and in how many documents.
public struct EntityTally: Sendable {
    /// One entity: its label and id, the name the report shows, and its counts.
    public struct Entry: Sendable, Equatable {
        public var label: String
        public var id: String
        /// The longest mention seen (the full name rather than a later "Lavrov").
        public var name: String
        public var mentions: Int
        public var documents: Int
        /// The first document (number) that mentions it.
        public var firstDocument: Int
        /// The last document counted, so a document counts once however often it mentions the entity.
        var lastDocument: Int
    }

    private var entries: [String: Entry] = [:]
    public private(set) var mentions = 0

    public init() {}

    /// Counts the entities of document `number` (documents must come in increasing number order).
    public mutating func add(_ entities: [ReportDocument.Entity], document number: Int) {
        for entity in entities {
            mentions += 1
            let key = entity.label + "\u{1F}" + entity.id
            if var entry = entries[key] {
                entry.mentions += 1
                if entry.lastDocument != number {
                    entry.documents += 1
                    entry.lastDocument = number
                }
                if entity.text.count > entry.name.count { entry.name = entity.text }
                entries[key] = entry
            } else {
                entries[key] = Entry(label: entity.label, id: entity.id, name: entity.text, mentions: 1, documents: 1,
                                     firstDocument: number, lastDocument: number)
            }
        }
    }

    /// The labels seen, in report order.
    public var labels: [String] { EntityPalette.ordered(entries.values.map(\.label)) }

    /// How many distinct entities carry `label`.
    public func distinctCount(label: String) -> Int { entries.values.reduce(0) { $0 + ($1.label == label ? 1 : 0) } }

    /// The `limit` most mentioned entities with `label` (ties: more documents first, then by name and id).
    public func top(label: String, limit: Int) -> [Entry] {
        let matching = entries.values.filter { $0.label == label }
        return Array(matching.sorted { lhs, rhs in
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            if lhs.documents != rhs.documents { return lhs.documents > rhs.documents }
            return lhs.name != rhs.name ? lhs.name < rhs.name : lhs.id < rhs.id
        }.prefix(limit))
    }
}
