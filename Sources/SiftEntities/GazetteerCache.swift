#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiftCore

/// Where and when a compiled gazetteer is cached.
///
/// Lists of at least `minimumSourceBytes` (together) are compiled once and the result is written, as a
/// `GazetteerCacheFile`, to `.sift-cache/` beside the first list file (or, when that folder cannot be
/// written, to `$XDG_CACHE_HOME/sift/gazetteers` or `~/.cache/sift/gazetteers`). The file's name and
/// header carry a key: a digest of the Sift version, the cache format, the labels, every list's options
/// and the full contents of every list and stop-list file. Any edit to a list, an option or Sift itself
/// gives another key, so a stale cache is never used; it is simply ignored (delete `.sift-cache/` to
/// reclaim the space).
public enum GazetteerCache {
    /// Whether to use a cache.
    public enum Policy: Sendable, Equatable {
        /// Compile the lists every time.
        case off
        /// Read a cache when one matches, write one otherwise (lists of `minimumSourceBytes` and more).
        case automatic
        /// Like `automatic`, in this folder only and for lists of any size (tests, benchmarks).
        case folder(String)
    }

    /// Smaller lists compile in milliseconds: caching them would only litter their folders.
    public static let minimumSourceBytes = 1 << 20

    /// The key of `lists` (paths resolved with `context`) and `labels`, and the total size of their files;
    /// nil when a file cannot be read (the build then reports it properly).
    static func key(lists: [GazetteerListOptions], labels: [String], context: StageContext) -> (key: (UInt64, UInt64), bytes: Int)? {
        var digest = ContentDigest()
        digest.update("sift \(SiftVersion.tool) gazetteer cache \(GazetteerCacheFile.formatVersion)")
        digest.update(UInt64(labels.count))
        for label in labels { digest.update(label) }
        var bytes = 0
        for list in lists {
            for field in [list.path, list.name ?? "\u{0}", list.label, String(list.priority), list.caseMode.rawValue,
                          String(list.diacritics), list.stoplist ?? "\u{0}"] {
                digest.update(field)
            }
            for file in [list.path, list.stoplist].compactMap({ $0 }) {
                let path = context.resolvePath(file)
                var status = stat()
                guard stat(path, &status) == 0, digest.update(fileAt: path) else { return nil }
                bytes += Int(status.st_size)
            }
        }
        return (digest.value, bytes)
    }

    /// The folders to look in and write to, in order.
    static func folders(for policy: Policy, firstList: String?) -> [String] {
        switch policy {
        case .off: return []
        case .folder(let folder): return [folder]
        case .automatic:
            var folders: [String] = []
            if let firstList {
                let parent = firstList.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
                folders.append((parent.isEmpty ? (firstList.hasPrefix("/") ? "" : ".") : parent) + "/.sift-cache")
            }
            if let home = environment("XDG_CACHE_HOME"), home.hasPrefix("/") {
                folders.append(home + "/sift/gazetteers")
            } else if let home = environment("HOME"), home.hasPrefix("/") {
                folders.append(home + "/.cache/sift/gazetteers")
            }
            return folders
        }
    }

    /// The cache file's name for `key`.
    static func fileName(listPath: String, key: (UInt64, UInt64)) -> String {
        let stem = Gazetteer.fileStem(listPath).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        var digest = ContentDigest()
        digest.update(key.0)
        digest.update(key.1)
        return String(stem.prefix(64)) + "-" + String(digest.hex.prefix(20)) + ".siftgaz"
    }

    /// Creates `folder` (and its parents) when missing; false when it cannot.
    static func makeFolder(_ folder: String) -> Bool {
        var prefix = folder.hasPrefix("/") ? "/" : ""
        for part in folder.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix == "/" ? "" : "/") + part
            if mkdir(prefix, 0o755) != 0, errno != EEXIST { return false }
        }
        return access(folder, W_OK) == 0
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let string = String(cString: value)
        return string.isEmpty ? nil : string
    }
}
