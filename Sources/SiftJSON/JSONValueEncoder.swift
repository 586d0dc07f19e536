import Foundation

/// Encodes `Encodable` values into a `JSONValue` (via Foundation's encoder; used at build time, not per document).
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        return try JSONParser().parse(Array(data))
    }
}
