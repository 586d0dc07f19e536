import SiftCore

/// Compiled gazetteer lists, ready to find entities in tokenized documents.
///
/// Built once from list files (streamed; see `GazetteerLoader` for the formats), then immutable and shared
/// by every thread. Lists with the same `TokenNormalization` share one index: a vocabulary of normalized
/// tokens and a trie over token ids, so matching costs a hash lookup per token and a trie step per token
/// of a candidate name, whatever the number of entries.
public final class Gazetteer: Sendable {
    /// The label set (`PERSON`, `ORG`, …); entries carry an index into it.
    public let labels: [String]
    /// The lists, in config order.
    let lists: [GazetteerList]
    /// One index per distinct normalization.
    let indexes: [GazetteerIndex]
    /// What loading each list found, in config order.
    public let statistics: [GazetteerListStatistics]
    /// Per-thread token caches (one per index), checked out for each document.
    let caches: GazetteerTokenCache.Pool

    /// The labels of the usual news scheme, the default label set.
    public static let newsLabels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"]

    /// Where this gazetteer came from: compiled from its lists now, or read from a cache file (its path).
    public let cacheFile: String?

    /// Loads and compiles `lists` (paths resolved with `context`), reading files `chunkSize` bytes at a time,
    /// or reads the compiled form from a cache file written by an earlier build of the same lists (see
    /// `GazetteerCache`; `cache: .off` never reads nor writes one). Problems are `StageSetupError`s naming
    /// the option (`lists[1].path`) and, for file content, `file:line`.
    public convenience init(
        lists options: [GazetteerListOptions], labels: [String] = Gazetteer.newsLabels, context: StageContext,
        chunkSize: Int = 1 << 20, cache: GazetteerCache.Policy = .off
    ) throws(StageSetupError) {
        let firstList = options.first.map { context.resolvePath($0.path) }
        let folders = GazetteerCache.folders(for: cache, firstList: firstList)
        var minimum = GazetteerCache.minimumSourceBytes
        if case .folder = cache { minimum = 0 }
        guard !folders.isEmpty, let firstList, let (key, bytes) = GazetteerCache.key(lists: options, labels: labels, context: context),
              bytes >= minimum
        else {
            try self.init(compiling: options, labels: labels, context: context, chunkSize: chunkSize)
            return
        }
        let name = GazetteerCache.fileName(listPath: firstList, key: key)
        for folder in folders {
            if let cached = GazetteerCacheFile.read(from: folder + "/" + name, key: key) {
                self.init(labels: cached.labels, lists: cached.lists, statistics: cached.statistics, indexes: cached.indexes, cacheFile: folder + "/" + name)
                return
            }
        }
        try self.init(compiling: options, labels: labels, context: context, chunkSize: chunkSize)
        for folder in folders where GazetteerCache.makeFolder(folder) {
            if GazetteerCacheFile.write(self, key: key, to: folder + "/" + name) { break }
        }
    }

    /// A gazetteer of given parts (read from a cache file).
    init(labels: [String], lists: [GazetteerList], statistics: [GazetteerListStatistics], indexes: [GazetteerIndex], cacheFile: String? = nil) {
        self.labels = labels
        self.lists = lists
        self.statistics = statistics
        self.indexes = indexes
        self.caches = GazetteerTokenCache.Pool(indexCount: indexes.count)
        self.cacheFile = cacheFile
    }

