/// Validates JSON values against a JSON Schema (the subset this project's schemas use):
/// `type`, `properties`, `required`, `additionalProperties`, `patternProperties`-free objects,
/// `items`, `prefixItems`, `minItems`, `maxItems`, `enum`, `const`, `minimum`, `maximum`,
/// `minLength`, `oneOf`, `anyOf`, `allOf`, and local `$ref`s (`#/$defs/name`).
/// Unsupported keywords are ignored, as the specification prescribes for unknown keywords.
public struct JSONSchemaValidator {
    public let schema: JSONValue

    public init(schema: JSONValue) { self.schema = schema }

    /// Every violation, each as `path: message`; empty when the value is valid.
    public func validate(_ value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: schema, at: .root, problems: &problems, depth: 0)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard case .string(let reference)? = schema.objectValue?["$ref"] else { return schema }
        let parts = reference.split(separator: "/").dropFirst().map(String.init)  // drop "#"
        var current = self.schema
        for part in parts {
            guard let next = current.objectValue?[part] else { return [:] }
            current = next
        }
        return current
    }

    private func matches(type name: String, _ value: JSONValue) -> Bool {
        switch (name, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .integer): return true
        case ("integer", .number(let d)): return d == d.rounded()
        case ("number", .integer), ("number", .number): return true
        default: return false
        }
    }

    private func check(_ value: JSONValue, against rawSchema: JSONValue, at path: JSONPath, problems: inout [String], depth: Int) {
        guard depth < 64 else { return }
        if case .bool(let allowed) = rawSchema {
            if !allowed { problems.append("\(path): not allowed") }
            return
        }
        let schema = resolve(rawSchema)
        guard let rules = schema.objectValue else { return }
        if let type = rules["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !names.contains(where: { matches(type: $0, value) }) {
                problems.append("\(path): expected \(names.joined(separator: " or ")), got \(value.kindDescription)")
                return
            }
        }
        if let allowed = rules["enum"]?.arrayValue, !allowed.contains(value) {
            problems.append("\(path): \(value.excerpt) is not one of \(JSONValue.array(allowed).excerpt)")
        }
        if let constant = rules["const"], constant != value {
            problems.append("\(path): expected \(constant.excerpt), got \(value.excerpt)")
        }
        if let number = value.doubleValue {
            if let minimum = rules["minimum"]?.doubleValue, number < minimum { problems.append("\(path): \(number) < minimum \(minimum)") }
            if let maximum = rules["maximum"]?.doubleValue, number > maximum { problems.append("\(path): \(number) > maximum \(maximum)") }
        }
        if case .string(let text) = value, let minimum = rules["minLength"]?.intValue, text.unicodeScalars.count < minimum {
            problems.append("\(path): shorter than \(minimum) characters")
        }
        if case .array(let items) = value {
            if let minimum = rules["minItems"]?.intValue, items.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
            if let maximum = rules["maxItems"]?.intValue, items.count > maximum { problems.append("\(path): more than \(maximum) items") }
            let prefix = rules["prefixItems"]?.arrayValue ?? []
            for (index, item) in items.enumerated() {
                if index < prefix.count {
                    check(item, against: prefix[index], at: path.appending(index: index), problems: &problems, depth: depth + 1)
                } else if let itemSchema = rules["items"] {
                    check(item, against: itemSchema, at: path.appending(index: index), problems: &problems, depth: depth + 1)
                }
            }
        }
        if case .object(let object) = value {
            let properties = rules["properties"]?.objectValue ?? JSONObject()
            for required in rules["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[required] == nil {
                problems.append("\(path): missing required property '\(required)'")
            }
            for member in object.members {
                if let propertySchema = properties[member.key] {
                    check(member.value, against: propertySchema, at: path.appending(member.key), problems: &problems, depth: depth + 1)
                } else if let additional = rules["additionalProperties"] {
                    if case .bool(false) = additional {
                        problems.append("\(path): unexpected property '\(member.key)'")
                    } else {
                        check(member.value, against: additional, at: path.appending(member.key), problems: &problems, depth: depth + 1)
                    }
                }
            }
        }
        if let all = rules["allOf"]?.arrayValue {
            for sub in all { check(value, against: sub, at: path, problems: &problems, depth: depth + 1) }
        }
        if let any = rules["anyOf"]?.arrayValue {
            let passing = any.contains { sub in
                var scratch: [String] = []
                check(value, against: sub, at: path, problems: &scratch, depth: depth + 1)
                return scratch.isEmpty
            }
            if !passing { problems.append("\(path): matches none of the allowed forms (anyOf)") }
        }
        if let one = rules["oneOf"]?.arrayValue {
            var failures: [[String]] = []
            for sub in one {
                var scratch: [String] = []
                check(value, against: sub, at: path, problems: &scratch, depth: depth + 1)
                failures.append(scratch)
            }
            let passing = failures.filter(\.isEmpty).count
            if passing != 1 {
                let detail = passing == 0 ? (failures.min(by: { $0.count < $1.count }) ?? []).joined(separator: "; ") : "\(passing) forms match"
                problems.append("\(path): must match exactly one form (oneOf): \(detail)")
            }
        }
    }
}
