/// Text helpers shared by the evaluation reports' tables.
enum ReportFormatting {
    /// A score with exactly four decimals (`0.9271`).
    static func score(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 4 { text += String(repeating: "0", count: 4 - decimals) }
        }
        return text
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` is set.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
