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
