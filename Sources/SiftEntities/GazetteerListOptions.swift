import SiftCore
import SiftJSON

/// One gazetteer list in the `lists` option of `ner.gazetteer.v1`: where it is and how to match it.
///
/// In a config: `{"path": "Config/gazetteers/places.tsv", "name": "places", "label": "GPE", "priority": 1,
/// "case": "smart", "diacritics": true, "stoplist": "Config/gazetteers/stoplist.txt"}`; only `path` is required.
public struct GazetteerListOptions: Codable, Sendable, Equatable {
    /// How list names and document tokens are compared for case.
    public enum CaseMode: String, Codable, Sendable, CaseIterable {
        /// Exact case.
        case sensitive
        /// ICU case folding on both sides.
        case insensitive
        /// Case folding, except that a name written with capitals needs a capital somewhere in the matched
        /// text, and a name token written as an acronym (`US`, `WHO`) must be in capitals in the text.
        case smart
    }

    /// The list file: `.jsonl` for JSON Lines, anything else TSV. Relative to the config's folder.
    public var path: String
    /// The list's name, written as each entity's `source`; `nil` means the file name without its extension.
    public var name: String?
    /// The label of entries whose label is empty or absent.
    public var label: String
    /// Decides between lists that match the same span (higher wins).
    public var priority: Int
    public var caseMode: CaseMode
    /// Ignore diacritics (`Kyiv` ~ `Kýiv`).
    public var diacritics: Bool
    /// A file of words (one per line) that match only when capitalised as a name and not first in a sentence.
    public var stoplist: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case path, name, label, priority
        case caseMode = "case"
        case diacritics, stoplist
    }

    public init(
        path: String, name: String? = nil, label: String = "MISC", priority: Int = 0, caseMode: CaseMode = .smart,
        diacritics: Bool = true, stoplist: String? = nil
    ) {
        self.path = path
        self.name = name
        self.label = label
        self.priority = priority
        self.caseMode = caseMode
        self.diacritics = diacritics
        self.stoplist = stoplist
    }

    /// The keys a list object may have.
    public static let keys = CodingKeys.allCases.map(\.rawValue)

    /// Reads and checks the list object at `lists[index]`; problems name the key (`lists[1].case`).
    public init(json: JSONValue, index: Int) throws(StageSetupError) {
        let prefix = "lists[\(index)]"
        guard case .object(let object) = json else {
            throw StageSetupError(option: prefix, message: "expected an object such as {\"path\": \"places.tsv\"}, got \(json.excerpt)")
        }
        for key in object.keys where !Self.keys.contains(key) {
            let hint = nearestName(to: key, among: Self.keys).map { "; did you mean '\($0)'?" } ?? ""
            throw StageSetupError(option: "\(prefix).\(key)", message: "unknown key '\(key)' in a gazetteer list\(hint); known keys: \(Self.keys.joined(separator: ", "))")
        }
        func string(_ key: CodingKeys) throws(StageSetupError) -> String? {
            guard let value = object[key.rawValue], value != .null else { return nil }
            guard let text = value.stringValue, !text.isEmpty else {
                throw StageSetupError(option: "\(prefix).\(key.rawValue)", message: "expected a non-empty string, got \(value.excerpt)")
            }
            return text
        }
        guard let path = try string(.path) else {
            throw StageSetupError(option: prefix, message: "missing required key 'path' (the list file, TSV or .jsonl)")
        }
        self.init(path: path, name: try string(.name), stoplist: try string(.stoplist))
        if let label = try string(.label) { self.label = label }
        if let value = object[CodingKeys.priority.rawValue], value != .null {
            guard case .integer(let priority) = value else {
                throw StageSetupError(option: "\(prefix).priority", message: "expected an integer, got \(value.excerpt)")
            }
            self.priority = priority
        }
        if let text = try string(.caseMode) {
            guard let mode = CaseMode(rawValue: text) else {
                let modes = CaseMode.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw StageSetupError(option: "\(prefix).case", message: "expected one of \(modes), got \"\(text)\"")
            }
            caseMode = mode
        }
        if let value = object[CodingKeys.diacritics.rawValue], value != .null {
            guard let flag = value.boolValue else {
                throw StageSetupError(option: "\(prefix).diacritics", message: "expected a boolean, got \(value.excerpt)")
            }
            diacritics = flag
        }
    }

    /// How this list's tokens are normalized.
    var normalization: TokenNormalization {
        TokenNormalization(foldCase: caseMode != .sensitive, stripDiacritics: diacritics)
    }
}
