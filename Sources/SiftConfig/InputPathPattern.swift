#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How input paths are written: plain paths, glob patterns (`crawl/*.warc.gz`), `@list.txt` files that
/// name one input per line, and `-` for standard input. Shared by the config checks and the input reader.
public enum InputPathPattern {
    /// Whether `path` is a glob pattern (contains `*`, `?` or `[`) that does not name an existing file.
    public static func isGlob(_ path: String) -> Bool {
        path.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) && !FileManager.default.fileExists(atPath: path)
    }

    /// The files a glob pattern matches, sorted byte-wise; empty when none does.
    public static func expand(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let cString = result.gl_pathv[index] { paths.append(String(cString: cString)) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The inputs a list file names: one per line; blank lines and lines starting with `#` are ignored;
    /// relative entries resolve against the list file's folder. nil when the file cannot be read.
    public static func listEntries(_ listFile: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: listFile) else { return nil }
        let folder = listFile.lastIndex(of: "/").map { String(listFile[..<$0]) } ?? "."
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { return nil }
            return entry == "-" ? entry : resolve(entry, against: folder)
        }
    }

    /// Resolves a relative path (or the file of an `@list`) against `base`; `-` and absolute paths stay.
    public static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("@") { return "@" + resolve(String(path.dropFirst()), against: base) }
        if path == "-" || path.hasPrefix("/") || base.isEmpty || base == "." { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// What is wrong with an input as written, or nil when it can be read: a missing file, an
    /// unreadable list file, a pattern that matches nothing.
    public static func problem(_ raw: String, resolved: String) -> String? {
        if resolved == "-" { return nil }
        if resolved.hasPrefix("@") {
            let list = String(resolved.dropFirst())
            return FileManager.default.fileExists(atPath: list)
                ? nil : "input list '\(raw.dropFirst())' does not exist (looked for \(list)); '@FILE' names a file listing one input per line"
        }
        if FileManager.default.fileExists(atPath: resolved) { return nil }
        if isGlob(resolved) {
            return expand(resolved).isEmpty ? "pattern '\(raw)' matches no file (looked for \(resolved))" : nil
        }
        return "input '\(raw)' does not exist (looked for \(resolved))"
    }
}
