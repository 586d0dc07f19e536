import SiftCore
import SiftJSON

/// Estimates how long a document takes to read: the `reading_time` layer, `{"words": n, "minutes": m}`.
///
/// An example of a stage maintained outside the Sift repository: it uses only the public stage API
/// of the `SiftCore` product.
public struct ReadingTimeStage: Stage {
    /// Options of the reading-time estimate.
    public struct Options: Codable, Sendable, Equatable {
        /// Reading speed in words per minute (238 is the mean for adults reading non-fiction silently).
        public var wordsPerMinute = 238

        enum CodingKeys: String, CodingKey {
            case wordsPerMinute = "words_per_minute"
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            wordsPerMinute = try c.decodeIfPresent(Int.self, forKey: .wordsPerMinute) ?? 238
        }
    }

    /// The `reading_time` layer.
    public enum Layer: LayerKey {
        public typealias Value = JSONLayerValue
        public static let name: LayerName = "reading_time"
    }

    public static let descriptor = StageDescriptor(
        id: "reading_time.external.v1", aliases: ["reading-time"],
        summary: "Estimates the reading time of a document from its word count (an out-of-tree stage package).",
        requires: [.text, TokensLayer.name], provides: [Layer.name],
        options: [
            OptionDoc("words_per_minute", .integer(minimum: 1, maximum: 2_000), default: 238, "Reading speed in words per minute."),
        ])

    let options: Options

    public init(options: Options, context: StageContext) throws {
        guard options.wordsPerMinute >= 1 else {
            throw StageSetupError(option: "words_per_minute", message: "must be at least 1, got \(options.wordsPerMinute)")
        }
        self.options = options
    }

    public func process(_ document: inout Document) throws {
        let words = try document.require(TokensLayer.self).items.lazy.filter { $0.kind == .word || $0.kind == .number }.count
        let minutes = (Double(words) / Double(options.wordsPerMinute) * 10).rounded() / 10
        document.layers[Layer.self] = JSONLayerValue(["words": .integer(words), "minutes": .number(minutes)])
    }
}
