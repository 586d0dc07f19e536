import ArgumentParser
import Foundation
import SiftConfig
import SiftCore
import SiftIO
import SiftJSON
import SiftRuntime

/// The config of one `pipeline run` after command-line overrides, checked, with the output settings
/// and the fingerprint that a resumed run must match.
struct RunSetup {
    var config: PipelineConfig
    var outputSettings: OutputSink.Settings

    init(config loaded: PipelineConfig, configPath: String, inputs: [String], output: String?, options: RunBatchOptions, pipeline: Pipeline) throws {
        var config = loaded
        if !inputs.isEmpty {
            let problems = inputs.compactMap { InputPathPattern.problem($0, resolved: $0) }
            if !problems.isEmpty {
                printError(problems.joined(separator: "\n"))
                throw ExitCode(ExitStatus.usageOrConfig)
            }
            config.input.paths = inputs
        }
        if let output { config.output.path = output }
        if let shardSize = options.shardSize { config.output.shardSize = shardSize }
        if let compression = options.compression.flatMap(OutputCompression.init(rawValue:)) { config.output.compression = compression }
        if let format = options.format.flatMap(InputFormat.init(rawValue:)) { config.input.format = format }
        if !options.members.isEmpty { config.input.members = options.members }
        if let limit = options.maxDocumentBytes { config.input.maxDocumentBytes = limit }
        guard !config.input.paths.isEmpty else {
            printError("no input: list files or directories in the config's input.paths, or give them on the command line (pipeline run \(configPath) INPUT...)")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        if config.output.shardSize != nil && config.output.path == "-" {
            printError("--shard-size needs an output folder: add -o DIR/")
            throw ExitCode(ExitStatus.usageOrConfig)
        }
        self.config = config
        outputSettings = OutputSink.Settings(
            path: config.output.path, shardSize: config.output.shardSize, compression: config.output.compression,
            resume: options.resume, fingerprint: Self.fingerprint(config, pipeline: pipeline))
    }

    /// What must not change between an interrupted run and its resumption.
    static func fingerprint(_ config: PipelineConfig, pipeline: Pipeline) -> JSONValue {
        let input = config.input
        let inputs: [JSONValue] = input.paths.map { path in
            var info = JSONObject([("path", .string(path))])
            if let attributes = try? FileManager.default.attributesOfItem(atPath: path), (attributes[.type] as? FileAttributeType) == .typeRegular {
                info["size"] = .integer((attributes[.size] as? NSNumber)?.intValue ?? 0)
            }
            return .object(info)
        }
        let fields = input.fields
        return [
            "config_sha256": .string(pipeline.configHash), "tool_version": .string(SiftVersion.tool),
            "inputs": .array(inputs), "format": .string(input.format.rawValue),
            "extensions": .array(input.extensions.map { .string($0) }), "members": .array(input.members.map { .string($0) }),
            "fields": .array([fields.id, fields.html, fields.text, fields.url, fields.date].map { .string($0) }),
            "max_document_bytes": .integer(input.maxDocumentBytes),
            "warc_record_types": .array(input.warcRecordTypes.map { .string($0.rawValue) }),
            "include_text": .bool(config.output.includeText), "shard_size": config.output.shardSize.map { .integer($0) } ?? .null,
            "compression": .string(config.output.compression.rawValue),
        ]
    }
}
