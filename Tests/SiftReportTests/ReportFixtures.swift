import SiftJSON

/// Result records for the report tests, written the way `pipeline run` writes them.
enum ReportFixtures {
    /// A processed document; `entities` as (start, end, label, id), texts taken from `text`.
    static func record(id: String, text: String, title: String? = nil, entities: [(Int, Int, String, String)] = [],
                       sentences: [(Int, Int, Double)] = [], stance: JSONValue? = nil, documentSentiment: Double? = nil) -> String {
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, min(start, scalars.count))..<max(0, min(end, scalars.count))])
            return String(view)
        }
        var object = JSONObject([("schema_version", "1.0"), ("id", .string(id)), ("source", ["path": .string("in/" + id)]), ("text", .string(text))])
        object["metadata"] = title.map { ["title": .string($0)] } ?? [:]
        if !sentences.isEmpty {
            object["sentences"] = .array(sentences.map { ["start": .integer($0.0), "end": .integer($0.1), "tokens": [0, 0]] })
            object["sentiment"] = [
                "document": ["compound": .number(documentSentiment ?? 0), "pos": 0, "neu": 1, "neg": 0, "method": "weighted_mean"],
                "sentences": .array(sentences.map { ["start": .integer($0.0), "end": .integer($0.1), "compound": .number($0.2), "pos": 0, "neu": 1, "neg": 0] }),
            ]
        }
        if !entities.isEmpty {
            object["entities"] = .array(entities.map {
                ["start": .integer($0.0), "end": .integer($0.1), "text": .string(slice($0.0, $0.1)), "label": .string($0.2), "id": .string($0.3), "source": "test-list"]
            })
        }
        if let stance { object["stance"] = stance }
        object["provenance"] = ["pipeline": "test", "config_sha256": .string(String(repeating: "0", count: 64)), "tool_version": "0.1.0"]
        return JSONValue.object(object).jsonText
    }

    /// An error record.
    static func error(id: String, stage: String = "input", code: String = "read_error", message: String) -> String {
        JSONValue.object(JSONObject([
            ("schema_version", "1.0"), ("id", .string(id)), ("source", ["path": .string("in/" + id)]),
            ("error", ["stage": .string(stage), "code": .string(code), "message": .string(message)]),
            ("provenance", ["pipeline": "test", "config_sha256": .string(String(repeating: "0", count: 64)), "tool_version": "0.1.0"]),
        ])).jsonText
    }

    /// A stance layer with one target: the document's own stance and holders (text, entity id, label, evidence sentence, cues).
    static func stance(target: String, document: String, holders: [(String, String?, String, Int, [(String, Int, Int, Double)])]) -> JSONValue {
        func cues(_ items: [(String, Int, Int, Double)]) -> JSONValue {
            .array(items.map { ["text": .string($0.0), "start": .integer($0.1), "end": .integer($0.2), "polarity": $0.3 < 0 ? -1 : 1, "value": .number($0.3)] })
        }
        return ["targets": [[
            "target": .string(target),
            "document": ["label": .string(document), "score": 0.5, "evidence": []],
            "holders": .array(holders.map { holder in
                ["target": .string(target), "holder": ["text": .string(holder.0), "start": 0, "end": 1, "entity_id": holder.1.map(JSONValue.string) ?? .null],
                 "label": .string(holder.2), "score": holder.2 == "against" ? -0.8 : 0.8,
                 "evidence": [["sentence": .integer(holder.3), "cues": cues(holder.4), "sentiment": 0]]]
            }),
        ]]]
    }
}
