import CSiftICU
import SiftCore
import SiftJSON

/// The charset a document's bytes were read in, and what decided it.
///
/// Recorded by `cleanup.html.v1` as `metadata["charset"]` = `{"name": String, "source": String}` plus
/// `"confidence": Int` (0…100) when `source` is `detected` — only when the bytes were *not* read as
/// UTF-8 (i.e. they were converted), so UTF-8 documents keep their old output.
public struct CharsetDecision: Sendable, Hashable {
    /// What decided the charset.
    public enum Source: String, Sendable, Hashable {
        /// A UTF-8 / UTF-16LE / UTF-16BE byte-order mark.
        case bom
        /// The input's HTTP `Content-Type` (`metadata.http.content_type` or `metadata.content_type`).
        case http
        /// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB.
        case meta
        /// The bytes are valid UTF-8 (or UTF-8 with some damage: see `InputDecoding.looksLikeDamagedUTF8`).
        case utf8
        /// ICU's detector (`sift_detect_charset`) above `InputDecoding.detectionThreshold`.
        case detected
        /// Invalid UTF-8, no declaration, no confident detection: windows-1252 (HTML) or repaired UTF-8 (plain text).
        case fallback
        /// A WARC payload the reader already converted to UTF-8 (`metadata.warc.charset`).
        case warc
    }

    /// The charset name as ICU knows it, lowercased (`utf-8`, `utf-16le`, `windows-1251`, `shift_jis`, …).
    public var name: String
    public var source: Source
    /// The detector's confidence (0…100), for `source == .detected`.
    public var confidence: Int?

    public init(name: String, source: Source, confidence: Int? = nil) {
        self.name = name
        self.source = source
        self.confidence = confidence
    }

    /// Whether the bytes are read as UTF-8 (no conversion).
    public var isUTF8: Bool { name == "utf-8" }

    /// The `metadata["charset"]` value.
    public var json: JSONValue {
        var object = JSONObject([("name", .string(name)), ("source", .string(source.rawValue))])
        if let confidence { object["confidence"] = .integer(confidence) }
        return .object(object)
    }
}

extension InputDecoding {
    /// Detector confidence (0…100) below which ICU's guess is not used.
    public static let detectionThreshold: Int32 = 30
    /// A lower confidence is accepted when there is enough non-ASCII evidence (`evidenceBytes` bytes ≥ 0x80):
    /// ICU reports low confidence for short single-byte texts even when its guess is right, while a few stray
    /// bytes in otherwise ASCII text must not be reinterpreted.
    public static let lowDetectionThreshold: Int32 = 10
    public static let evidenceBytes = 64

    static func highBytes(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in raw where byte >= 0x80 { count += 1 }
        return count
    }

    /// The charset the input itself declares: `metadata.http.content_type` (an HTTP `Content-Type`
    /// header value), else `metadata.content_type`; the `charset=` parameter of either. Nil when absent.
    public static func declaredInputCharset(in metadata: JSONObject) -> String? {
        let contentType = metadata["http"]?.objectValue?["content_type"]?.stringValue
            ?? metadata["content_type"]?.stringValue
        guard let contentType else { return nil }
        return Array(contentType.utf8).withUnsafeBufferPointer { charsetParameter(in: $0[...]) }
    }

