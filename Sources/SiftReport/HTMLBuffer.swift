/// A growing buffer of HTML bytes: trusted markup goes in through `raw`, everything else through
/// `text`, which escapes it.
///
/// Every piece of document data (text, ids, labels, metadata, error messages, file names) reaches the report
/// through `text` or `escape`, the one escaping function of this module: `&`, `<`, `>`, `"` and `'` become
/// character references, so data is shown as text in element content and in double-quoted attribute values,
/// never parsed as markup. NUL, which HTML parsers replace anyway, becomes U+FFFD.
public struct HTMLBuffer: Sendable {
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The HTML written so far.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Appends trusted markup (tags and attribute names written by the renderer, never document data).
    public mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup built by the renderer from trusted pieces and numbers (class names, generated ids).
    public mutating func raw(markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends another buffer's HTML.
    public mutating func append(_ other: HTMLBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends an integer in decimal.
    public mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `value` escaped: safe as element content and inside a double-quoted attribute value.
    public mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { buffer in
            for byte in buffer { appendEscaped(byte) }
        }
    }

    /// Appends one byte of UTF-8 text, escaped.
    @inline(__always)
    mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): raw("&amp;")
        case UInt8(ascii: "<"): raw("&lt;")
        case UInt8(ascii: ">"): raw("&gt;")
        case UInt8(ascii: "\""): raw("&quot;")
        case UInt8(ascii: "'"): raw("&#39;")
        case 0: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        default: bytes.append(byte)
        }
    }

    /// Removes everything written so far, keeping the storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// `value` escaped for HTML text and double-quoted attribute values: the one escaping function of the report.
    public static func escape(_ value: String) -> String {
        var buffer = HTMLBuffer(capacity: value.utf8.count + 16)
        buffer.text(value)
        return buffer.string
    }
}
