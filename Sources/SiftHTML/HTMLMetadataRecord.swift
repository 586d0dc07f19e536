import CSiftLibXML2

/// A piece of metadata markup met while walking a page: `<meta>`, `<link rel=canonical>`,
/// `<time datetime>` or a JSON-LD script. `HTMLMetadata` interprets them.
public struct HTMLMetadataRecord: Sendable, Hashable {
    /// Which markup the record comes from.
    public enum Kind: Sendable, Hashable {
        /// `<meta name|property|itemprop=key content=value>` (key lowercased, value whitespace-collapsed).
        case meta
        /// `<link rel=canonical href=value>` (key `canonical`).
        case link
        /// `<script type="application/ld+json">` (empty key; the script text as is).
        case jsonLD
        /// `<time datetime=value>`; the key is the number of text blocks before the element.
        case time
    }

    /// The markup, its key (meta name or property, link rel; see `Kind`) and its value.
    public var kind: Kind
    public var key: String
    public var value: String

    /// A record with the given fields.
    public init(kind: Kind, key: String, value: String) {
        self.kind = kind
        self.key = key
        self.value = value
    }

    /// Parses the C walker's record buffer: kind byte, key, NUL, value, NUL, repeated.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [HTMLMetadataRecord] {
        var records: [HTMLMetadataRecord] = []
        var index = 0
        func field() -> String? {
            guard let end = bytes[index...].firstIndex(of: 0) else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            index = end + 1
            return text
        }
        while index < bytes.count {
            let kindByte = bytes[index]
            index += 1
            guard let key = field(), let value = field() else { break }
            let kind: Kind
            switch Int32(kindByte) {
            case Int32(SIFT_RECORD_META): kind = .meta
            case Int32(SIFT_RECORD_LINK): kind = .link
            case Int32(SIFT_RECORD_JSON_LD): kind = .jsonLD
            case Int32(SIFT_RECORD_TIME): kind = .time
            default: continue
            }
            records.append(HTMLMetadataRecord(kind: kind, key: key, value: value))
        }
        return records
    }
}
