import SiftJSON
import Testing
@testable import SiftReport

@Suite struct RecordTrimmerTests {
    private func trimmed(_ text: String) -> String? {
        RecordTrimmer.trimmed(ArraySlice(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        (#"{"id":"a","tokens":[{"start":0,"end":1}],"text":"x"}"#, #"{"id":"a","text":"x"}"#),
        (#"{"tokens":[1,2],"id":"a"}"#, #"{"id":"a"}"#),
        (#"{"id":"a","tokens":[{"k":"]},\"}"}]}"#, #"{"id":"a"}"#),
        (#"{"tokens":[]}"#, #"{}"#),
        (#" {"id" : "a" , "tokens" : [ ] , "b" : {"tokens":[1]} }"#, #" {"id" : "a" ,  "b" : {"tokens":[1]} }"#),
    ])
    func cutsTheTopLevelTokensMember(line: String, expected: String) throws {
        let result = try #require(trimmed(line))
        #expect(result == expected)
        #expect(throws: Never.self) { try JSONParser().parse(result) }
    }

    @Test(arguments: [
        #"{"id":"a","text":"tokens"}"#,  // nothing to cut
        #"{"id":"a","b":{"tokens":[1]}}"#,  // only at the top level
        #"{"id":"a\"tokens\"","x":1}"#,
        #"{"id":"a","tokens":[1,2]"#,  // unbalanced
        #"["tokens"]"#,
        "not json",
    ])
    func leavesOtherLinesAlone(line: String) {
        #expect(trimmed(line) == nil)
    }

    @Test func malformedLinesKeepTheirErrorPosition() {
        let line = #"{"id":"a","tokens":[1,2],"text": tru}"#
        guard case .failure(let failure) = ReportRecord.parse(line: Array(line.utf8), number: 1) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.message.contains("column 34"), "\(failure.message)")
    }
}
