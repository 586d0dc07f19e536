#if canImport(Glibc)
import Glibc
#endif

/// Writes a line to standard error (logs and summaries never go to stdout, which carries results).
func printError(_ message: String) {
    var line = message
    if !line.hasSuffix("\n") { line += "\n" }
    _ = line.withCString { fputs($0, stderr) }
}

/// Exit codes of the `pipeline` command.
enum ExitStatus {
    static let documentsFailed: Int32 = 1
    static let usageOrConfig: Int32 = 2
}