    /// Loads and compiles `lists`.
    private init(compiling options: [GazetteerListOptions], labels: [String], context: StageContext, chunkSize: Int) throws(StageSetupError) {
        guard !labels.isEmpty, labels.count <= 255 else {
            throw StageSetupError(option: "labels", message: "give between 1 and 255 labels, got \(labels.count)")
        }
        for (position, label) in labels.enumerated() {
            guard !label.isEmpty, !label.contains(where: { $0 == "\t" || $0 == "\n" }) else {
                throw StageSetupError(option: "labels", message: "label \(position + 1) is empty or contains a tab or line break")
            }
            guard labels.firstIndex(of: label) == position else {
                throw StageSetupError(option: "labels", message: "label '\(label)' is listed twice")
            }
        }
        guard options.count <= Int(UInt16.max) else {
            throw StageSetupError(option: "lists", message: "at most \(UInt16.max) lists, got \(options.count)")
        }
        var loader = GazetteerLoader(labels: labels)
        loader.chunkSize = chunkSize
        var lists: [GazetteerList] = []
        var statistics: [GazetteerListStatistics] = []
        for (number, list) in options.enumerated() {
            let option = "lists[\(number)]"
            guard let defaultLabel = labels.firstIndex(of: list.label) else {
                throw StageSetupError(option: "\(option).label", message: loader.unknownLabel(list.label))
            }
            let name = list.name ?? Self.fileStem(list.path)
            let builder = loader.builderNumber(for: list.normalization)
            var counts = GazetteerListStatistics(name: name, path: list.path)
            var reader = ListFileReader(displayPath: list.path, path: context.resolvePath(list.path), option: "\(option).path")
            reader.chunkSize = chunkSize
            try loader.load(reader, builder: builder, list: UInt16(number), defaultLabel: UInt8(defaultLabel), statistics: &counts)
            var stopTokens = Set<Int32>()
            if let stoplist = list.stoplist {
                var stopReader = ListFileReader(displayPath: stoplist, path: context.resolvePath(stoplist), option: "\(option).stoplist")
                stopReader.chunkSize = chunkSize
                stopTokens = try GazetteerStopList.load(stopReader, builder: loader.builders[builder])
            }
            lists.append(GazetteerList(name: name, priority: list.priority, caseMode: list.caseMode, index: builder, stopTokens: stopTokens))
            statistics.append(counts)
        }
        self.labels = labels
        self.lists = lists
        self.statistics = statistics
        self.indexes = loader.builders.map { $0.finish() }
        self.caches = GazetteerTokenCache.Pool(indexCount: indexes.count)
        self.cacheFile = nil
    }

    /// The entities `lists` find in a document, in text order, non-overlapping, with UTF-16 spans.
    ///
    /// Throws when the layers are inconsistent (tokens out of order or outside the text).
    public func entities(in text: DocumentText, tokens: [Token], sentences: [Sentence]) throws(StageError) -> [Entity] {
        if tokenCount == 0 || tokens.isEmpty { return [] }
        return try text.utf16.withUnsafeBufferPointer { (buffer) throws(StageError) in
            try tokens.withUnsafeBufferPointer { (tokens) throws(StageError) in
                try GazetteerIndex.withViews(indexes) { (views) throws(StageError) in
                    let caches = self.caches.checkOut()
                    defer { self.caches.checkIn(caches) }
                    let units = try GazetteerDocumentUnits(text: buffer, tokens: tokens, sentences: sentences, view: views[0], cache: caches[0])
                    return GazetteerMatcher(gazetteer: self, text: buffer, units: units, caches: caches).entities(views)
                }
            }
        }
    }

    /// Distinct normalized tokens over all indexes.
    public var tokenCount: Int { indexes.reduce(0) { $0 + $1.tokenCount } }
    /// Trie nodes over all indexes.
    public var nodeCount: Int { indexes.reduce(0) { $0 + $1.nodeCount } }
    /// Bytes held by the compiled tables.
    public var byteCount: Int { indexes.reduce(0) { $0 + $1.byteCount } }
    /// Number of distinct normalizations (indexes a document's tokens are looked up in).
    public var indexCount: Int { indexes.count }

    /// `places` for `Config/gazetteers/places.tsv`.
    static func fileStem(_ path: String) -> String {
        let file = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}

/// A list as the matcher sees it.
struct GazetteerList: Sendable {
    let name: String
    let priority: Int
    let caseMode: GazetteerListOptions.CaseMode
    /// The index holding the list's names.
    let index: Int
    /// Ids (in the index's vocabulary) of the tokens on the list's stop-list.
    let stopTokens: Set<Int32>
}
