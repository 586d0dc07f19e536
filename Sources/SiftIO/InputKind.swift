import SiftConfig

/// What a file is, judged by its name: its format and how it is compressed.
/// `page.html.gz` is gzip-compressed HTML; `crawl.warc.gz` gzip-compressed WARC; `x.tar.zst` an archive.
struct InputKind: Equatable {
    enum Compression: Equatable {
        case none
        /// gzip, read member by member with resynchronisation (ISA-L igzip).
        case gzip
        /// zstd, bzip2 or xz, read as one stream through libarchive.
        case other
    }

    var format: InputFormat
    var compression: Compression

    static let archiveEndings = ["tar", "tar.gz", "tgz", "tar.bz2", "tbz2", "tbz", "tar.xz", "txz", "tar.zst", "tzst", "tar.lz4", "zip", "7z", "cpio", "rar"]

    init(format: InputFormat, compression: Compression) {
        self.format = format
        self.compression = compression
    }

    init(name: String) {
        let lower = name.lowercased()
        if Self.archiveEndings.contains(where: { lower.hasSuffix("." + $0) }) {
            self.init(format: .archive, compression: .none)
            return
        }
        var stem = Substring(lower)
        var compression = Compression.none
        for (ending, kind) in [(".gz", Compression.gzip), (".zst", .other), (".bz2", .other), (".xz", .other)] where stem.hasSuffix(ending) {
            stem = stem.dropLast(ending.count)
            compression = kind
            break
        }
        let ext = stem.split(separator: ".").last.map(String.init) ?? ""
        let format: InputFormat
        switch stem.contains(".") ? ext : "" {
        case "html", "htm", "xhtml", "shtml": format = .html
        case "txt", "text", "md": format = .text
        case "jsonl", "ndjson": format = .jsonl
        case "warc", "wet", "arc": format = ext == "arc" ? .auto : .warc
        default: format = .auto
        }
        self.init(format: format, compression: compression)
    }

    /// The kind of a file under a config that may force the format (the compression still comes from the name).
    init(path: String, forced: InputFormat) {
        let byName = InputKind(name: path.split(separator: "/").last.map(String.init) ?? path)
        if forced == .auto || forced == byName.format {
            self = byName
        } else {
            self.init(format: forced, compression: forced == .archive ? .none : byName.compression)
        }
    }
}
