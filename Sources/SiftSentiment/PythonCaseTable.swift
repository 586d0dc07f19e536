/// Case flags of every Basic Multilingual Plane code point, looked up once (Swift's Unicode property
/// queries cost a table walk each; news text is full of `’`, `“` and accented letters).
enum PythonCaseTable {
    /// The derived Lowercase property (Python's `islower` per character).
    static let lowercase: UInt8 = 1
    /// The derived Uppercase property.
    static let uppercase: UInt8 = 2
    /// General category Lt.
    static let titlecase: UInt8 = 4
    /// Changes_When_Lowercased: `lower()` maps it to something else.
    static let changesWhenLowercased: UInt8 = 8
    /// Cased and Case_Ignorable (for the final-sigma rule).
    static let cased: UInt8 = 16
    static let caseIgnorable: UInt8 = 32

    /// Flags of U+0000…U+FFFF.
    static let bmp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for code in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(code)) else { continue }
            table[code] = flags(scalar)
        }
        return table
    }()

    /// The flags of any scalar value (from the table for the BMP).
    @inline(__always)
    static func flags(_ value: UInt32, table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if value < 0x10000 { return table[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return flags(scalar)
    }

    private static func flags(_ scalar: Unicode.Scalar) -> UInt8 {
        let properties = scalar.properties
        var flags: UInt8 = 0
        if properties.isLowercase { flags |= lowercase }
        if properties.isUppercase { flags |= uppercase }
        if properties.generalCategory == .titlecaseLetter { flags |= titlecase }
        if properties.changesWhenLowercased { flags |= changesWhenLowercased }
        if properties.isCased { flags |= cased }
        if properties.isCaseIgnorable { flags |= caseIgnorable }
        return flags
    }
}
