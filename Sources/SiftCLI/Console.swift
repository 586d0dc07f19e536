#if canImport(Glibc)
import Glibc
#endif

/// Writes a line to standard error (logs and summaries never go to stdout, which carries results).
func printError(_ message: String) {
    var line = message
    if !line.hasSuffix("\n") { line += "\n" }
    var bytes = Array(line.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        bytes = bytes.dropFirst(written)
    }
}

/// Exit codes of the `pipeline` command.
enum ExitStatus {
    static let documentsFailed: Int32 = 1
    static let usageOrConfig: Int32 = 2
}
