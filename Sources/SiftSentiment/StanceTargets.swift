import SiftCore
import SiftJSON

/// A stance target: what stances are about, and how the text mentions it.
///
/// JSON: `{"id", "name", "mentions": {"phrases": [...], "entities": [...]}, "cues": {"favor": [...], "against": [...]}}`.
/// Phrases are matched case-insensitively on token sequences (words separated by spaces; the `*` suffix rule of
/// the cue lexicon applies); entity ids are matched against the `entities` layer. Target cues add to the general
/// lexicon for this target only (weight 1).
public struct StanceTarget: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Mention phrases, lower-cased, split into words.
    public var phrases: [[String]]
    public var entityIDs: Set<String>
    public var favorCues: [[String]]
    public var againstCues: [[String]]

    public init(id: String, name: String, phrases: [String], entityIDs: [String] = [], favorCues: [String] = [], againstCues: [String] = []) {
        func words(_ phrase: String) -> [String] { phrase.lowercased().split(separator: " ").map(String.init) }
        self.id = id
        self.name = name
        // The tokenizer may split hyphenated words (`four-day` → `four` `-` `day`): match both forms.
        var all = phrases.map(words).filter { !$0.isEmpty }
        for phrase in all where phrase.contains(where: { $0.count > 1 && $0.contains("-") }) {
            all.append(phrase.flatMap { word -> [String] in
                word.count > 1 && word.contains("-") ? word.split(separator: "-", omittingEmptySubsequences: false).map(String.init).flatMap { [$0, "-"] }.dropLast() : [word]
            }.filter { !$0.isEmpty })
        }
        self.phrases = all
        self.entityIDs = Set(entityIDs)
        self.favorCues = favorCues.map(words).filter { !$0.isEmpty }
        self.againstCues = againstCues.map(words).filter { !$0.isEmpty }
    }
}

/// Reads and validates a targets file: `{"targets": [target, …]}`.
public enum StanceTargetsFile {
    /// Parses `bytes` of the file `name`; errors name the file and the JSON path (or line and column).
    public static func parse(_ bytes: [UInt8], name: String, option: String) throws(StageSetupError) -> [StanceTarget] {
        let root: JSONValue
        do {
            root = try JSONParser().parse(bytes)
        } catch {
            throw StageSetupError(option: option, message: "\(name): \(error)")
        }
        return try targets(in: root, name: name, option: option)
    }

    /// Validates an already parsed targets object.
    public static func targets(in root: JSONValue, name: String, option: String) throws(StageSetupError) -> [StanceTarget] {
        func fail(_ path: String, _ message: String) -> StageSetupError {
            StageSetupError(option: option, message: "\(name): \(path): \(message)")
        }
        guard let object = root.objectValue else { throw fail("$", "expected an object {\"targets\": [...]}, got \(root.kindDescription)") }
        for key in object.keys where key != "targets" { throw fail("$.\(key)", "unknown key; known keys: targets") }
        guard let list = object["targets"]?.arrayValue else { throw fail("$.targets", "expected an array of targets") }
        guard !list.isEmpty else { throw fail("$.targets", "no targets: add at least one") }
        var result: [StanceTarget] = []
        var seen = Set<String>()
        for (index, item) in list.enumerated() {
            let path = "$.targets[\(index)]"
            guard let target = item.objectValue else { throw fail(path, "expected an object, got \(item.kindDescription)") }
            for key in target.keys where !["id", "name", "mentions", "cues"].contains(key) {
                throw fail("\(path).\(key)", "unknown key; known keys: id, name, mentions, cues")
            }
            guard let id = target["id"]?.stringValue, !id.isEmpty else { throw fail("\(path).id", "expected a non-empty string") }
            guard seen.insert(id).inserted else { throw fail("\(path).id", "duplicate target id '\(id)'") }
            let name = target["name"]?.stringValue ?? id
            func strings(_ value: JSONValue?, _ at: String) throws(StageSetupError) -> [String] {
                guard let value else { return [] }
                guard let array = value.arrayValue else { throw fail(at, "expected an array of strings, got \(value.kindDescription)") }
                var out: [String] = []
                for (i, element) in array.enumerated() {
                    guard let string = element.stringValue, !string.trimmingSpaces.isEmpty else {
                        throw fail("\(at)[\(i)]", "expected a non-empty string")
                    }
                    out.append(string)
                }
                return out
            }
            guard let mentions = target["mentions"]?.objectValue else { throw fail("\(path).mentions", "expected an object {\"phrases\": [...], \"entities\": [...]}") }
            for key in mentions.keys where key != "phrases" && key != "entities" {
                throw fail("\(path).mentions.\(key)", "unknown key; known keys: phrases, entities")
            }
            let phrases = try strings(mentions["phrases"], "\(path).mentions.phrases")
            let entities = try strings(mentions["entities"], "\(path).mentions.entities")
            guard !phrases.isEmpty || !entities.isEmpty else { throw fail("\(path).mentions", "give at least one phrase or entity id") }
            var favor: [String] = []
            var against: [String] = []
            if let cues = target["cues"] {
                guard let cueObject = cues.objectValue else { throw fail("\(path).cues", "expected an object {\"favor\": [...], \"against\": [...]}") }
                for key in cueObject.keys where key != "favor" && key != "against" {
                    throw fail("\(path).cues.\(key)", "unknown key; known keys: favor, against")
                }
                favor = try strings(cueObject["favor"], "\(path).cues.favor")
                against = try strings(cueObject["against"], "\(path).cues.against")
            }
            result.append(StanceTarget(id: id, name: name, phrases: phrases, entityIDs: entities, favorCues: favor, againstCues: against))
        }
        return result
    }
}

extension String {
    var trimmingSpaces: Substring { drop(while: { $0 == " " }) }
}
