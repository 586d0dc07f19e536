/// A document's input before cleanup.
public enum RawContent: Sendable {
    /// Markup bytes (HTML or XHTML), in the declared or detected encoding.
    case html([UInt8])
    /// Plain-text bytes (UTF-8 expected; invalid sequences are repaired by cleanup).
    case plainText([UInt8])
    /// Text that is already a Swift string (e.g. a JSON Lines `text` field).
    case text(String)

    /// Size of the raw input in bytes.
    public var byteCount: Int {
        switch self {
        case .html(let bytes), .plainText(let bytes): return bytes.count
        case .text(let string): return string.utf8.count
        }
    }
}
