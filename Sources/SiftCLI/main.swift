import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// Exit codes are part of the CLI's contract: 0 success, 1 some documents failed, 2 usage or config error.
// ArgumentParser's own default for usage errors is 64, so errors are mapped here.
do {
    var command = try PipelineCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if PipelineCommand.exitCode(for: error) == .success {
        PipelineCommand.exit(withError: error)  // --help, --version
    }
    let message = PipelineCommand.fullMessage(for: error)
    if !message.isEmpty { printError(message) }
    exit(2)
}
