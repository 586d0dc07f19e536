import Foundation
import SiftJSON

/// The `input` and `output` sections of a config.
extension Reader {
    static let inputKeys = ["paths", "format", "extensions", "fields", "members", "max_document_bytes", "warc_record_types"]
    static let outputKeys = ["path", "include_text", "shard_size", "compression"]

    mutating func input(_ value: JSONValue, at path: JSONPath, baseDirectory: String) -> InputConfig {
        var input = InputConfig()
        guard let object = object(value, at: path, allowed: Self.inputKeys) else { return input }
        if let paths = object["paths"] {
            let listed = strings(paths, at: path.appending("paths"))
            for (index, raw) in listed.enumerated() where raw != "-" {
                if let problem = InputPathPattern.problem(raw, resolved: InputPathPattern.resolve(raw, against: baseDirectory)) {
                    self.problem(path.appending("paths").appending(index: index), problem)
                }
            }
            input.paths = listed.map { InputPathPattern.resolve($0, against: baseDirectory) }
        }
        input.format = enumeration(object, "format", at: path) ?? .auto
        if let extensions = object["extensions"] {
            input.extensions = strings(extensions, at: path.appending("extensions")).map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
        }
        if let fieldsValue = object["fields"], let fields = self.object(fieldsValue, at: path.appending("fields"), allowed: ["id", "html", "text", "url", "date"]) {
            let fieldsPath = path.appending("fields")
            input.fields.id = string(fields, "id", at: fieldsPath) ?? input.fields.id
            input.fields.html = string(fields, "html", at: fieldsPath) ?? input.fields.html
            input.fields.text = string(fields, "text", at: fieldsPath) ?? input.fields.text
            input.fields.url = string(fields, "url", at: fieldsPath) ?? input.fields.url
            input.fields.date = string(fields, "date", at: fieldsPath) ?? input.fields.date
        }
        if let members = object["members"] {
            input.members = strings(members, at: path.appending("members"))
        }
        input.maxDocumentBytes = integer(object, "max_document_bytes", at: path, minimum: 1) ?? input.maxDocumentBytes
        if let types = object["warc_record_types"] {
            let typesPath = path.appending("warc_record_types")
            var parsed: [WARCRecordType] = []
            for (index, name) in strings(types, at: typesPath).enumerated() {
                if let type = WARCRecordType(rawValue: name) { parsed.append(type) } else {
                    let allowed = WARCRecordType.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                    problem(typesPath.appending(index: index), "expected one of \(allowed), got \"\(name)\"")
                }
            }
            input.warcRecordTypes = parsed
        }
        return input
    }

    mutating func output(_ value: JSONValue, at path: JSONPath, baseDirectory: String) -> OutputConfig {
        var output = OutputConfig()
        guard let object = object(value, at: path, allowed: Self.outputKeys) else { return output }
        if let file = string(object, "path", at: path) {
            output.path = file == "-" ? file : resolve(file, against: baseDirectory)
        }
        output.includeText = bool(object, "include_text", at: path) ?? output.includeText
        output.shardSize = integer(object, "shard_size", at: path, minimum: 1)
        output.compression = enumeration(object, "compression", at: path) ?? .auto
        if output.shardSize != nil && output.path == "-" {
            problem(path.appending("shard_size"), "sharded output needs a folder: set output.path to a folder such as \"out/\"")
        }
        return output
    }

    mutating func integer(_ object: JSONObject, _ key: String, at path: JSONPath, minimum: Int) -> Int? {
        guard let value = object[key] else { return nil }
        let number: Int?
        switch value {
        case .integer(let n): number = n
        case .number(let d) where d == d.rounded() && abs(d) < 1e15: number = Int(d)
        default: number = nil
        }
        guard let number else {
            problem(path.appending(key), "expected an integer, got \(value.excerpt)")
            return nil
        }
        guard number >= minimum else {
            problem(path.appending(key), "must be at least \(minimum), got \(number)")
            return nil
        }
        return number
    }
}
