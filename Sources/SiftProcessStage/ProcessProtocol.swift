import SiftCore
import SiftJSON

/// The JSON Lines protocol between a process stage and its workers: one JSON object per line, UTF-8,
/// over the worker's standard input (requests) and standard output (replies). Standard error is free
/// for logs. The full description, with a complete worker in Python, is in `docs/writing-a-stage.md`.
///
/// ```text
/// → {"type":"hello","protocol":1,"stage_api":1,"pipeline":"news","options":{…}}
/// ← {"type":"ready","protocol":1,"name":"shout","requires":["text","tokens"],"provides":["shouts"]}
/// → {"type":"process","seq":1,"id":"doc-1","text":"…","metadata":{…},"layers":{"tokens":[…]}}
/// ← {"type":"result","seq":1,"layers":{"shouts":[{"start":0,"end":5}]}}
/// ← {"type":"error","seq":2,"code":"invalid_input","message":"…"}        (this document fails, the worker goes on)
/// ```
///
/// Offsets are Unicode code points into `text`, end exclusive, both ways. A worker exits when its
/// standard input closes.
public enum ProcessProtocol {
    /// The protocol version this build speaks. A new version is a new number; old workers keep working
    /// for as long as their version is accepted here.
    public static let version = 1

    /// What a worker declares in its handshake reply.
    public struct Ready: Sendable, Equatable {
        /// A short name for logs and error messages.
        public var name: String?
        public var requires: [LayerName]?
        public var provides: [LayerName]?
    }

    /// A worker's reply to one document.
    enum Reply {
        /// The layers the worker adds, as sent (code-point offsets, not yet validated).
        case layers(JSONObject)
        /// The worker could not process this document.
        case failure(code: String, message: String)
    }

    /// The handshake line.
    static func hello(pipeline: String, options: JSONValue) -> [UInt8] {
        let message: JSONValue = [
            "type": "hello", "protocol": .integer(version), "stage_api": .integer(SiftVersion.stageAPI),
            "pipeline": .string(pipeline), "options": options,
        ]
        return Array((message.jsonText + "\n").utf8)
    }

    /// Parses the handshake reply.
    static func parseReady(_ line: [UInt8]) throws(WorkerFailure) -> Ready {
        let object = try parseObject(line, expecting: "a handshake reply ({\"type\":\"ready\",…})")
        switch object["type"]?.stringValue {
        case "ready": break
        case "error":
            throw .rejected(object["message"]?.stringValue ?? "the worker refused its options (no message)")
        default:
            throw .protocolViolation("expected {\"type\":\"ready\",…} as the handshake reply, got \(JSONValue.object(object).excerpt)")
        }
        guard let version = object["protocol"]?.intValue else {
            throw .protocolViolation("the handshake reply has no integer \"protocol\" field (this build speaks protocol \(Self.version))")
        }
        guard version == Self.version else {
            throw .protocolViolation("the worker speaks protocol \(version); this build speaks protocol \(Self.version)")
        }
        return Ready(name: object["name"]?.stringValue, requires: try layerList(object["requires"], "requires"),
                     provides: try layerList(object["provides"], "provides"))
    }

    private static func layerList(_ value: JSONValue?, _ field: String) throws(WorkerFailure) -> [LayerName]? {
        guard let value, value != .null else { return nil }
        guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
            throw .protocolViolation("\"\(field)\" in the handshake reply must be an array of layer names, got \(value.excerpt)")
        }
        return items.compactMap(\.stringValue).map { LayerName($0) }
    }

    /// The request line for one document: its text, metadata and the layers the worker requires.
    static func request(seq: Int, document: Document, text: DocumentText, requires: [LayerName]) -> [UInt8] {
        var writer = JSONWriter(capacity: 256 + text.count * 2)
        writer.raw("{\"type\":\"process\",\"seq\":")
        writer.integer(seq)
        writer.raw(",\"id\":")
        writer.string(document.id)
        writer.raw(",\"text\":")
        writer.string(text.string)
        writer.raw(",\"metadata\":")
        writer.write(.object(document.metadata))
        writer.raw(",\"layers\":{")
        var first = true
        for name in requires where name != .text {
            guard let layer = document.layers[name] else { continue }
            if !first { writer.byte(UInt8(ascii: ",")) }
            first = false
            writer.string(name.rawValue)
            writer.byte(UInt8(ascii: ":"))
            layer.writeJSON(to: &writer, text: text)
        }
        writer.raw("}}\n")
        return writer.bytes
    }

    /// Parses the reply to request `seq`.
    static func parseReply(_ line: [UInt8], seq: Int) throws(WorkerFailure) -> Reply {
        let object = try parseObject(line, expecting: "a reply ({\"type\":\"result\",…})")
        guard object["seq"]?.intValue == seq else {
            throw .protocolViolation("expected a reply with \"seq\":\(seq), got \(JSONValue.object(object).excerpt)")
        }
        switch object["type"]?.stringValue {
        case "result":
            guard case .object(let layers)? = object["layers"] else {
                throw .protocolViolation("a result needs a \"layers\" object, got \(object["layers"]?.excerpt ?? "none")")
            }
            return .layers(layers)
        case "error":
            let code = object["code"]?.stringValue.flatMap { isCode($0) ? $0 : nil } ?? "worker_error"
            return .failure(code: code, message: object["message"]?.stringValue ?? "the worker reported an error (no message)")
        default:
            throw .protocolViolation("expected \"type\" \"result\" or \"error\", got \(JSONValue.object(object).excerpt)")
        }
    }

    private static func parseObject(_ line: [UInt8], expecting what: String) throws(WorkerFailure) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser().parse(line)
        } catch {
            let excerpt = String(decoding: line.prefix(80), as: UTF8.self)
            throw .protocolViolation("expected \(what) on stdout, got a line that is not JSON (\(error.message)): \(excerpt.debugDescription); write logs to stderr")
        }
        guard case .object(let object) = value else { throw .protocolViolation("expected \(what), got \(value.excerpt)") }
        return object
    }

    /// Error codes are short snake_case words (`invalid_input`); anything else is replaced by `worker_error`.
    private static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }
}
