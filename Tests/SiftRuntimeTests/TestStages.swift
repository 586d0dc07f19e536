import SiftCore
import SiftJSON
import SiftRuntime

/// Stages used only by the runtime tests: a text source, an upper-caser and a stage that fails on demand.
struct PlainTextStage: Stage {
    typealias Options = NoOptions
    static let descriptor = StageDescriptor(id: "test.text.v1", aliases: ["test-text"], summary: "Copies plain-text input.", requires: [], provides: [.text])
    init(options: NoOptions, context: StageContext) {}
    func process(_ document: inout Document) throws {
        switch document.raw {
        case .text(let text): document.setText(text)
        case .plainText(let bytes), .html(let bytes): document.setText(String(decoding: bytes, as: UTF8.self))
        }
    }
}

struct WordCountLayer: LayerKey {
    typealias Value = JSONLayerValue
    static let name: LayerName = "word_count"
}

struct FailingStage: Stage {
    struct Options: Codable, Sendable {
        var failOn = "fail"
        var marker: String?
        enum CodingKeys: String, CodingKey { case failOn = "fail_on", marker }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            failOn = try c.decodeIfPresent(String.self, forKey: .failOn) ?? "fail"
            marker = try c.decodeIfPresent(String.self, forKey: .marker)
        }
    }
    static let descriptor = StageDescriptor(
        id: "test.fail.v1", aliases: ["test-fail"], summary: "Fails on documents containing a word.", provides: [WordCountLayer.name],
        options: [OptionDoc("fail_on", .string, default: "fail", "The word that makes the stage fail."),
                  OptionDoc("marker", .path, default: nil, "A file that must exist.")])
    let options: Options
    init(options: Options, context: StageContext) throws {
        if options.failOn.isEmpty { throw StageSetupError(option: "fail_on", message: "must not be empty") }
        self.options = options
    }
    func process(_ document: inout Document) throws {
        let text = try document.requireText()
        if text.string.contains(options.failOn) { throw StageError.invalidInput("found '\(options.failOn)'") }
        document.layers[WordCountLayer.self] = JSONLayerValue(.integer(text.string.split(separator: " ").count))
    }
}

func testRegistry() -> StageRegistry {
    var registry = StageRegistry()
    registry.register(PlainTextStage.self)
    registry.register(FailingStage.self)
    return registry
}
