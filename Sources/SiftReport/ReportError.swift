/// Why a report could not be made: its input could not be read or its output could not be written.
/// (Bad lines inside the results are not errors: they are shown in the report.)
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The results file does not exist or is a folder.
        case inputNotFound = "input_not_found"
        /// Reading the results failed.
        case unreadableInput = "unreadable_input"
        /// The results are gzip- or zstd-compressed.
        case compressedInput = "compressed_input"
        /// The report (or its scratch file) could not be written.
        case unwritableOutput = "unwritable_output"
    }

    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
