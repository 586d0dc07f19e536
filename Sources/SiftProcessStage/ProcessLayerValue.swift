import SiftCore
import SiftJSON

/// A layer returned by a process-stage worker: free-form JSON in which every *span object* — an object
/// with `start` and `end` — holds UTF-16 offsets while the document is processed and is written back
/// with code-point offsets, like every other layer.
public struct ProcessLayerValue: SpanLayerValue, Equatable {
    /// The layer's JSON, with the offsets of every span object in UTF-16 units.
    public let value: JSONValue
    /// The span of every span object, depth first, in JSON order.
    public let spans: [TextSpan]

    /// Writes the layer with every span's offsets converted to code points.
    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        Self.write(value, to: &writer, text: text)
    }

    private static func write(_ value: JSONValue, to writer: inout JSONWriter, text: DocumentText?) {
        switch value {
        case .array(let items):
            writer.byte(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                write(item, to: &writer, text: text)
            }
            writer.byte(UInt8(ascii: "]"))
        case .object(let object):
            let isSpan = object["start"]?.intValue != nil && object["end"]?.intValue != nil
            writer.byte(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.string(member.key)
                writer.byte(UInt8(ascii: ":"))
                if isSpan, member.key == "start" || member.key == "end", let offset = member.value.intValue {
                    writer.integer(text?.codePointOffset(offset) ?? offset)
                } else {
                    write(member.value, to: &writer, text: text)
                }
            }
            writer.byte(UInt8(ascii: "}"))
        default:
            writer.write(value)
        }
    }

    /// Checks a layer as a worker sent it (code-point offsets) and converts its spans to UTF-16.
    ///
    /// A span object needs integer `start` and `end` with `0 ≤ start ≤ end ≤` the text's length in code
    /// points; when it also has a string `text`, that must be the text it covers (which catches workers
    /// counting bytes or UTF-16 units instead of code points).
    public static func validated(_ value: JSONValue, layer: LayerName, text: DocumentText) throws(AnnotationError) -> ProcessLayerValue {
        var spans: [TextSpan] = []
        let converted = try convert(value, path: layer.rawValue, text: text, spans: &spans)
        return ProcessLayerValue(value: converted, spans: spans)
    }

    private static func convert(_ value: JSONValue, path: String, text: DocumentText, spans: inout [TextSpan]) throws(AnnotationError) -> JSONValue {
        switch value {
        case .array(let items):
            var result: [JSONValue] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                result.append(try convert(item, path: "\(path)[\(index)]", text: text, spans: &spans))
            }
            return .array(result)
        case .object(let object):
            var result: [(String, JSONValue)] = []
            result.reserveCapacity(object.count)
            var span: TextSpan?
            if object["start"] != nil || object["end"] != nil {
                span = try checkedSpan(object, path: path, text: text)
                spans.append(span!)
            }
            for (key, member) in object.members {
                if let span, key == "start" {
                    result.append((key, .integer(span.start)))
                } else if let span, key == "end" {
                    result.append((key, .integer(span.end)))
                } else {
                    result.append((key, try convert(member, path: "\(path).\(key)", text: text, spans: &spans)))
                }
            }
            return .object(JSONObject(result))
        default:
            return value
        }
    }

    private static func checkedSpan(_ object: JSONObject, path: String, text: DocumentText) throws(AnnotationError) -> TextSpan {
        func offset(_ key: String) throws(AnnotationError) -> Int {
            guard let raw = object[key] else {
                throw AnnotationError("\(path) has \(key == "start" ? "end" : "start") but no \(key): a span needs both")
            }
            guard case .integer(let number) = raw else {
                throw AnnotationError("\(path).\(key) must be an integer code-point offset, got \(raw.excerpt)")
            }
            return number
        }
        let start = try offset("start"), end = try offset("end")
        let length = text.codePointCount
        guard start >= 0 else { throw AnnotationError("\(path).start is \(start): offsets are never negative") }
        guard end <= length else {
            throw AnnotationError("\(path).end is \(end), past the end of the text (\(length) code points): offsets must count Unicode code points")
        }
        guard start <= end else { throw AnnotationError("\(path) starts at \(start), after its end \(end)") }
        let span = TextSpan(start: text.utf16Offset(codePoint: start), end: text.utf16Offset(codePoint: end))
        if case .string(let claimed)? = object["text"] {
            let covered = text.substring(span)
            guard claimed == covered else {
                throw AnnotationError("\(path).text is \(JSONValue.string(claimed).excerpt) but text[\(start):\(end)] is \(JSONValue.string(covered).excerpt): offsets must count Unicode code points (Python str indices), not bytes or UTF-16 units")
            }
        }
        return span
    }
}

/// An annotation a worker returned that does not fit the document: it becomes the document's error.
public struct AnnotationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
