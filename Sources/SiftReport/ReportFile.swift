#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report is written: a file, written under a temporary name beside it and renamed into place when
/// complete (a reader never sees half a report); standard output for `-`; or, written directly, an existing
/// path that is not a regular file (`/dev/stdout`, a FIFO), which a rename would replace.
public final class ReportFile {
    public let path: String
    /// Where scratch files go: the report's folder, or the temporary folder (`TMPDIR`, else `/tmp`) when the
    /// report goes to standard output or another non-regular file.
    public let directory: String
    private let temporaryPath: String?
    private var descriptor: Int32
    private var committed = false

    public init(path: String) throws(ReportError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var info = stat()
        let exists = stat(path, &info) == 0
        if path == "-" {
            directory = Self.temporaryFolder
            temporaryPath = nil
            descriptor = 1
            return
        }
        let isRegular = !exists || (info.st_mode & S_IFMT) == S_IFREG
        directory = isRegular ? folder : Self.temporaryFolder
        if exists && (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReportError(.unwritableOutput, "the report path '\(path)' is a folder: give a file name, e.g. \(path.hasSuffix("/") ? path : path + "/")report.html")
        }
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            temporaryPath = nil
            descriptor = open(path, O_WRONLY | O_CLOEXEC)
        } else {
            let temporary = folder + "/." + name + ".sift-tmp"
            temporaryPath = temporary
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            throw ReportError(.unwritableOutput, "cannot write the report '\(path)': \(String(cString: strerror(errno))) (check that the folder '\(folder)' exists and is writable)")
        }
    }

    deinit {
        discard()
    }

    private static var temporaryFolder: String {
        getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    public func write(_ bytes: [UInt8]) throws(ReportError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Self.systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw ReportError(.unwritableOutput, "cannot write the report '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Completes the report: closes it and renames it into place.
    public func commit() throws(ReportError) {
        guard !committed else { return }
        committed = true
        guard let temporaryPath else {
            if descriptor > 1 { close(descriptor) }
            return
        }
        let closed = close(descriptor) == 0
        descriptor = -1
        guard closed, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ReportError(.unwritableOutput, "cannot write the report '\(path)': \(reason)")
        }
    }

    /// Abandons an unfinished report: its temporary file is removed, an existing report is left as it was.
    public func discard() {
        guard !committed else { return }
        committed = true
        if descriptor > 1 { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }
}
