import Foundation

/// Lists the files under a directory recursively, in byte-wise sorted path order, filtered by extension.
/// Hidden files and folders (starting with `.`) are skipped; symbolic links to folders are not followed.
struct DirectoryWalker {
    let extensions: Set<String>

    init(extensions: [String]) {
        self.extensions = Set(extensions.map { $0.lowercased() })
    }

    func files(under root: String) -> [String] {
        var result: [String] = []
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
                    let ext = (name as NSString).pathExtension.lowercased()
                    if extensions.isEmpty || extensions.contains(ext) { result.append(path) }
                }
            }
        }
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
