import Testing
@testable import SiftJSON

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser().parse(#"{"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(value == ["a": [1, -2.5, 300.0, true, false, nil], "b": ["c": "d"], "e": ""])
    }

    @Test func keepsKeyOrder() throws {
        let value = try JSONParser().parse(#"{"z": 1, "a": 2, "m": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser().parse(#""tab\t quote\" slash\/ \u00e9 \ud83d\ude00 \n""#)
        #expect(value == .string("tab\t quote\" slash/ é 😀 \n"))
    }

    @Test func replacesLoneSurrogatesAndInvalidUTF8() throws {
        #expect(try JSONParser().parse(#""a\ud800b""#) == .string("a\u{FFFD}b"))
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0x22]
        #expect(try JSONParser().parse(bytes) == .string("a\u{FFFD}b"))
    }

    @Test func reportsLineAndColumn() {
        #expect(throws: JSONParseError.self) { try JSONParser().parse("{\n  \"a\": tru\n}") }
        do {
            _ = try JSONParser().parse("{\n  \"a\": 1,\n  \"b\" 2\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("expected ':'"))
        }
    }

    @Test(arguments: ["", "[1,]", "{\"a\":1,}", "01", "1.", "\"abc", "[1] 2", "{'a': 1}", "nul", "\"\u{01}\""])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser().parse(text) }
    }

    @Test func limitsNestingDepthInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONParser().parse(deep)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("nesting deeper"))
        }
    }

    @Test func bigIntegersBecomeDoubles() throws {
        #expect(try JSONParser().parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
    }
}

@Suite struct JSONWriterTests {
    @Test func escapesControlCharactersQuotesAndBackslashes() {
        var writer = JSONWriter()
        writer.string("a\"b\\c\n\u{01}é😀")
        #expect(writer.string == #""a\"b\\c\n\u0001é😀""#)
    }

    @Test func roundTripsThroughTheParser() throws {
        let value: JSONValue = ["text": "line\nbreak", "n": [0, -17, 3.25, 1e-7], "flag": true, "none": nil, "nested": ["k": []]]
        #expect(try JSONParser().parse(value.jsonText) == value)
    }

    @Test func writesIntegersAndNonFiniteNumbers() {
        var writer = JSONWriter()
        writer.integer(Int.min)
        writer.byte(UInt8(ascii: " "))
        writer.number(.infinity)
        writer.byte(UInt8(ascii: " "))
        writer.number(2.0)
        #expect(writer.string == "-9223372036854775808 null 2")
    }

    @Test func canonicalFormSortsKeysAtEveryLevel() {
        let value: JSONValue = ["b": ["y": 1, "x": 2], "a": 0]
        #expect(value.canonicalized.jsonText == #"{"a":0,"b":{"x":2,"y":1}}"#)
    }
}
