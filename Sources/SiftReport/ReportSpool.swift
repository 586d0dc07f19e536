#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds the rendered document sections until the overview (which needs every record) has been written above them:
/// in memory up to `memoryLimit` bytes, then in an unlinked scratch file, so a report over any number of documents
/// needs little memory.
final class ReportSpool {
    private let directory: String
    private let memoryLimit: Int
    private var memory: [UInt8] = []
    private var descriptor: Int32 = -1
    private(set) var count = 0

    /// `directory`: where the scratch file goes (the report's folder, so it is on a disk with room for the report).
    init(directory: String, memoryLimit: Int = 8 << 20) {
        self.directory = directory
        self.memoryLimit = memoryLimit
    }

    /// Whether the spool has moved to its scratch file.
    var isOnDisk: Bool { descriptor >= 0 }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func append(_ bytes: [UInt8]) throws(ReportError) {
        count += bytes.count
        if descriptor < 0 {
            memory.append(contentsOf: bytes)
            if memory.count <= memoryLimit { return }
            try openScratchFile()
            let pending = memory
            memory = []
            try writeAll(pending)
        } else {
            try writeAll(bytes)
        }
    }

    /// Passes everything spooled to `sink`, in chunks of at most 1 MiB.
    func drain(into sink: ([UInt8]) throws(ReportError) -> Void) throws(ReportError) {
        guard descriptor >= 0 else {
            try sink(memory)
            return
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw Self.failure("cannot rewind") }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw Self.failure("cannot read back") }
            if got == 0 { return }
            try sink(Array(chunk[0..<got]))
        }
    }

    private func openScratchFile() throws(ReportError) {
        var template = Array((directory + "/.sift-report-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Self.failure("cannot create a scratch file in '\(directory)'") }
        // Unlinked at once: the file goes away with the descriptor, even if the process is killed.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    private func writeAll(_ bytes: [UInt8]) throws(ReportError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Self.failure("cannot write the scratch file") }
            offset += written
        }
    }

    private static func failure(_ what: String) -> ReportError {
        ReportError(.unwritableOutput, "\(what) for the report's document sections: \(String(cString: strerror(errno))) (check the free space of the report's folder)")
    }
}
