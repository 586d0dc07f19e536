import Foundation
import SiftCore

/// A keyword or phrase to look for, with its optional group.
public struct KeywordEntry: Sendable, Hashable {
    public var phrase: String
    public var group: String?

    public init(phrase: String, group: String? = nil) {
        self.phrase = phrase
        self.group = group
    }
}

/// Reads keyword list files: one phrase per line, optionally `phrase<TAB>group`; blank lines and
/// lines starting with `#` are skipped.
enum KeywordList {
    static func load(_ path: String, option: String) throws(StageSetupError) -> [KeywordEntry] {
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw StageSetupError(option: option, message: "cannot read keyword list '\(path)' as UTF-8 text: \(error.localizedDescription)")
        }
        return parse(contents)
    }

    static func parse(_ contents: String) -> [KeywordEntry] {
        var entries: [KeywordEntry] = []
        for line in contents.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let group = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
            if !fields[0].isEmpty { entries.append(KeywordEntry(phrase: fields[0], group: group)) }
        }
        return entries
    }
}
