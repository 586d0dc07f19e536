import CSiftLibXML2

/// Whitespace normalisation of plain text, as `HTMLCleanupStage` applies it to plain-text input.
///
/// - CRLF, CR, VT, FF, U+2028 and U+2029 become LF.
/// - Inside a line, runs of spaces, tabs, other control characters and Unicode spaces (NBSP, U+2000–U+200A,
///   U+202F, U+205F, U+3000, U+1680) become one ASCII space; spaces at the start and end of a line go.
/// - Three or more line breaks (blank lines, or lines of only spaces) become exactly one blank line;
///   leading and trailing blank lines go. Single line breaks and paragraph breaks are kept.
/// - Soft hyphens (U+00AD) and stray byte-order marks (U+FEFF) are dropped; C1 controls (U+0080–U+009F)
///   become the windows-1252 characters they almost always stand for (U+0092 → ’), undefined ones a space.
///   NUL and the other C0 controls never reach the text.
public enum PlainTextNormalizer {
    /// Normalises valid UTF-8 (repair it first: see `InputDecoding`).
    public static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        let capacity = bytes.count * 2 + 4
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            sift_text_normalize(base, bytes.count, buffer.baseAddress, capacity)
        }
    }

    /// `normalize(utf8:)` that also says where each run of the text came from (offsets into `bytes`).
    static func normalizeMapped(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (text: String, pieces: [SourcePiece]) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return ("", []) }
        let capacity = bytes.count * 2 + 4
        var pieces: UnsafeMutablePointer<SiftSourcePiece>?
        var count = 0
        var failed: Int32 = 0
        let text = String(unsafeUninitializedCapacity: capacity) { buffer in
            sift_text_normalize_mapped(base, bytes.count, buffer.baseAddress, capacity, &pieces, &count, &failed)
        }
        defer { sift_source_pieces_free(pieces) }
        return (text, SourcePiece.array(pieces, count: count))
    }

    /// Normalises a string.
    public static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalize(utf8: InputDecoding.strippingByteOrderMark($0)) }
    }
}
