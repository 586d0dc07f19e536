import SiftCore

extension ProcessStage {
    /// `process.v1`: its layers are declared by each configured worker (see `DynamicLayers`).
    public static let descriptor = StageDescriptor(
        id: "process.v1", aliases: ["process"],
        summary: "Runs an external program (any language) as a pool of workers speaking the Sift process protocol: JSON Lines over stdin/stdout.",
        details: """
            The worker is started from `command` (argv, never a shell) when the pipeline is built and answers a \
            handshake declaring the layers it requires and provides (or the config declares them). Then each \
            document is one request {"type":"process","seq","id","text","metadata","layers"} and one reply \
            {"type":"result","seq","layers"} or {"type":"error","seq","code","message"}. Offsets are Unicode code \
            points both ways; every object with start/end in a reply is checked against the text. A worker that \
            crashes, hangs past `timeout_seconds` or breaks the protocol is killed and restarted; the document \
            in flight gets an error record. Worker stderr goes to the log, prefixed with the worker's name. \
            Protocol version \(ProcessProtocol.version); see docs/writing-a-stage.md.
            """,
        requires: [.text], provides: [.declaredWhenBuilt],
        options: Options.docs)
}
