import SiftJSON

/// The `source_map` layer: where the text came from in the document's original input bytes.
public enum SourceMapLayer: LayerKey {
    public typealias Value = SourceMap
    public static let name: LayerName = "source_map"
}

/// Maps runs of a document's text back to byte ranges of its raw input, so an annotation can be found
/// in the original file (e.g. highlighted in the page it was extracted from).
///
/// Written as `{"unit": "bytes", "segments": [[text_start, text_length, source_start, source_length], …]}`.
/// Text offsets are Unicode code points into the record's `text` (like every offset in the output);
/// source offsets are bytes of the input as read. Segments are sorted by `text_start` and do not
/// overlap in the text. Text no segment covers was inserted by the cleanup (separators between blocks,
/// collapsed whitespace) and has no source.
///
/// A segment whose `text_length` equals its `source_length` is a one-byte-per-character copy: character
/// `i` of the segment is byte `source_start + i`. Any other segment is taken whole: its source bytes
/// (an entity reference, a word with multi-byte characters, …) produced its text as a unit.
/// `sourceRange(forText:)` applies these rules.
///
/// Unlike span layers, this value holds code-point offsets already: it is built once, from the output
/// text, and only ever written out.
public struct SourceMap: LayerValue, Hashable {
    /// One run of text and the input bytes it came from.
    public struct Segment: Sendable, Hashable {
        /// Code-point range of the run in the text.
        public var textStart: Int
        public var textLength: Int
        /// Byte range of the run's source in the raw input.
        public var sourceStart: Int
        public var sourceLength: Int

        public init(textStart: Int, textLength: Int, sourceStart: Int, sourceLength: Int) {
            self.textStart = textStart
            self.textLength = textLength
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }

        /// Whether character `i` of the run is source byte `sourceStart + i`.
        public var isOneBytePerCharacter: Bool { textLength == sourceLength }

        public var textEnd: Int { textStart + textLength }
        public var sourceEnd: Int { sourceStart + sourceLength }
    }

    /// The segments, sorted by `textStart`, not overlapping in the text.
    public var segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }

    /// The input bytes a code-point range of the text came from: from the source start of its first
    /// covered character to the source end of its last, or nil when no segment overlaps the range.
    ///
    /// Where the range starts or ends inside a one-byte-per-character segment the position is exact;
    /// inside any other segment the segment's whole source range is taken.
    public func sourceRange(forText range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        // The first segment ending after the range's start.
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].textEnd <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        guard low < segments.count, segments[low].textStart < range.upperBound else { return nil }
        var last = low
        while last + 1 < segments.count, segments[last + 1].textStart < range.upperBound { last += 1 }
        let first = segments[low]
        let final = segments[last]
        let start = first.isOneBytePerCharacter && range.lowerBound > first.textStart
            ? first.sourceStart + (range.lowerBound - first.textStart) : first.sourceStart
        let end = final.isOneBytePerCharacter && range.upperBound < final.textEnd
            ? final.sourceStart + (range.upperBound - final.textStart) : final.sourceEnd
        return start..<max(start, end)
    }

    public func writeJSON(to writer: inout JSONWriter, text: DocumentText?) {
        writer.raw("{\"unit\":\"bytes\",\"segments\":[")
        for (index, segment) in segments.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "["))
            writer.integer(segment.textStart)
            writer.byte(UInt8(ascii: ","))
            writer.integer(segment.textLength)
            writer.byte(UInt8(ascii: ","))
            writer.integer(segment.sourceStart)
            writer.byte(UInt8(ascii: ","))
            writer.integer(segment.sourceLength)
            writer.byte(UInt8(ascii: "]"))
        }
        writer.raw("]}")
    }
}
