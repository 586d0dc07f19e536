import SiftCore
import SiftJSON

/// Tags the names of gazetteer lists (people, places, organisations, …) in tokenized text, each with its
/// label, the list's stable id and the list's name: the `entities` layer.
///
/// Lists are TSV or JSON Lines files (see `GazetteerLoader`), streamed and compiled once when the stage is
/// built (about 2 s of CPU per million TSV entries, or a fraction of that from the cache file the first build
/// wrote for lists of 1 MiB and more; see `GazetteerCache`), then matched token by token,
/// leftmost-longest, at a cost per token that does not grow with the lists (`pipeline bench-gazetteer`
/// measures both). See the descriptor's details for the matching rules.
public struct GazetteerStage: Stage {
    /// The stage's options.
    public struct Options: Codable, Sendable, Equatable {
        /// The lists to match, in priority order for ties (see `GazetteerListOptions`).
        public var lists: [GazetteerListOptions]
        /// The labels entries may have; an entry with any other label is an error.
        public var labels: [String]
        /// Cache the compiled lists beside the first list (see `GazetteerCache`).
        public var cache: Bool

        enum CodingKeys: String, CodingKey { case lists, labels, cache }

        public init(lists: [GazetteerListOptions] = [], labels: [String] = Gazetteer.newsLabels, cache: Bool = true) {
            self.lists = lists
            self.labels = labels
            self.cache = cache
        }

        /// Decodes the options; a list object with an unknown key or a wrong value is a `StageSetupError`
        /// naming it (`lists[1].case`).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let raw = try container.decodeIfPresent([JSONValue].self, forKey: .lists) ?? []
            var lists: [GazetteerListOptions] = []
            for (index, value) in raw.enumerated() {
                lists.append(try GazetteerListOptions(json: value, index: index))
            }
            self.lists = lists
            self.labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? Gazetteer.newsLabels
            self.cache = try container.decodeIfPresent(Bool.self, forKey: .cache) ?? true
        }
    }

    public let options: Options
    /// The compiled lists.
    public let gazetteer: Gazetteer

    /// Loads and compiles the lists; fails on an unreadable or malformed list file (naming file and line),
    /// an unknown label, or a bad list option.
    public init(options: Options, context: StageContext) throws {
        self.options = options
        self.gazetteer = try Gazetteer(lists: options.lists, labels: options.labels, context: context, cache: options.cache ? .automatic : .off)
    }

    /// Builds the stage outside a pipeline; relative paths resolve against `baseDirectory`.
    public init(lists: [GazetteerListOptions], labels: [String] = Gazetteer.newsLabels, baseDirectory: String = "") throws {
        try self.init(options: Options(lists: lists, labels: labels), context: StageContext(baseDirectory: baseDirectory))
    }

    /// Adds the `entities` layer, or merges into an existing one: existing entities stay, and found ones
    /// that overlap none of them are added.
    public func process(_ document: inout Document) throws {
        let text = try document.requireText()
        let tokens = try document.require(TokensLayer.self)
        let sentences = try document.require(SentencesLayer.self)
        let found = try gazetteer.entities(in: text, tokens: tokens.items, sentences: sentences.items)
        if let existing = document.layers[EntitiesLayer.self] {
            document.layers[EntitiesLayer.self] = Entities(Self.merge(existing.items, found))
        } else {
            document.layers[EntitiesLayer.self] = Entities(found)
        }
    }

    /// `existing` plus the entities of `found` that overlap none of them, in text order.
    static func merge(_ existing: [Entity], _ found: [Entity]) -> [Entity] {
        if existing.isEmpty { return found }
        if found.isEmpty { return existing }
        var merged = existing
        for entity in found where !existing.contains(where: { $0.span.overlaps(entity.span) }) {
            merged.append(entity)
        }
        return merged.sorted { $0.span < $1.span }
    }
}
