import SiftCore
import SiftJSON

extension GazetteerLoader {
    /// Adds one JSON Lines record: `{"name": "Kyiv", "label": "GPE", "id": "Q1899", "aliases": ["Kiev"]}`.
    ///
    /// `name` (a non-empty string) and `id` (a non-empty string, or an integer) are required; `label` may be
    /// absent, null or empty (the list's default label); `aliases` is an optional array of strings. Other
    /// keys are ignored, so records exported with extra fields (descriptions, scores) load as they are.
    mutating func addJSONLine(
        _ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ reader: ListFileReader, _ builder: Int, _ list: UInt16,
        _ defaultLabel: UInt8, _ statistics: inout GazetteerListStatistics
    ) throws(StageSetupError) {
        let value: JSONValue
        do {
            value = try JSONParser(maximumDepth: 16).parse(line)
        } catch {
            throw reader.error(line: number, "invalid JSON at column \(error.column): \(error.message)")
        }
        guard case .object(let record) = value else {
            throw reader.error(line: number, "expected a JSON object with \"name\", \"label\" and \"id\", got \(value.kindDescription)")
        }
        guard case .string(let nameText)? = record["name"], !nameText.isEmpty else {
            throw reader.error(line: number, "\"name\" must be a non-empty string, got \(record["name"]?.excerpt ?? "nothing")")
        }
        let idText: String
        switch record["id"] {
        case .string(let text)? where !text.isEmpty: idText = text
        case .integer(let number)?: idText = String(number)
        default: throw reader.error(line: number, "\"id\" must be a non-empty string or an integer, got \(record["id"]?.excerpt ?? "nothing")")
        }
        let label: UInt8
        switch record["label"] {
        case nil, .null?: label = defaultLabel
        case .string(let text)?:
            let bytes = Array(text.utf8)
            guard let found = bytes.withUnsafeBufferPointer({ self.label($0, default: defaultLabel) }) else {
                throw reader.error(line: number, unknownLabel(text))
            }
            label = found
        case let other?: throw reader.error(line: number, "\"label\" must be a string, got \(other.excerpt)")
        }
        var aliases: [String] = []
        switch record["aliases"] {
        case nil, .null?: break
        case .array(let items)?:
            for (position, item) in items.enumerated() {
                guard case .string(let alias) = item else {
                    throw reader.error(line: number, "\"aliases\"[\(position)] must be a string, got \(item.excerpt)")
                }
                if !alias.isEmpty { aliases.append(alias) }
            }
        case let other?: throw reader.error(line: number, "\"aliases\" must be an array of strings, got \(other.excerpt)")
        }
        let idBytes = Array(idText.utf8)
        let entry = idBytes.withUnsafeBufferPointer { builders[builder].addEntry(id: $0) }
        var used = false
        for text in [nameText] + aliases {
            setName(text)
            used = try addName(entry, builder, list, label, reader, number, &statistics) || used
        }
        if !used { builders[builder].dropLastEntry() }
    }
}
