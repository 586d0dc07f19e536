extension JSONValue {
    /// Indented JSON text (two spaces), keys in stored order, with a trailing newline.
    public var prettyText: String {
        var out = ""
        Self.pretty(self, indent: "", into: &out)
        return out + "\n"
    }

    private static func pretty(_ value: JSONValue, indent: String, into out: inout String) {
        let inner = indent + "  "
        switch value {
        case .array(let items) where !items.isEmpty:
            if items.allSatisfy({ if case .array = $0 { return false }; if case .object = $0 { return false }; return true }) {
                out += "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                pretty(item, indent: inner, into: &out)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let object) where !object.isEmpty:
            out += "{\n"
            for (index, member) in object.members.enumerated() {
                out += inner + JSONValue.string(member.key).jsonText + ": "
                pretty(member.value, indent: inner, into: &out)
                out += index + 1 < object.count ? ",\n" : "\n"
            }
            out += indent + "}"
        default:
            out += value.jsonText
        }
    }
}
