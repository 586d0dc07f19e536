import SiftCore

/// The text source of harness pipelines: sets the document's text to its input exactly as given —
/// no cleanup, no whitespace normalisation — so offsets in tests are offsets into the string written there.
public struct ExactTextStage: Stage {
    public typealias Options = NoOptions

    public static let descriptor = StageDescriptor(
        id: "testing.text.v1", aliases: ["exact-text"],
        summary: "Sets the document's text to its input as given (tests only: no cleanup).",
        requires: [], provides: [.text])

    public init(options: NoOptions, context: StageContext) {}

    public func process(_ document: inout Document) throws {
        switch document.raw {
        case .text(let string): document.setText(string)
        case .plainText(let bytes), .html(let bytes): document.setText(String(decoding: bytes, as: UTF8.self))
        }
    }
}
