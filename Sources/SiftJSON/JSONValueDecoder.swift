/// A problem met while decoding a `JSONValue` into a typed value: where, and what was expected.
public struct JSONDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(path: JSONPath, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Decodes `Decodable` types from a `JSONValue`, with errors that name the JSON path and the
/// offending value (`stages[2].options.locale: expected a string, got 3`).
///
/// The decoder also records which object keys the decoded type asked for, so callers can reject
/// keys nobody read (`unknownKeys`), the usual source of silently ignored typos in configs.
public struct JSONValueDecoder {
    public init() {}

    /// The result of a decode: the value and the object keys that were present but never read.
    public struct Result<T> {
        public var value: T
        /// Keys present in the input that the decoded type never asked for, each with its path.
        public var unknownKeys: [(path: JSONPath, key: String, knownKeys: [String])]
    }

    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, at path: JSONPath = .root) throws -> Result<T> {
        let tracker = KeyTracker()
        let decoder = ValueDecoder(value: value, path: path, tracker: tracker)
        let decoded: T
        do {
            decoded = try T(from: decoder)
        } catch let error as JSONDecodingError {
            throw error
        } catch let error as DecodingError {
            throw JSONDecodingError(decodingError: error, base: path)
        }
        return Result(value: decoded, unknownKeys: tracker.unknownKeys())
    }
}

extension JSONDecodingError {
    init(decodingError: DecodingError, base: JSONPath) {
        func resolve(_ codingPath: [any CodingKey]) -> JSONPath {
            var path = base
            for key in codingPath {
                if let index = key.intValue { path = path.appending(index: index) } else { path = path.appending(key.stringValue) }
            }
            return path
        }
        switch decodingError {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            self.init(path: resolve(context.codingPath), message: context.debugDescription)
        case .keyNotFound(let key, let context):
            self.init(path: resolve(context.codingPath), message: "missing required key '\(key.stringValue)'")
        @unknown default:
            self.init(path: base, message: "\(decodingError)")
        }
    }
}

/// Records, per decoded object, which keys were asked for.
/// Used only during one synchronous decode on one thread.
private final class KeyTracker {
    struct Entry {
        var path: JSONPath
        var object: JSONObject
        var asked: [String]
    }
    var entries: [Entry] = []

    func register(_ object: JSONObject, at path: JSONPath) -> Int {
        entries.append(Entry(path: path, object: object, asked: []))
        return entries.count - 1
    }

    func ask(_ key: String, entry: Int) {
        if !entries[entry].asked.contains(key) { entries[entry].asked.append(key) }
    }

    func unknownKeys() -> [(path: JSONPath, key: String, knownKeys: [String])] {
        var result: [(path: JSONPath, key: String, knownKeys: [String])] = []
        var seen = Set<JSONPath>()
        for entry in entries {
            for key in entry.object.keys where !entry.asked.contains(key) {
                let path = entry.path.appending(key)
                if seen.insert(path).inserted { result.append((path: path, key: key, knownKeys: entry.asked)) }
            }
        }
        return result
    }
}

private struct ValueDecoder: Decoder {
    let value: JSONValue
    let path: JSONPath
    let tracker: KeyTracker

    var codingPath: [any CodingKey] { path.components.map { component in
        switch component {
        case .key(let k): return AnyKey(stringValue: k)
        case .index(let i): return AnyKey(intValue: i)
        }
    } }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func mismatch(_ expected: String) -> JSONDecodingError {
        JSONDecodingError(path: path, message: "expected \(expected), got \(value.excerpt)")
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch("an object") }
        let entry = tracker.register(object, at: path)
        return KeyedDecodingContainer(KeyedContainer<Key>(object: object, path: path, tracker: tracker, entry: entry))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch("an array") }
        return UnkeyedContainer(items: items, path: path, tracker: tracker)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
}

extension ValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch("a boolean") }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = value else { throw mismatch("a string") }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let d = value.doubleValue else { throw mismatch("a number") }
        return d
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let i = value.intValue else { throw mismatch("an integer") }
        guard let result = T(exactly: i) else {
            throw JSONDecodingError(path: path, message: "\(i) is out of range (\(T.min)…\(T.max))")
        }
        return result
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == JSONValue.self, let result = value as? T { return result }
        return try T(from: self)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let path: JSONPath
    let tracker: KeyTracker
    let entry: Int

    var codingPath: [any CodingKey] { ValueDecoder(value: .object(object), path: path, tracker: tracker).codingPath }
    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        tracker.ask(key.stringValue, entry: entry)
        return object[key.stringValue] != nil
    }

    func child(_ key: Key) throws -> ValueDecoder {
        tracker.ask(key.stringValue, entry: entry)
        guard let value = object[key.stringValue] else {
            throw JSONDecodingError(path: path, message: "missing required key '\(key.stringValue)'")
        }
        return ValueDecoder(value: value, path: path.appending(key.stringValue), tracker: tracker)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        tracker.ask(key.stringValue, entry: entry)
        return object[key.stringValue] == nil || object[key.stringValue] == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        tracker.ask(key.stringValue, entry: entry)
        guard let value = object[key.stringValue], value != .null else { return nil }
        return try ValueDecoder(value: value, path: path.appending(key.stringValue), tracker: tracker).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        ValueDecoder(value: .object(object), path: path, tracker: tracker)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let path: JSONPath
    let tracker: KeyTracker
    var currentIndex = 0

    init(items: [JSONValue], path: JSONPath, tracker: KeyTracker) {
        self.items = items
        self.path = path
        self.tracker = tracker
    }

    var codingPath: [any CodingKey] { ValueDecoder(value: .array(items), path: path, tracker: tracker).codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> ValueDecoder {
        guard currentIndex < items.count else {
            throw JSONDecodingError(path: path, message: "expected more items in the array")
        }
        defer { currentIndex += 1 }
        return ValueDecoder(value: items[currentIndex], path: path.appending(index: currentIndex), tracker: tracker)
    }

    mutating func decodeNil() throws -> Bool {
        if currentIndex < items.count, items[currentIndex] == .null {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let b = try? container.decode(Bool.self) { self = .bool(b); return }
        if let i = try? container.decode(Int.self) { self = .integer(i); return }
        if let d = try? container.decode(Double.self) { self = .number(d); return }
        if let s = try? container.decode(String.self) { self = .string(s); return }
        if let a = try? container.decode([JSONValue].self) { self = .array(a); return }
        if let o = try? container.decode([String: JSONValue].self) {
            self = .object(JSONObject(o.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
            return
        }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .integer(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .number(let d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let object):
            var c = encoder.container(keyedBy: AnyKey.self)
            for member in object.members { try c.encode(member.value, forKey: AnyKey(stringValue: member.key)) }
        }
    }
}
