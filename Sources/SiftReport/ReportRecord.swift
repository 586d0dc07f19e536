import SiftJSON

/// One line of a results file as the report sees it: a processed document, or a failure (an error record,
/// or a line that is not a readable Sift record). Every non-blank line becomes exactly one of them.
public enum ReportRecord: Sendable, Equatable {
    case document(ReportDocument)
    case failure(ReportFailure)

    /// Reads one line (without its line break) of a results file; `number` is its 1-based line number.
    /// Never throws: a line that is not JSON, or not a Sift record, becomes a failure saying why.
    public static func parse(line: some Collection<UInt8>, number: Int) -> ReportRecord {
        let bytes = (line as? ArraySlice<UInt8>) ?? ArraySlice(line)
        if let trimmed = RecordTrimmer.trimmed(bytes), let value = try? JSONParser().parse(trimmed), let object = value.objectValue {
            return record(object, line: number)
        }
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch {
            return .failure(ReportFailure(id: nil, line: number, stage: "report", code: "invalid_json",
                                          message: "line \(number) is not valid JSON (column \(error.column): \(error.message)); "
                                              + "the report reads the JSON Lines that pipeline run writes, one record per line"))
        }
        guard let object = value.objectValue else {
            return .failure(ReportFailure(id: nil, line: number, stage: "report", code: "not_a_record",
                                          message: "line \(number) holds \(value.kindDescription), not a Sift record (a JSON object with an id)"))
        }
        return record(object, line: number)
    }

    /// Reads a parsed output record.
    public static func record(_ object: JSONObject, line: Int) -> ReportRecord {
        let id = object["id"].map(Self.displayText)
        let source = object["source"]?.objectValue.map(Self.pairs) ?? []
        if let error = object["error"] {
            let details = error.objectValue
            return .failure(ReportFailure(
                id: id, line: line, stage: details?["stage"].map(Self.displayText) ?? "unknown",
                code: details?["code"].map(Self.displayText) ?? "unknown",
                message: details?["message"].map(Self.displayText) ?? error.jsonText, source: source))
        }
        guard let id else {
            return .failure(ReportFailure(id: nil, line: line, stage: "report", code: "not_a_record",
                                          message: "line \(line) is a JSON object without an 'id': not a record of pipeline run's output",
                                          source: source))
        }
        return .document(document(object, id: id, source: source))
    }

    private static func document(_ object: JSONObject, id: String, source: [(key: String, value: String)]) -> ReportDocument {
        let metadata = object["metadata"]?.objectValue ?? JSONObject()
        var authors: [String] = []
        switch metadata["authors"] {
        case .array(let items)?: authors = items.map(displayText)
        case .string(let name)?: authors = [name]
        default: break
        }
        let shown: Set<String> = ["title", "authors", "published", "canonical_url", "extraction"]
        let other = metadata.members.filter { !shown.contains($0.key) }.map { (key: $0.key, value: displayText($0.value)) }
        let sourceObject = object["source"]?.objectValue
        let sentimentObject = object["sentiment"]?.objectValue
        return ReportDocument(
            id: id, source: source, title: metadata["title"]?.stringValue,
            authors: authors, date: metadata["published"]?.stringValue ?? sourceObject?["date"]?.stringValue,
            url: metadata["canonical_url"]?.stringValue ?? sourceObject?["url"]?.stringValue, otherMetadata: other,
            text: object["text"]?.stringValue, entities: entities(object["entities"]),
            sentences: sentences(object["sentences"], sentiment: sentimentObject?["sentences"]),
            sentiment: sentimentObject?["document"]?.objectValue?["compound"]?.doubleValue,
            stance: stance(object["stance"]), diagnostics: object["diagnostics"]?.objectValue.map(pairs) ?? [])
    }

