import SiftCore
import SiftJSON
import Testing
@testable import SiftProcessStage

/// Worker layers: every object with start/end is a span, checked against the text and converted
/// between code points (the protocol) and UTF-16 (inside Sift).
@Suite struct ProcessLayerValueTests {
    let text = DocumentText("😀 Hi 👋🏽 there")  // 😀 and 👋🏽 (two scalars) are outside the BMP

    func validated(_ json: JSONValue) throws(AnnotationError) -> ProcessLayerValue {
        try ProcessLayerValue.validated(json, layer: "marks", text: text)
    }

    @Test func spansAnywhereInTheJSONAreConvertedBothWays() throws {
        let layer: JSONValue = [
            "items": [["start": 2, "end": 4, "text": "Hi", "kind": "greeting"]],
            "summary": ["best": ["start": 8, "end": 13], "count": 1],
        ]
        let value = try validated(layer)
        #expect(value.spans == [TextSpan(start: 3, end: 5), TextSpan(start: 11, end: 16)])
        #expect(value.spans.map { text.substring($0) } == ["Hi", "there"])
        var writer = JSONWriter()
        value.writeJSON(to: &writer, text: text)
        #expect(try JSONParser().parse(writer.bytes) == layer, "written back exactly as sent")
    }

    static let invalidSpans: [(JSONValue, String)] = [
        (["start": 0], "has start but no end"),
        (["start": -1, "end": 2], "never negative"),
        (["start": 0, "end": 14], "past the end of the text (13 code points)"),
        (["start": 3, "end": 2], "starts at 3, after its end 2"),
        (["start": "0", "end": 2], "must be an integer"),
        (["start": 0.5, "end": 2], "must be an integer"),
        ([["start": 2, "end": 4, "text": "Ho"]], "marks[0].text is \"Ho\" but text[2:4] is \"Hi\""),
    ]

    @Test(arguments: invalidSpans)
    func invalidSpansAreRejectedWithTheirPath(json: JSONValue, message: String) {
        #expect {
            try validated(json)
        } throws: { error in
            (error as? AnnotationError)?.message.contains(message) == true
        }
    }

    @Test func layersWithoutSpansPassThrough() throws {
        let value = try validated(["score": 0.5, "labels": ["a", "b"], "none": nil])
        #expect(value.spans.isEmpty)
        #expect(value.value == ["score": 0.5, "labels": ["a", "b"], "none": nil])
    }

    @Test func emptySpansAtTheEndAreAllowed() throws {
        #expect(try validated(["start": 13, "end": 13]).spans == [TextSpan(start: 16, end: 16)])
    }
}

/// Parsing the worker's lines.
@Suite struct ProcessProtocolTests {
    @Test func readyMayOmitLayers() throws {
        let ready = try ProcessProtocol.parseReady(Array(#"{"type":"ready","protocol":1}"#.utf8))
        #expect(ready == ProcessProtocol.Ready(name: nil, requires: nil, provides: nil))
    }

    @Test(arguments: [
        (#"not json"#, "not JSON"),
        (#"{"type":"result","seq":2,"layers":{}}"#, "\"seq\":1"),
        (#"{"type":"result","seq":1}"#, "needs a \"layers\" object"),
        (#"{"type":"hello","seq":1}"#, "expected \"type\" \"result\" or \"error\""),
    ])
    func badRepliesAreProtocolViolations(line: String, message: String) {
        do {
            _ = try ProcessProtocol.parseReply(Array(line.utf8), seq: 1)
            Issue.record("accepted \(line)")
        } catch {
            guard case .protocolViolation(let detail) = error else { Issue.record("\(error)"); return }
            #expect(detail.contains(message), "\(detail)")
        }
    }

    @Test func errorCodesAreSanitised() throws {
        let reply = try ProcessProtocol.parseReply(Array(#"{"type":"error","seq":1,"code":"Bad Code!","message":"m"}"#.utf8), seq: 1)
        guard case .failure(let code, let message) = reply else { Issue.record("expected a failure"); return }
        #expect(code == "worker_error")
        #expect(message == "m")
    }

    @Test func requestsCarryRequiredLayersInCodePoints() throws {
        var document = Document(id: "d1", text: "😀 NASA")
        document.setText("😀 NASA")
        document.layers[TokensLayer.self] = Tokens([Token(span: TextSpan(start: 3, end: 7), kind: .word)])
        let text = try #require(document.text)
        let line = ProcessProtocol.request(seq: 7, document: document, text: text, requires: [.text, TokensLayer.name])
        #expect(line.last == UInt8(ascii: "\n"))
        let request = try JSONParser().parse(line.dropLast())
        #expect(request == ["type": "process", "seq": 7, "id": "d1", "text": "😀 NASA", "metadata": [:],
                            "layers": ["tokens": [["start": 2, "end": 6, "kind": "word"]]]])
    }
}
