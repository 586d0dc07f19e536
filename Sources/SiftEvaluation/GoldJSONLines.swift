import Foundation
import SiftJSON

/// Reading gold JSON Lines files, shared by the gold corpus loaders: one record per line, blank lines
/// skipped, every problem reported with the file and line.
enum GoldJSONLines {
    /// The bytes of the file at `path`.
    static func contents(of path: String) throws(GoldCorpusError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldCorpusError(path: path, line: 0, message: "cannot read the file")
        }
        return Array(data)
    }

    /// Parses each non-blank line as JSON and turns it into a record with `make(value, line, index)`.
    static func records<Record>(
        _ bytes: [UInt8], path: String,
        _ make: (JSONValue, Int, Int) throws(GoldCorpusError) -> Record
    ) throws(GoldCorpusError) -> [Record] {
        var records: [Record] = []
        var lineNumber = 0
        var lineStart = 0
        let parser = JSONParser()
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let value: JSONValue
            do {
                value = try parser.parse(line)
            } catch {
                throw GoldCorpusError(path: path, line: lineNumber, message: "invalid JSON: \(error)")
            }
            records.append(try make(value, lineNumber, records.count))
        }
        return records
    }
}
