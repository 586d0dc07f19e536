import CSiftLibXML2

/// The character encoding cleanup reads a document's bytes in.
public enum InputEncoding: Sendable, Hashable {
    case utf8
}

/// Turns a document's raw bytes into valid UTF-8 for the parser and the normaliser.
///
/// Steps: strip a UTF-8 byte-order mark, decide the input's encoding (`detectEncoding`), repair
/// invalid UTF-8 (each maximal invalid subpart becomes one U+FFFD, as Swift's own decoder does). For
/// HTML, C0 controls other than tab, LF, FF and CR also become spaces, so libxml2 never meets a NUL.
/// Valid input without controls is handed on without a copy.
public enum InputDecoding {
    /// Decides the encoding of `bytes` (BOM already stripped).
    ///
    /// SEAM (charset issue, later): today every input is read as UTF-8. The charset issue will look at
    /// a UTF-16 BOM, the HTTP `Content-Type` carried in the document's metadata, `<meta charset>` /
    /// `http-equiv` in the first 1024 bytes, then ICU's detector (`CSiftICU.sift_detect_charset`), and
    /// convert to UTF-8 with `sift_convert_to_utf8` before the repair step below.
    public static func detectEncoding(of bytes: UnsafeBufferPointer<UInt8>, isHTML: Bool) -> InputEncoding {
        .utf8
    }

    /// `bytes` without a leading UTF-8 byte-order mark.
    public static func strippingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else { return bytes }
        return UnsafeBufferPointer(rebasing: bytes[3...])
    }

    /// Calls `body` with the input as valid UTF-8 and the number of invalid sequences repaired.
    /// - Parameter mapControls: also turn C0 controls other than tab, LF, FF and CR into spaces.
    public static func withValidUTF8<Result, Failure: Error>(
        _ raw: UnsafeBufferPointer<UInt8>, mapControls: Bool,
        _ body: (UnsafeBufferPointer<UInt8>, _ invalidSequences: Int) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let bytes = strippingByteOrderMark(raw)
        switch detectEncoding(of: bytes, isHTML: mapControls) {
        case .utf8: break
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return try body(bytes, 0) }
        var invalid = 0
        var changed: Int32 = 0
        let size = sift_utf8_repair_size(base, bytes.count, mapControls ? 1 : 0, &invalid, &changed)
        if changed == 0 { return try body(bytes, 0) }
        let repaired = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = sift_utf8_repair(base, bytes.count, mapControls ? 1 : 0, buffer.baseAddress, size)
        }
        return try repaired.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
            try body(buffer, invalid)
        }
    }
}
