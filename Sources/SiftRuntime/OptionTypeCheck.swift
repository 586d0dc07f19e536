import SiftConfig
import SiftCore
import SiftJSON

extension OptionType {
    /// Checks a config value against this type, returning one diagnostic per mismatch (all of them, not the first).
    func check(_ value: JSONValue, at path: JSONPath) -> [ConfigDiagnostic] {
        switch (self, value) {
        case (.string, .string), (.path, .string), (.boolean, .bool), (.object, .object):
            return []
        case (.integer(let minimum, let maximum), _):
            guard let number = value.intValue, value.doubleValue != nil else {
                return [ConfigDiagnostic(path, "expected an integer, got \(value.excerpt)")]
            }
            if let minimum, number < minimum { return [ConfigDiagnostic(path, "must be at least \(minimum), got \(number)")] }
            if let maximum, number > maximum { return [ConfigDiagnostic(path, "must be at most \(maximum), got \(number)")] }
            return []
        case (.number(let minimum, let maximum), _):
            guard let number = value.doubleValue else {
                return [ConfigDiagnostic(path, "expected a number, got \(value.excerpt)")]
            }
            if let minimum, number < minimum { return [ConfigDiagnostic(path, "must be at least \(minimum), got \(value.excerpt)")] }
            if let maximum, number > maximum { return [ConfigDiagnostic(path, "must be at most \(maximum), got \(value.excerpt)")] }
            return []
        case (.oneOf(let allowed), .string(let text)):
            if allowed.contains(text) { return [] }
            let hint = nearestName(to: text, among: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
            return [ConfigDiagnostic(path, "expected one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")), got \"\(text)\"\(hint)")]
        case (.array(let element), .array(let items)):
            return items.enumerated().flatMap { element.check($0.element, at: path.appending(index: $0.offset)) }
        default:
            return [ConfigDiagnostic(path, "expected \(article(displayName)), got \(value.excerpt)")]
        }
    }

    private func article(_ name: String) -> String {
        switch self {
        case .string, .path: return "a string"
        case .boolean: return "a boolean"
        case .oneOf: return "a string (\(name))"
        case .array: return "an array (\(name))"
        case .object: return "an object"
        case .integer: return "an integer"
        case .number: return "a number"
        }
    }
}
