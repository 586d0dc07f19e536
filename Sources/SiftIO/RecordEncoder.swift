import SiftCore
import SiftJSON

/// Encodes outcomes as output records: one JSON object per line, fields in a fixed order,
/// offsets in Unicode code points. See `Schemas/output.schema.json`.
public struct RecordEncoder: Sendable {
    public var pipelineName: String
    public var configHash: String
    /// Layers in output order (the order the pipeline's stages provide them).
    public var layerOrder: [LayerName]
    public var includeText: Bool

    public init(pipelineName: String, configHash: String, layerOrder: [LayerName], includeText: Bool = true) {
        self.pipelineName = pipelineName
        self.configHash = configHash
        self.layerOrder = layerOrder.filter { $0 != .text }
        self.includeText = includeText
    }

    /// The record line (with its trailing newline), or nil for a skipped document.
    public func encode(_ outcome: Outcome) -> [UInt8]? {
        switch outcome {
        case .success(let document): return encode(document)
        case .failure(let failure): return encode(failure)
        case .skipped: return nil
        }
    }

    /// A successful document's record.
    public func encode(_ document: Document) -> [UInt8] {
        var writer = JSONWriter(capacity: 4096 + (document.text?.count ?? 0) * 12)
        header(&writer, id: document.id, source: document.source)
        if includeText, let text = document.text {
            writer.raw(",\"text\":")
            writer.string(text.string)
        }
        writer.raw(",\"metadata\":")
        writer.write(.object(document.metadata))
        if !document.diagnostics.isEmpty {
            writer.raw(",\"diagnostics\":")
            writer.write(.object(document.diagnostics))
        }
        for name in layerOrder {
            guard let layer = document.layers[name] else { continue }
            writer.byte(UInt8(ascii: ","))
            writer.string(name.rawValue)
            writer.byte(UInt8(ascii: ":"))
            layer.writeJSON(to: &writer, text: document.text)
        }
        for (name, layer) in document.layers.entries where !layerOrder.contains(name) {
            writer.byte(UInt8(ascii: ","))
            writer.string(name.rawValue)
            writer.byte(UInt8(ascii: ":"))
            layer.writeJSON(to: &writer, text: document.text)
        }
        provenance(&writer)
        return writer.bytes
    }

    /// A failed document's error record.
    public func encode(_ failure: DocumentFailure) -> [UInt8] {
        var writer = JSONWriter()
        header(&writer, id: failure.id, source: failure.source)
        writer.raw(",\"error\":{\"stage\":")
        writer.string(failure.stage)
        writer.raw(",\"code\":")
        writer.string(failure.code)
        writer.raw(",\"message\":")
        writer.string(failure.message)
        writer.byte(UInt8(ascii: "}"))
        provenance(&writer)
        return writer.bytes
    }

    private func header(_ writer: inout JSONWriter, id: String, source: SourceInfo) {
        writer.raw("{\"schema_version\":\"")
        writer.bytes.append(contentsOf: SiftVersion.outputSchema.utf8)
        writer.raw("\",\"id\":")
        writer.string(id)
        writer.raw(",\"source\":{\"path\":")
        writer.string(source.path)
        if let member = source.member {
            writer.raw(",\"member\":")
            writer.string(member)
        }
        if let line = source.line {
            writer.raw(",\"line\":")
            writer.integer(line)
        }
        if let url = source.url {
            writer.raw(",\"url\":")
            writer.string(url)
        }
        if let date = source.date {
            writer.raw(",\"date\":")
            writer.string(date)
        }
        if let recordID = source.recordID {
            writer.raw(",\"record_id\":")
            writer.string(recordID)
        }
        writer.byte(UInt8(ascii: "}"))
    }

    private func provenance(_ writer: inout JSONWriter) {
        writer.raw(",\"provenance\":{\"pipeline\":")
        writer.string(pipelineName)
        writer.raw(",\"config_sha256\":\"")
        writer.bytes.append(contentsOf: configHash.utf8)
        writer.raw("\",\"tool_version\":\"")
        writer.bytes.append(contentsOf: SiftVersion.tool.utf8)
        writer.raw("\"}}\n")
    }
}
