import Foundation

/// Lists a directory one level at a time, so that walking a tree of millions of files never holds
/// more than the folders on the current path in memory.
///
/// Entries come sorted so that a depth-first walk visits files in byte-wise order of their full
/// paths: a folder sorts as its name followed by `/`. Files are filtered by name ending (`html`,
/// `warc.gz`, …); hidden files and folders (starting with `.`) are skipped; symbolic links to folders
/// are not followed.
struct DirectoryWalker {
    /// One entry of a folder: a file with its size, or a folder to descend into.
    enum Entry: Equatable {
        case file(path: String, size: Int)
        case folder(path: String)
    }

    let endings: [String]

    init(extensions: [String]) {
        self.endings = extensions.map { "." + $0.lowercased() }
    }

    /// The entries of `folder`, in walking order; empty when it cannot be listed.
    func entries(of folder: String) -> [Entry] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        var keyed: [(key: [UInt8], entry: Entry)] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                  let type = attributes[.type] as? FileAttributeType else { continue }
            if type == .typeDirectory {
                keyed.append((Array(name.utf8) + [UInt8(ascii: "/")], .folder(path: path)))
            } else if type == .typeRegular || type == .typeSymbolicLink {
                let lower = name.lowercased()
                if endings.isEmpty || endings.contains(where: { lower.hasSuffix($0) }) {
                    keyed.append((Array(name.utf8), .file(path: path, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)))
                }
            }
        }
        keyed.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return keyed.map(\.entry)
    }

}
