/// Cuts the members the report does not use (the `tokens` layer: over half of a typical record's bytes)
/// out of a record's JSON text before it is parsed, with one scan of the bytes that tracks strings and depth.
enum RecordTrimmer {
    static let unusedMembers: [[UInt8]] = [Array("tokens".utf8)]

    /// The line without its top-level `tokens` member, or nil when there is nothing to cut or the line is not
    /// a well-formed object (the caller then parses the line as it is, which also gives the right error position).
    static func trimmed(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), openArray = UInt8(ascii: "["), closeArray = UInt8(ascii: "]")
        guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), line[first] == open else { return nil }
        var cuts: [Range<Int>] = []
        var depth = 0
        var inString = false
        line.withUnsafeBufferPointer { bytes in
            let base = line.startIndex
            var index = first - base
            var expectingKey = false, readingKey = false
            var keyStart = 0, memberStart = 0
            var lastComma: Int?
            var dropping = false
            while index < bytes.count {
                let byte = bytes[index]
                if inString {
                    if byte == backslash {
                        index += 2
                        continue
                    }
                    if byte == quote {
                        inString = false
                        if readingKey {
                            readingKey = false
                            let key = UnsafeBufferPointer(rebasing: bytes[keyStart..<index])
                            dropping = unusedMembers.contains { key.elementsEqual($0) }
                        }
                    }
                    index += 1
                    continue
                }
                switch byte {
                case quote:
                    inString = true
                    if depth == 1 && expectingKey {
                        expectingKey = false
                        readingKey = true
                        memberStart = index
                        keyStart = index + 1
                    }
                case open, openArray:
                    depth += 1
                    if depth == 1 { expectingKey = true }
                case close, closeArray:
                    if depth == 1 && dropping {
                        cuts.append((base + (lastComma ?? memberStart))..<(base + index))
                        dropping = false
                    }
                    depth -= 1
                case comma where depth == 1:
                    if dropping {
                        cuts.append((base + memberStart)..<(base + index + 1))
                        dropping = false
                    } else {
                        lastComma = index
                    }
                    expectingKey = true
                default:
                    break
                }
                index += 1
            }
        }
        guard depth == 0, !inString, !cuts.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        var from = line.startIndex
        for cut in cuts {
            result.append(contentsOf: line[from..<cut.lowerBound])
            from = cut.upperBound
        }
        result.append(contentsOf: line[from..<line.endIndex])
        return result
    }
}
