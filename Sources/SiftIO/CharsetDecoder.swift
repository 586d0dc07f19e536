import CSiftICU

/// Converts web payloads to UTF-8: the charset comes from the HTTP `Content-Type`, then `<meta charset>`
/// (or `http-equiv`) in the first 4 KB, then ICU's charset detector; labels follow the HTML standard
/// (`iso-8859-1` and `us-ascii` mean windows-1252). Invalid UTF-8 is left for cleanup to repair.
enum CharsetDecoder {
    /// The converted bytes with the charset used and where it came from (`http`, `meta`, `detected`, `default`).
    struct Decoded {
        var bytes: [UInt8]
        var charset: String
        var origin: String
    }

    static func decode(_ bytes: [UInt8], contentType: String?, isHTML: Bool) -> Decoded {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return Decoded(bytes: bytes, charset: "utf-8", origin: "bom") }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let label = bytes[0] == 0xFF ? "utf-16le" : "utf-16be"
            if let converted = convert(Array(bytes[2...]), from: label) { return Decoded(bytes: converted, charset: label, origin: "bom") }
        }
        if let declared = contentType.flatMap(charsetParameter), let decoded = apply(declared, to: bytes, origin: "http") { return decoded }
        if isHTML, let declared = metaCharset(bytes), let decoded = apply(declared, to: bytes, origin: "meta", fromMeta: true) { return decoded }
        if String(validating: bytes, as: UTF8.self) != nil { return Decoded(bytes: bytes, charset: "utf-8", origin: "detected") }
        if let detected = detect(bytes), let decoded = apply(detected, to: bytes, origin: "detected") { return decoded }
        return apply("windows-1252", to: bytes, origin: "default") ?? Decoded(bytes: bytes, charset: "utf-8", origin: "default")
    }

    /// Converts with a declared label; nil when ICU does not know it.
    private static func apply(_ label: String, to bytes: [UInt8], origin: String, fromMeta: Bool = false) -> Decoded? {
        var charset = normalized(label)
        if fromMeta && charset.hasPrefix("utf-16") { charset = "utf-8" }  // HTML: a meta tag readable as ASCII is not UTF-16
        if charset == "utf-8" { return Decoded(bytes: bytes, charset: charset, origin: origin) }
        guard let converted = convert(bytes, from: charset) else { return nil }
        return Decoded(bytes: converted, charset: charset, origin: origin)
    }

    static func normalized(_ label: String) -> String {
        let lower = label.trimmingQuotesAndSpaces().lowercased()
        switch lower {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819":
            return "windows-1252"
        default: return lower
        }
    }

    /// `charset=…` from a `Content-Type` value.
    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingQuotesAndSpaces().lowercased() == "charset" {
                let value = parts[1].trimmingQuotesAndSpaces()
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` declares in the first 4 KB.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var index = 0
        while let meta = find(Array("<meta".utf8), in: head, from: index) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let found = find(Array("charset".utf8), in: Array(head[meta..<close]), from: 0) {
                var cursor = meta + found + 7
                while cursor < close, [0x20, 0x09, 0x0A, 0x0D].contains(head[cursor]) { cursor += 1 }
                if cursor < close, head[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < close, [0x20, 0x09, 0x22, 0x27].contains(head[cursor]) { cursor += 1 }
                    var stop = cursor
                    while stop < close, ![0x20, 0x09, 0x22, 0x27, 0x3B, 0x2F, 0x3E].contains(head[stop]) { stop += 1 }
                    if stop > cursor { return String(decoding: head[cursor..<stop], as: UTF8.self) }
                }
            }
            index = meta + 5
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }

    /// ICU's best guess for the first 64 KB.
    static func detect(_ bytes: [UInt8]) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        let sample = Int32(min(bytes.count, 1 << 16))
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { sift_detect_charset($0.baseAddress, sample, &name, Int32(name.count)) }
        }
        guard confidence >= 10 else { return nil }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `bytes` converted from `charset` to UTF-8 by ICU; nil when ICU does not know the charset.
    static func convert(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        guard bytes.count < Int(Int32.max) / 4 else { return nil }
        var capacity = bytes.count * 3 + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            let needed = bytes.withUnsafeBufferPointer { input in
                input.withMemoryRebound(to: CChar.self) { source in
                    output.withUnsafeMutableBufferPointer { target in
                        target.withMemoryRebound(to: CChar.self) {
                            sift_convert_to_utf8(charset, source.baseAddress, Int32(bytes.count), $0.baseAddress, Int32(capacity))
                        }
                    }
                }
            }
            if needed < 0 { return nil }
            if Int(needed) <= capacity {
                output.removeSubrange(Int(needed)...)
                return output
            }
            capacity = Int(needed)
        }
    }
}

extension StringProtocol {
    func trimmingQuotesAndSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\"" || first == "'" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\"" || last == "'" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
