import SiftCore

extension HTMLCleanupStage {
    /// Options of `cleanup.html.v1`.
    public struct Options: Codable, Sendable, Equatable {
        /// What the text holds.
        public enum Mode: String, Codable, Sendable, CaseIterable {
            /// Every block of the page (and every line of plain text).
            case full
            /// The main content of an article page (`HTMLArticleSelector`; `PlainTextArticleSelector` for plain text).
            case article
        }

        /// What the text holds: the whole page (`full`, the default) or its article (`article`).
        public var mode: Mode
        /// Prepend the page title as the first block of the text.
        public var includeTitle: Bool
        /// Extra tag names to drop with their content (e.g. `nav`, `footer`, `aside`).
        public var dropElements: [String]
        /// Inputs larger than this many bytes fail with `limit_exceeded`.
        public var maxInputBytes: Int
        /// Publish the `source_map` layer: where each run of the text came from in the raw input bytes.
        public var sourceMap: Bool

        /// The default of `max_input_bytes`: 200 MB.
        public static let defaultMaxInputBytes = 200_000_000
        /// The largest `max_input_bytes` accepted: libxml2 parses at most 2 GiB in one piece.
        public static let maxInputBytesLimit = Int(Int32.max)

        enum CodingKeys: String, CodingKey, CaseIterable {
            case mode
            case includeTitle = "include_title"
            case dropElements = "drop_elements"
            case maxInputBytes = "max_input_bytes"
            case sourceMap = "source_map"
        }

        /// Options with the given values (the defaults otherwise).
        public init(
            mode: Mode = .full, includeTitle: Bool = false, dropElements: [String] = [],
            maxInputBytes: Int = defaultMaxInputBytes, sourceMap: Bool = false
        ) {
            self.mode = mode
            self.includeTitle = includeTitle
            self.dropElements = dropElements
            self.maxInputBytes = maxInputBytes
            self.sourceMap = sourceMap
        }

        /// Decodes options; every key is optional and falls back to its default.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            mode = try container.decodeIfPresent(Mode.self, forKey: .mode) ?? .full
            includeTitle = try container.decodeIfPresent(Bool.self, forKey: .includeTitle) ?? false
            dropElements = try container.decodeIfPresent([String].self, forKey: .dropElements) ?? []
            maxInputBytes = try container.decodeIfPresent(Int.self, forKey: .maxInputBytes) ?? Self.defaultMaxInputBytes
            sourceMap = try container.decodeIfPresent(Bool.self, forKey: .sourceMap) ?? false
        }

        /// Checks values the types cannot: tag names and the size range.
        func validated() throws(StageSetupError) -> Options {
            guard (1...Self.maxInputBytesLimit).contains(maxInputBytes) else {
                throw StageSetupError(
                    option: "max_input_bytes",
                    message: "must be between 1 and \(Self.maxInputBytesLimit) (libxml2's limit), got \(maxInputBytes)")
            }
            var copy = self
            copy.dropElements = try dropElements.map { (name) throws(StageSetupError) -> String in
                let lowered = name.lowercased()
                let allowed = lowered.utf8.allSatisfy { byte in
                    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
                        || byte == 0x3A || byte == 0x2E
                }
                guard !lowered.isEmpty, lowered.utf8.count < 64, allowed, lowered.utf8.first.map({ $0 >= 0x61 }) == true else {
                    throw StageSetupError(
                        option: "drop_elements",
                        message: "'\(name)' is not a tag name (expected letters, digits, '-', '_', ':' or '.', starting with a letter, e.g. \"nav\")")
                }
                guard lowered != "html", lowered != "body" else {
                    throw StageSetupError(option: "drop_elements", message: "'\(name)' cannot be dropped: it holds the whole page")
                }
                return lowered
            }
            return copy
        }
    }
}
