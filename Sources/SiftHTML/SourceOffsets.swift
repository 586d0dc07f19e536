import CSiftLibXML2

/// Maps offsets in the bytes cleanup parsed (valid UTF-8) back to the document's raw input, undoing in
/// turn the UTF-8 repair (each invalid subpart became the 3 bytes of U+FFFD), the stripped UTF-8
/// byte-order mark and the charset conversion (ICU's per-character input offsets; a UTF-16 BOM skipped).
struct SourceOffsets: Sendable {
    /// Input offsets and lengths of the repaired invalid subparts, and where each one's U+FFFD starts in
    /// the repaired bytes.
    private var repairInput: [Int] = []
    private var repairLength: [Int] = []
    private var repairOutput: [Int] = []
    /// Bytes of the UTF-8 byte-order mark stripped before the repair (0 or 3).
    private var byteOrderMark = 0
    /// For each byte of the converted UTF-8, the raw offset (after `conversionSkip`) of its character;
    /// nil when the input was read as UTF-8.
    private var conversion: [Int32]?
    private var conversionSkip = 0
    /// Size of the raw input.
    private var rawCount: Int

    /// Offsets for bytes read as UTF-8 as they are (`decoded` is the raw input itself).
    init(utf8 decoded: UnsafeBufferPointer<UInt8>) {
        rawCount = decoded.count
        byteOrderMark = InputDecoding.strippingByteOrderMark(decoded).count == decoded.count ? 0 : 3
        findRepairs(UnsafeBufferPointer(rebasing: decoded[byteOrderMark...]))
    }

    /// Offsets for a document whose raw bytes `raw` became `decoded` under `charset`
    /// (`InputDecoding.decodeToUTF8`). Nil when the conversion cannot be retraced exactly.
    init?(raw: [UInt8], decoded: [UInt8], charset: CharsetDecision) {
        if charset.isUTF8 {
            self = decoded.withUnsafeBufferPointer { SourceOffsets(utf8: $0) }
            rawCount = raw.count
            return
        }
        let skip = charset.source == .bom ? 2 : 0
        guard let table = Self.conversionTable(raw[skip...], charset: charset.name, expecting: decoded) else { return nil }
        self = decoded.withUnsafeBufferPointer { SourceOffsets(utf8: $0) }
        rawCount = raw.count
        conversion = table
        conversionSkip = skip
    }

    /// The raw offset where the character at parsed offset `offset` starts.
    func start(_ offset: Int) -> Int { raw(unrepaired(offset, isEnd: false) + byteOrderMark) }

    /// The raw offset where a range of parsed bytes ending at `offset` ends.
    func end(_ offset: Int) -> Int { raw(unrepaired(offset, isEnd: true) + byteOrderMark) }

    private func raw(_ decoded: Int) -> Int {
        guard let conversion else { return min(decoded, rawCount) }
        return decoded < conversion.count ? conversionSkip + Int(conversion[decoded]) : rawCount
    }

    private func unrepaired(_ offset: Int, isEnd: Bool) -> Int {
        guard !repairOutput.isEmpty else { return offset }
        // The last repair starting at or before the offset.
        var low = 0
        var high = repairOutput.count
        while low < high {
            let mid = (low + high) / 2
            if repairOutput[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let k = low - 1
        let past = offset - repairOutput[k]
        if past == 0 { return repairInput[k] }
        if past < 3 { return isEnd ? repairInput[k] + repairLength[k] : repairInput[k] } // inside U+FFFD: cannot be a boundary
        return repairInput[k] + repairLength[k] + past - 3
    }

    private mutating func findRepairs(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = sift_utf8_repair_edits(base, bytes.count, nil, nil, 0)
        guard count > 0 else { return }
        var offsets = [Int64](repeating: 0, count: count)
        var lengths = [Int64](repeating: 0, count: count)
        _ = sift_utf8_repair_edits(base, bytes.count, &offsets, &lengths, count)
        var shift = 0
        for k in 0..<count {
            repairInput.append(Int(offsets[k]))
            repairLength.append(Int(lengths[k]))
            repairOutput.append(Int(offsets[k]) + shift)
            shift += 3 - Int(lengths[k])
        }
    }

    /// Per output byte, the input offset of its character — when converting `raw` gives exactly `expected`.
    private static func conversionTable(_ raw: ArraySlice<UInt8>, charset: String, expecting expected: [UInt8]) -> [Int32]? {
        raw.withUnsafeBufferPointer { input -> [Int32]? in
            var capacity = max(16, expected.count)
            var output = [UInt8](repeating: 0, count: capacity)
            var offsets = [Int32](repeating: 0, count: capacity)
            var written = sift_convert_to_utf8_with_offsets(charset, input.baseAddress, input.count, &output, &offsets, capacity)
            if written > capacity {
                capacity = Int(written)
                output = [UInt8](repeating: 0, count: capacity)
                offsets = [Int32](repeating: 0, count: capacity)
                written = sift_convert_to_utf8_with_offsets(charset, input.baseAddress, input.count, &output, &offsets, capacity)
            }
            guard written == expected.count, output.elementsEqual(expected) else { return nil }
            return offsets
        }
    }
}
