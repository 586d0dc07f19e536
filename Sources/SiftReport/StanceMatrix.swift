/// Stance across documents: for each target, who (rows: the documents' own framing, then each holder) took
/// which stance in which document (cells), each cell pointing at the stance table row that holds its evidence.
public struct StanceMatrix: Sendable {
    /// One stance of one row in one document.
    public struct Cell: Sendable, Equatable {
        public var document: Int
        public var label: ReportStance.Label
        public var score: Double
        /// The anchor index of the position in that document (`ReportAnchor.stance`).
        public var anchor: Int
    }

    /// A holder across documents (or, for `Target.framing`, the documents themselves).
    public struct Row: Sendable, Equatable {
        /// The entity id when the holder is linked to an entity, else its lower-cased text.
        public var key: String
        public var name: String
        public var entityID: String?
        /// In document order; a document may have several cells when a holder is named twice.
        public var cells: [Cell]

        /// How many distinct documents the row has a stance in.
        public var documentCount: Int {
            var count = 0, last = -1
            for cell in cells where cell.document != last {
                count += 1
                last = cell.document
            }
            return count
        }

        /// How many cells carry `label`.
        public func count(_ label: ReportStance.Label) -> Int { cells.reduce(0) { $0 + ($1.label == label ? 1 : 0) } }
    }

    /// One stance target.
    public struct Target: Sendable, Equatable {
        public var name: String
        /// The documents' own stance (their unattributed sentences), in documents that take one or have holders.
        public var framing: Row
        /// Holders in order of first appearance (`sortedHolders` orders them for display).
        public var holders: [Row]
        /// The documents with at least one cell, in order (the matrix's columns).
        public var documents: [Int]
        var holderIndex: [String: Int]

        /// Holders by the number of documents they take a stance in, then by name.
        public var sortedHolders: [Row] {
            holders.sorted { lhs, rhs in
                let left = lhs.documentCount, right = rhs.documentCount
                return left != right ? left > right : lhs.name.lowercased() < rhs.name.lowercased()
            }
        }
    }

    public private(set) var targets: [Target] = []
    private var targetIndex: [String: Int] = [:]

    public init() {}

    /// Adds the stance of document `number` (documents must come in increasing number order).
    public mutating func add(_ document: ReportDocument, number: Int) {
        for entry in document.stanceEntries {
            let position = entry.position
            let cell = Cell(document: number, label: position.label, score: position.score, anchor: entry.anchor)
            let index = targetIndex[entry.target] ?? {
                targets.append(Target(name: entry.target, framing: Row(key: "", name: "the article itself", entityID: nil, cells: []),
                                      holders: [], documents: [], holderIndex: [:]))
                targetIndex[entry.target] = targets.count - 1
                return targets.count - 1
            }()
            if let holder = position.holder {
                let name = document.holderName(holder)
                let key = holder.entityID ?? Self.normalized(holder.text)
                if let row = targets[index].holderIndex[key] {
                    targets[index].holders[row].cells.append(cell)
                    if holder.entityID != nil && name.count > targets[index].holders[row].name.count { targets[index].holders[row].name = name }
                } else {
                    targets[index].holderIndex[key] = targets[index].holders.count
                    targets[index].holders.append(Row(key: key, name: name, entityID: holder.entityID, cells: [cell]))
                }
            } else if position.label != .none || !position.evidence.isEmpty {
                targets[index].framing.cells.append(cell)
            } else {
                continue
            }
            if targets[index].documents.last != number { targets[index].documents.append(number) }
        }
    }

    /// Lower-cased text with runs of whitespace made one space: "Some  Analysts" and "some analysts" are one holder.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
