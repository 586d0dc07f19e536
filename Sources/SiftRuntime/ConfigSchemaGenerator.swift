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
                        "paths": ["type": "array", "items": ["type": "string"], "description": "Files, directories (recursive, sorted) or '-' for JSON Lines on stdin; relative to this file."],
                        "format": ["enum": ["auto", "html", "text", "jsonl"], "default": "auto"],
                        "extensions": ["type": "array", "items": ["type": "string"], "description": "Extensions picked up in directories."],
                        "fields": [
                            "type": "object", "additionalProperties": false,
                            "properties": ["id": ["type": "string"], "html": ["type": "string"], "text": ["type": "string"], "url": ["type": "string"], "date": ["type": "string"]],
                        ],
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
                        "path": ["type": "string", "description": "Output file, or '-' for stdout; relative to this file.", "default": "-"],
                        "include_text": ["type": "boolean", "default": true],
                    ],
                ],
                "on_error": policy,
            ],
        ]
    }
}
