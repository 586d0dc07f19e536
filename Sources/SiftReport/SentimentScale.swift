/// How the report shows a sentiment compound: a tint class by sign and strength, and a signed number.
enum SentimentScale {
    /// VADER's conventional threshold between neutral and positive/negative.
    static let threshold = 0.05

    /// `p1`…`p3` (positive, faint to strong), `n1`…`n3` (negative), or nil for neutral.
    static func tint(_ compound: Double) -> StaticString? {
        let strength = abs(compound)
        guard strength >= threshold else { return nil }
        if compound > 0 { return strength < 0.35 ? "p1" : strength < 0.65 ? "p2" : "p3" }
        return strength < 0.35 ? "n1" : strength < 0.65 ? "n2" : "n3"
    }

    /// The compound with a sign and two decimals: `+0.14`, `−0.08` (a minus sign), `0.00`.
    static func signed(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let digits = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        if hundredths == 0 { return digits }
        return (value > 0 ? "+" : "−") + digits
    }
}
