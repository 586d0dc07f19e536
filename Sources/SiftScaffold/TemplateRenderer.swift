import Foundation

/// Renders a folder of templates: every file, recursively; `.template` is dropped from file names and
/// every placeholder is replaced in paths and contents.
struct TemplateRenderer {
    let folder: URL
    let substitutions: [(String, String)]

    /// (relative path, contents) of every rendered file, sorted by path.
    func render() throws(ScaffoldError) -> [(String, String)] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else {
            throw ScaffoldError("no templates at \(base): the package needs Plugins/Templates/Stage (it ships with Sift)")
        }
        var files: [(String, String)] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ScaffoldError("cannot read template \(path) as UTF-8 text")
            }
            var target = relative
            if target.hasSuffix(".template") { target.removeLast(".template".count) }
            files.append((substitute(target), substitute(contents)))
        }
        guard !files.isEmpty else { throw ScaffoldError("no templates at \(base)") }
        return files.sorted { $0.0 < $1.0 }
    }

    func substitute(_ text: String) -> String {
        substitutions.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
