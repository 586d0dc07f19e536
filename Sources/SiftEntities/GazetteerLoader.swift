import SiftCore

/// Streams list files into index builders: one builder per distinct `TokenNormalization`.
///
/// TSV lines are `name<TAB>label<TAB>id[<TAB>alias]...`; JSON Lines records are
/// `{"name": …, "label": …, "id": …, "aliases": […]}`. In both, lines that are blank or start with `#`
/// are skipped, fields are trimmed of spaces, an empty or missing label means the list's default label,
/// and every problem names the file and line.
struct GazetteerLoader {
    let labels: [String]
    private let labelBytes: [[UInt8]]
    var builders: [GazetteerIndexBuilder] = []
    private var builderIndex: [TokenNormalization: Int] = [:]
    /// Scratch for names decoded to UTF-16, and for a TSV line's fields.
    private var name: [UInt16] = []
    private var fields: [Range<Int>] = []
    /// Bytes per read when streaming list files.
    var chunkSize = 1 << 20

    init(labels: [String]) {
        self.labels = labels
        self.labelBytes = labels.map { Array($0.utf8) }
    }

    /// The builder for `normalization`, created on first use.
    mutating func builderNumber(for normalization: TokenNormalization) -> Int {
        if let number = builderIndex[normalization] { return number }
        builders.append(GazetteerIndexBuilder(normalization: normalization))
        builderIndex[normalization] = builders.count - 1
        return builders.count - 1
    }

    /// The label number for `bytes`, `defaultLabel` when empty, or nil when not in the label set.
    func label(_ bytes: UnsafeBufferPointer<UInt8>, default defaultLabel: UInt8) -> UInt8? {
        if bytes.isEmpty { return defaultLabel }
        for (number, label) in labelBytes.enumerated() where label.count == bytes.count && label.elementsEqual(bytes) {
            return UInt8(number)
        }
        return nil
    }

    /// The message for a label outside the label set.
    func unknownLabel(_ text: String) -> String {
        "label '\(text)' is not one of \(labels.joined(separator: ", ")) (set the stage's 'labels' option to allow it)"
    }

    /// Loads one list file into builder `builder` for list number `list`.
    mutating func load(
        _ reader: ListFileReader, builder: Int, list: UInt16, defaultLabel: UInt8, statistics: inout GazetteerListStatistics
    ) throws(StageSetupError) {
        let jsonLines = reader.displayPath.lowercased().hasSuffix(".jsonl")
        try reader.forEachLine { (line, number) throws(StageSetupError) in
            guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), line[first] != 0x23 else { return }
            statistics.entries += 1
            if jsonLines {
                try addJSONLine(line, number, reader, builder, list, defaultLabel, &statistics)
            } else {
                try addTSVLine(line, number, reader, builder, list, defaultLabel, &statistics)
            }
        }
    }

    private mutating func addTSVLine(
        _ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ reader: ListFileReader, _ builder: Int, _ list: UInt16,
        _ defaultLabel: UInt8, _ statistics: inout GazetteerListStatistics
    ) throws(StageSetupError) {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = 0
        for index in 0...line.count where index == line.count || line[index] == 0x09 {
            fields.append(Self.trimmed(line, fieldStart..<index))
            fieldStart = index + 1
        }
        guard fields.count >= 3 else {
            throw reader.error(line: number, "expected at least 3 tab-separated columns (name, label, id), found \(fields.count)")
        }
        guard !fields[0].isEmpty else { throw reader.error(line: number, "the name (column 1) is empty") }
        guard !fields[2].isEmpty else { throw reader.error(line: number, "the id (column 3) is empty") }
        let labelField = UnsafeBufferPointer(rebasing: line[fields[1]])
        guard let label = label(labelField, default: defaultLabel) else {
            throw reader.error(line: number, unknownLabel(String(decoding: labelField, as: UTF8.self)))
        }
        let entry = builders[builder].addEntry(id: UnsafeBufferPointer(rebasing: line[fields[2]]))
        var used = false
        for (column, field) in fields.enumerated() where column == 0 || (column >= 3 && !field.isEmpty) {
            guard Self.decodeUTF8(UnsafeBufferPointer(rebasing: line[field]), into: &name) else {
                throw reader.error(line: number, "column \(column + 1) is not valid UTF-8")
            }
            used = try addName(entry, builder, list, label, reader, number, &statistics) || used
        }
        if !used { builders[builder].dropLastEntry() }
    }

    /// Adds the name in `name` for `entry`, counting the outcome; true when the name was new.
    mutating func addName(
        _ entry: Int32, _ builder: Int, _ list: UInt16, _ label: UInt8, _ reader: ListFileReader, _ number: Int,
        _ statistics: inout GazetteerListStatistics
    ) throws(StageSetupError) -> Bool {
        let outcome = name.withUnsafeBufferPointer { builders[builder].addName($0, entry: entry, list: list, label: label) }
        switch outcome {
        case .empty: throw reader.error(line: number, "a name has no token (only spaces or invisible characters)")
        case .tooLong: throw reader.error(line: number, "a name has more than \(GazetteerIndexBuilder.maximumTokens) tokens")
        default:
            statistics.count(outcome, at: "\(reader.displayPath):\(number)")
            return outcome == .added
        }
    }

    /// Sets `name` to the UTF-16 form of a name given as a string.
    mutating func setName(_ text: String) {
        name.removeAll(keepingCapacity: true)
        name.append(contentsOf: text.utf16)
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, line[start] == 0x20 { start += 1 }
        while end > start, line[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// Decodes UTF-8 into `output`; false when the bytes are not valid UTF-8.
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt16]) -> Bool {
        output.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(UInt16(byte))
                index += 1
                continue
            }
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
            output.append(contentsOf: UTF16.encode(scalar)!)
            index += UTF8.width(scalar)
        }
        return true
    }
}
