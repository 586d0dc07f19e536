import Foundation

/// Lists the files under a directory recursively, in byte-wise sorted path order, filtered by name
/// ending (`html`, `warc.gz`, …). Hidden files and folders (starting with `.`) are skipped; symbolic
/// links to folders are not followed.
struct DirectoryWalker {
    let endings: [String]

    init(extensions: [String]) {
        self.endings = extensions.map { "." + $0.lowercased() }
    }

    /// Each file's path and size in bytes.
    func files(under root: String) -> [(path: String, size: Int)] {
        var result: [(path: String, size: Int)] = []
        var stack = [root]
        let manager = FileManager.default
        while let folder = stack.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      let type = attributes[.type] as? FileAttributeType else { continue }
                if type == .typeDirectory {
                    stack.append(path)
                } else if type == .typeRegular || type == .typeSymbolicLink {
                    let lower = name.lowercased()
                    if endings.isEmpty || endings.contains(where: { lower.hasSuffix($0) }) {
                        result.append((path, (attributes[.size] as? NSNumber)?.intValue ?? 0))
                    }
                }
            }
        }
        return result.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }
}