    /// Decides the charset of `raw` (see `decodeToUTF8`).
    public static func decideCharset(
        _ raw: UnsafeBufferPointer<UInt8>, isHTML: Bool, declared: String? = nil, readingMeta: Bool = true
    ) -> CharsetDecision {
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { return CharsetDecision(name: "utf-8", source: .bom) }
        if raw.count >= 2, raw[0] == 0xFF, raw[1] == 0xFE { return CharsetDecision(name: "utf-16le", source: .bom) }
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF { return CharsetDecision(name: "utf-16be", source: .bom) }
        if let name = declared.flatMap({ canonicalName($0, fromMeta: false) }) { return CharsetDecision(name: name, source: .http) }
        if isHTML, readingMeta, let name = metaCharset(in: raw).flatMap({ canonicalName($0, fromMeta: true) }) {
            return CharsetDecision(name: name, source: .meta)
        }
        if looksLikeDamagedUTF8(raw) { return CharsetDecision(name: "utf-8", source: .utf8) }
        if let base = raw.baseAddress, raw.count <= Int(Int32.max) {
            var buffer = [CChar](repeating: 0, count: 64)
            let confidence = base.withMemoryRebound(to: CChar.self, capacity: raw.count) { bytes in
                sift_detect_charset(bytes, Int32(raw.count), &buffer, Int32(buffer.count))
            }
            if confidence >= detectionThreshold || (confidence >= lowDetectionThreshold && highBytes(raw) >= evidenceBytes),
                let name = canonicalName(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), fromMeta: false)
            {
                return CharsetDecision(name: name, source: .detected, confidence: Int(confidence))
            }
        }
        return CharsetDecision(name: isHTML ? "windows-1252" : "utf-8", source: .fallback)
    }

    /// `bytes` as UTF-8 for the existing pipeline (BOM stripping and repair still follow, in `withValidUTF8`),
    /// and the charset decision. The array is returned unchanged when it is read as UTF-8.
    /// - Parameters:
    ///   - declared: a charset the input carries (`declaredInputCharset(in:)`).
    ///   - alreadyUTF8: the bytes were converted upstream (WARC payloads): no detection.
    public static func decodeToUTF8(
        _ bytes: [UInt8], isHTML: Bool, declared: String? = nil, alreadyUTF8: Bool = false
    ) -> (bytes: [UInt8], charset: CharsetDecision) {
        if alreadyUTF8 { return (bytes, CharsetDecision(name: "utf-8", source: .warc)) }
        var decision = bytes.withUnsafeBufferPointer { decideCharset($0, isHTML: isHTML, declared: declared) }
        if decision.isUTF8 { return (bytes, decision) }
        let start = decision.source == .bom ? 2 : 0
        if let converted = convert(bytes[start...], from: decision.name) { return (converted, decision) }
        // ICU does not know the name: detection (never fail).
        if decision.source == .http || decision.source == .meta {
            decision = bytes.withUnsafeBufferPointer { decideCharset($0, isHTML: isHTML, declared: nil, readingMeta: false) }
            if decision.isUTF8 { return (bytes, decision) }
            if let converted = convert(bytes[...], from: decision.name) { return (converted, decision) }
        }
        return (bytes, CharsetDecision(name: "utf-8", source: .fallback))
    }

    /// `decodeToUTF8` for a document: its raw bytes, the input's declared charset, the WARC rule.
    public static func decodeToUTF8(_ bytes: [UInt8], isHTML: Bool, metadata: JSONObject) -> (bytes: [UInt8], charset: CharsetDecision) {
        let fromWARC = metadata["warc"]?.objectValue?["charset"] != nil
        return decodeToUTF8(bytes, isHTML: isHTML, declared: fromWARC ? nil : declaredInputCharset(in: metadata), alreadyUTF8: fromWARC)
    }

    /// Converts `bytes` in `charset` to UTF-8 with ICU; nil when ICU does not know the charset.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) -> [UInt8]? {
        guard bytes.count <= Int(Int32.max) / 4 else { return nil }
        return bytes.withUnsafeBufferPointer { input -> [UInt8]? in
            input.withMemoryRebound(to: CChar.self) { source -> [UInt8]? in
                var capacity = max(16, source.count * 3 + 16)
                while true {
                    var needed: Int32 = 0
                    let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                        needed = buffer.withMemoryRebound(to: CChar.self) { out in
                            sift_convert_to_utf8(charset, source.baseAddress, Int32(source.count), out.baseAddress, Int32(capacity))
                        }
                        count = needed >= 0 && Int(needed) <= capacity ? Int(needed) : 0
                    }
                    if needed < 0 { return nil }
                    if Int(needed) <= capacity { return output }
                    capacity = Int(needed)
                }
            }
        }
    }
}
