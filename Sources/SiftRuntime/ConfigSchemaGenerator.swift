import SiftConfig
import SiftCore
import SiftJSON

/// Generates the JSON Schema for pipeline configs from a registry, so editors can autocomplete
/// stage names and options (`"$schema": "…/Schemas/pipeline.schema.json"`).
public struct ConfigSchemaGenerator {
    public let registry: StageRegistry

    public init(registry: StageRegistry) { self.registry = registry }

    public func schema() -> JSONValue {
        var stageVariants: [JSONValue] = []
        for entry in registry.entries {
            let descriptor = entry.descriptor
            var properties = JSONObject()
            for option in descriptor.options {
                var fragment = option.type.jsonSchema.objectValue ?? JSONObject()
                fragment["description"] = .string(option.summary)
                if let value = option.defaultValue { fragment["default"] = value }
                properties[option.name] = .object(fragment)
            }
            let names = ([descriptor.id] + descriptor.aliases).map { JSONValue.string($0) }
            stageVariants.append([
                "description": .string(descriptor.summary),
                "properties": [
                    "stage": ["enum": .array(names)],
                    "options": ["type": "object", "properties": .object(properties), "additionalProperties": false],
                ],
            ])
        }
        let policy: JSONValue = ["type": "string", "enum": ["record", "skip", "stop"],
                                 "description": "What to do when a stage fails on a document: write an error record (record), drop it (skip), or stop the run (stop)."]
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://sift.invalid/schemas/pipeline.schema.json",
            "title": "Sift pipeline config",
            "type": "object",
            "additionalProperties": false,
            "required": ["stages"],
            "properties": [
                "$schema": ["type": "string"],
                "name": ["type": "string", "description": "The pipeline's name, written into every record's provenance (default: the file name)."],
                "description": ["type": "string"],
                "input": [
                    "type": "object", "additionalProperties": false,
                    "properties": [
                        "paths": ["type": "array", "items": ["type": "string"],
                                  "description": "Files, directories (recursive, sorted), glob patterns, @FILE (a list of inputs, one per line) or '-' for JSON Lines or WARC on stdin; relative to this file."],
                        "format": ["enum": .array(InputFormat.allCases.map { .string($0.rawValue) }), "default": "auto",
                                   "description": "How to read files; auto: by name (.html, .txt, .jsonl[.gz|.zst], .warc[.gz], .tar.gz, .zip, .7z, ...)."],
                        "extensions": ["type": "array", "items": ["type": "string"], "description": "File name endings picked up in directories (and archive members when 'members' is not set)."],
                        "fields": [
                            "type": "object", "additionalProperties": false,
                            "properties": ["id": ["type": "string"], "html": ["type": "string"], "text": ["type": "string"], "url": ["type": "string"], "date": ["type": "string"]],
                        ],
                        "members": ["type": "array", "items": ["type": "string"], "description": "Glob patterns choosing the archive members to read (e.g. '*.html')."],
                        "max_document_bytes": ["type": "integer", "minimum": 1, "default": .integer(InputConfig.defaultMaxDocumentBytes),
                                               "description": "Larger documents are not read; each gets an error record with code too_large."],
                        "warc_record_types": ["type": "array", "items": ["enum": .array(WARCRecordType.allCases.map { .string($0.rawValue) })],
                                              "default": .array(InputConfig.defaultWARCRecordTypes.map { .string($0.rawValue) }),
                                              "description": "WARC record types read as documents (conversion: WET plain text)."],
                    ],
                ],
                "stages": [
                    "type": "array", "minItems": 1,
                    "items": [
                        "type": "object", "additionalProperties": false, "required": ["stage"],
                        "properties": ["stage": ["type": "string"], "options": ["type": "object"], "on_error": policy],
                        "anyOf": .array(stageVariants),
                    ],
                ],
                "output": [
                    "type": "object", "additionalProperties": false,
                    "properties": [
                        "path": ["type": "string", "description": "Output file, a folder (ending in '/') for shards, or '-' for stdout; relative to this file.", "default": "-"],
                        "include_text": ["type": "boolean", "default": true],
                        "shard_size": ["type": "integer", "minimum": 1, "description": "Input documents per output shard (part-00000.jsonl, ...); path must be a folder."],
                        "compression": ["enum": .array(OutputCompression.allCases.map { .string($0.rawValue) }), "default": "auto",
                                        "description": "Output compression; auto: by the output file's ending (.gz, .zst)."],
                    ],
                ],
                "on_error": policy,
            ],
        ]
    }
}
