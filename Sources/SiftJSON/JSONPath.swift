/// A location inside a JSON document, rendered like `stages[2].options.locale`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// `self` followed by a relative path written like `lists[0].label` (keys separated by `.`, indices in
    /// brackets), as stages name the option a problem is about; text that is not such a path is one key.
    public func appending(path relative: String) -> JSONPath {
        var parsed: [Component] = []
        var key = ""
        var characters = relative[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case ".":
                if !key.isEmpty {
                    parsed.append(.key(key))
                    key = ""
                } else if case .index? = parsed.last {
                    continue  // `[0].label`
                } else {
                    return appending(relative)  // `.x` or `a..b`
                }
            case "[":
                guard let close = characters.firstIndex(of: "]"), let index = Int(characters[..<close]), index >= 0 else {
                    return appending(relative)
                }
                if !key.isEmpty { parsed.append(.key(key)) }
                key = ""
                parsed.append(.index(index))
                characters = characters[characters.index(after: close)...]
            default:
                key.append(character)
            }
        }
        if !key.isEmpty { parsed.append(.key(key)) }
        return parsed.isEmpty ? appending(relative) : JSONPath(components + parsed)
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                let plain = !key.isEmpty && key.utf8.allSatisfy { byte in
                    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                        || byte == 0x5F || byte == 0x2D || byte == 0x24
                }
                if plain {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\(JSONValue.string(key).jsonText)]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.description < rhs.description }
}