    private static func entities(_ value: JSONValue?) -> [ReportDocument.Entity] {
        (value?.arrayValue ?? []).compactMap { item in
            guard let entity = item.objectValue, let start = entity["start"]?.intValue, let end = entity["end"]?.intValue else { return nil }
            return ReportDocument.Entity(
                start: start, end: end, text: entity["text"]?.stringValue ?? "", label: entity["label"]?.stringValue ?? "MISC",
                id: entity["id"]?.stringValue ?? entity["text"]?.stringValue ?? "", source: entity["source"]?.stringValue ?? "")
        }
    }

    /// Sentences from the sentences layer, with the compound of the sentiment layer's sentence at the same
    /// offsets; the sentiment layer's sentences alone when there is no sentences layer.
    private static func sentences(_ value: JSONValue?, sentiment: JSONValue?) -> [ReportDocument.Sentence] {
        let scored: [ReportDocument.Sentence] = (sentiment?.arrayValue ?? []).compactMap { item in
            guard let sentence = item.objectValue, let start = sentence["start"]?.intValue, let end = sentence["end"]?.intValue else { return nil }
            return ReportDocument.Sentence(start: start, end: end, compound: sentence["compound"]?.doubleValue)
        }
        guard let items = value?.arrayValue else { return scored }
        var compounds: [Int: (end: Int, compound: Double?)] = [:]
        for sentence in scored { compounds[sentence.start] = (sentence.end, sentence.compound) }
        return items.compactMap { item in
            guard let sentence = item.objectValue, let start = sentence["start"]?.intValue, let end = sentence["end"]?.intValue else { return nil }
            let match = compounds[start].flatMap { $0.end == end ? $0.compound : nil }
            return ReportDocument.Sentence(start: start, end: end, compound: match)
        }
    }

    private static func stance(_ value: JSONValue?) -> [ReportStance] {
        (value?.objectValue?["targets"]?.arrayValue ?? []).compactMap { item in
            guard let target = item.objectValue, let name = target["target"]?.stringValue else { return nil }
            let document = target["document"].flatMap { position($0, holder: nil) }
                ?? ReportStance.Position(holder: nil, label: .none, score: 0, evidence: [])
            let holders: [ReportStance.Position] = (target["holders"]?.arrayValue ?? []).compactMap { entry in
                guard let holder = entry.objectValue?["holder"]?.objectValue, let text = holder["text"]?.stringValue else { return nil }
                return position(entry, holder: ReportStance.Holder(text: text, entityID: holder["entity_id"]?.stringValue))
            }
            return ReportStance(target: name, document: document, holders: holders)
        }
    }

    private static func position(_ value: JSONValue, holder: ReportStance.Holder?) -> ReportStance.Position? {
        guard let object = value.objectValue else { return nil }
        let label = object["label"]?.stringValue.flatMap(ReportStance.Label.init(rawValue:)) ?? .none
        let evidence: [ReportStance.Evidence] = (object["evidence"]?.arrayValue ?? []).compactMap { item in
            guard let entry = item.objectValue, let sentence = entry["sentence"]?.intValue else { return nil }
            let cues: [ReportStance.Cue] = (entry["cues"]?.arrayValue ?? []).compactMap { cue in
                guard let cue = cue.objectValue, let start = cue["start"]?.intValue, let end = cue["end"]?.intValue else { return nil }
                return ReportStance.Cue(text: cue["text"]?.stringValue ?? "", start: start, end: end, value: cue["value"]?.doubleValue ?? 0,
                                        rules: (cue["rules"]?.arrayValue ?? []).compactMap(\.stringValue))
            }
            return ReportStance.Evidence(sentence: sentence, cues: cues)
        }
        return ReportStance.Position(holder: holder, label: label, score: object["score"]?.doubleValue ?? 0, evidence: evidence)
    }

    private static func pairs(_ object: JSONObject) -> [(key: String, value: String)] {
        object.members.map { (key: $0.key, value: displayText($0.value)) }
    }

    /// A value as the report shows it: strings as they are, anything else as compact JSON (shortened past 300 characters).
    static func displayText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        let text = value.jsonText
        return text.count > 300 ? String(text.prefix(299)) + "…" : text
    }
}
