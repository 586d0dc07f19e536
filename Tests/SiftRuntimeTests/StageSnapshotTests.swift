import Foundation
import SiftBuiltins
import SiftCore
import SiftJSON
import Testing
@testable import SiftRuntime

/// Pins the registered stages — ids, aliases, layers, option names, types and defaults — and the stage
/// API version against `Tests/Snapshots/registered-stages.json`, so an accidental rename or a changed
/// default fails CI with a readable list of differences.
///
/// After a deliberate change, regenerate the snapshot and commit it with the change:
///
///     SIFT_UPDATE_SNAPSHOTS=1 swift test --filter StageSnapshot
@Suite struct StageSnapshotTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/registered-stages.json")

    /// The snapshot of a registry: what configs written today depend on.
    static func snapshot(of registry: StageRegistry) -> JSONValue {
        [
            "stage_api": .integer(SiftVersion.stageAPI),
            "stages": .array(registry.entries.map { entry in
                let d = entry.descriptor
                return [
                    "id": .string(d.id),
                    "aliases": .array(d.aliases.map { .string($0) }),
                    "requires": .array(d.requires.map { .string($0.rawValue) }),
                    "provides": .array(d.provides.map { .string($0.rawValue) }),
                    "options": .array(d.options.map { option in
                        ["name": .string(option.name), "type": .string(option.type.displayName), "default": option.defaultValue ?? .null]
                    }),
                ]
            }),
        ]
    }

    @Test func registeredStagesMatchTheSnapshot() throws {
        let current = Self.snapshot(of: BuiltinStages.registry())
        if ProcessInfo.processInfo.environment["SIFT_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(current.prettyText.utf8).write(to: Self.file)
            return
        }
        guard let data = FileManager.default.contents(atPath: Self.file.path) else {
            Issue.record("no snapshot at \(Self.file.path): run SIFT_UPDATE_SNAPSHOTS=1 swift test --filter StageSnapshot")
            return
        }
        let committed = try JSONParser().parse(Array(data))
        let differences = Self.differences(committed: committed, current: current)
        #expect(differences.isEmpty, """
            the registered stages differ from Tests/Snapshots/registered-stages.json:
            \(differences.map { "  - " + $0 }.joined(separator: "\n"))
            If the change is deliberate, run SIFT_UPDATE_SNAPSHOTS=1 swift test --filter StageSnapshot and commit the snapshot; \
            a changed default or a removed option or alias breaks configs written today (give the stage a new version instead).
            """)
    }

    /// What changed, stage by stage, in words.
    static func differences(committed: JSONValue, current: JSONValue) -> [String] {
        var result: [String] = []
        if committed.objectValue?["stage_api"] != current.objectValue?["stage_api"] {
            result.append("stage API version \(committed.objectValue?["stage_api"]?.jsonText ?? "?") → \(current.objectValue?["stage_api"]?.jsonText ?? "?")")
        }
        func stages(_ value: JSONValue) -> [(String, JSONObject)] {
            (value.objectValue?["stages"]?.arrayValue ?? []).compactMap { stage in
                stage.objectValue.flatMap { object in object["id"]?.stringValue.map { ($0, object) } }
            }
        }
        let old = stages(committed), new = stages(current)
        let oldIDs = old.map(\.0), newIDs = new.map(\.0)
        for id in oldIDs where !newIDs.contains(id) { result.append("stage \(id) is no longer registered") }
        for id in newIDs where !oldIDs.contains(id) { result.append("stage \(id) is new") }
        for (id, before) in old {
            guard let after = new.first(where: { $0.0 == id })?.1 else { continue }
            for key in ["aliases", "requires", "provides"] where before[key] != after[key] {
                result.append("\(id): \(key) \(before[key]?.jsonText ?? "none") → \(after[key]?.jsonText ?? "none")")
            }
            let options = { (object: JSONObject) in (object["options"]?.arrayValue ?? []).compactMap(\.objectValue) }
            let oldOptions = options(before), newOptions = options(after)
            for option in oldOptions {
                let name = option["name"]?.stringValue ?? "?"
                guard let changed = newOptions.first(where: { $0["name"] == option["name"] }) else {
                    result.append("\(id): option \(name) removed")
                    continue
                }
                for key in ["type", "default"] where option[key] != changed[key] {
                    result.append("\(id): option \(name) \(key) \(option[key]?.jsonText ?? "none") → \(changed[key]?.jsonText ?? "none")")
                }
            }
            for option in newOptions where !oldOptions.contains(where: { $0["name"] == option["name"] }) {
                result.append("\(id): option \(option["name"]?.stringValue ?? "?") added")
            }
        }
        if result.isEmpty && oldIDs != newIDs { result.append("stages are registered in another order: \(newIDs)") }
        return result
    }

    @Test func differencesAreSpelledOut() {
        let before: JSONValue = ["stage_api": 1, "stages": [["id": "a.v1", "aliases": ["a"], "requires": [], "provides": ["x"],
                                                              "options": [["name": "n", "type": "integer", "default": 1]]]]]
        let after: JSONValue = ["stage_api": 1, "stages": [["id": "a.v1", "aliases": [], "requires": [], "provides": ["x"],
                                                             "options": [["name": "n", "type": "integer", "default": 2], ["name": "m", "type": "string", "default": nil]]],
                                                            ["id": "b.v1", "aliases": [], "requires": [], "provides": ["y"], "options": []]]]
        #expect(Self.differences(committed: before, current: after) == [
            "stage b.v1 is new", "a.v1: aliases [\"a\"] → []", "a.v1: option n default 1 → 2", "a.v1: option m added",
        ])
        #expect(Self.differences(committed: before, current: before).isEmpty)
    }
}
