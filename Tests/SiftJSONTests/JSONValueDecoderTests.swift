import Testing
@testable import SiftJSON

private struct Options: Codable, Equatable {
    var locale = "en"
    var limit = 10
    var tags: [String] = []

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        locale = try c.decodeIfPresent(String.self, forKey: .locale) ?? "en"
        limit = try c.decodeIfPresent(Int.self, forKey: .limit) ?? 10
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    }
}

@Suite struct JSONValueDecoderTests {
    let base = JSONPath.root.appending("stages").appending(index: 2).appending("options")

    @Test func decodesWithDefaults() throws {
        let result = try JSONValueDecoder().decode(Options.self, from: ["limit": 3])
        #expect(result.value.limit == 3)
        #expect(result.value.locale == "en")
        #expect(result.unknownKeys.isEmpty)
    }

    @Test func typeMismatchNamesThePathAndTheValue() {
        do {
            _ = try JSONValueDecoder().decode(Options.self, from: ["locale": 3], at: base)
            Issue.record("expected an error")
        } catch let error as JSONDecodingError {
            #expect(error.description == "stages[2].options.locale: expected a string, got 3")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func nestedArrayItemsAreLocated() {
        do {
            _ = try JSONValueDecoder().decode(Options.self, from: ["tags": ["a", 5]], at: base)
            Issue.record("expected an error")
        } catch let error as JSONDecodingError {
            #expect(error.description == "stages[2].options.tags[1]: expected a string, got 5")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func reportsKeysNobodyAskedFor() throws {
        let result = try JSONValueDecoder().decode(Options.self, from: ["locael": "de", "limit": 1], at: base)
        #expect(result.unknownKeys.map(\.key) == ["locael"])
        #expect(result.unknownKeys.first?.path.description == "stages[2].options.locael")
        #expect(nearestName(to: "locael", among: result.unknownKeys[0].knownKeys) == "locale")
    }

    @Test func integersOutOfRangeAreErrorsNotTraps() {
        struct Small: Decodable { var value: UInt8 }
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Small.self, from: ["value": 300]) }
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Small.self, from: ["value": 1.5]) }
    }
}

@Suite struct JSONSchemaValidatorTests {
    let schema: JSONValue = [
        "type": "object", "required": ["a"], "additionalProperties": false,
        "properties": ["a": ["type": "integer", "minimum": 0], "b": ["$ref": "#/$defs/kind"]],
        "$defs": ["kind": ["enum": ["x", "y"]]],
    ]

    @Test func acceptsValidValues() {
        #expect(JSONSchemaValidator(schema: schema).validate(["a": 1, "b": "x"]).isEmpty)
    }

    @Test func reportsEachViolation() {
        let problems = JSONSchemaValidator(schema: schema).validate(["a": -1, "b": "z", "c": true])
        #expect(problems.count == 3)
    }

    @Test func suggestsNearNames() {
        #expect(nearestName(to: "tokenise", among: ["tokenize", "sentences"]) == "tokenize")
        #expect(nearestName(to: "zzz", among: ["tokenize", "sentences"]) == nil)
    }
}

/// Option paths as stages report them (`lists[0].label`) join a config path component by component.
@Suite struct JSONPathAppendingTests {
    @Test(arguments: [
        ("lists[0].lable", "stages[2].options.lists[0].lable"),
        ("lexicon", "stages[2].options.lexicon"),
        ("lists[12]", "stages[2].options.lists[12]"),
        ("a.b", "stages[2].options.a.b"),
        ("weird key", "stages[2].options[\"weird key\"]"),
        ("lists[x].path", "stages[2].options[\"lists[x].path\"]"),
        (".x", "stages[2].options[\".x\"]"),
    ])
    func relativePaths(relative: String, expected: String) {
        let base = JSONPath.root.appending("stages").appending(index: 2).appending("options")
        #expect(base.appending(path: relative).description == expected)
    }
}
