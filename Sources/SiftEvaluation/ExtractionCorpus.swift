import Foundation
import SiftJSON

/// One page of an extraction gold set: its id, URL, gold article body and where its HTML is.
public struct ExtractionGoldPage: Sendable {
    /// The page's id (the file stem under `html/`) and URL (when the gold gives one).
    public var id: String
    public var url: String?
    /// The gold article body (`articleBody`).
    public var body: String
    /// The page's HTML file: `html/<id>.html.gz` (or `html/<id>.html`).
    public var htmlPath: String

    /// A gold page with the given fields.
    public init(id: String, url: String?, body: String, htmlPath: String) {
        self.id = id
        self.url = url
        self.body = body
        self.htmlPath = htmlPath
    }
}

/// Loads an article-extraction gold set laid out as the scrapinghub benchmark's dev folder
/// (`../shared/corpora/dev/extraction`): `ground-truth.json` = `{id: {"articleBody", "url"}}` and the
/// pages as `html/<id>.html.gz` (gzip, read with `/bin/gunzip`) or `html/<id>.html`.
public enum ExtractionCorpus {
    /// The gold pages of `directory`, sorted by id. Pages whose HTML file is missing are left out.
    public static func load(directory: String) throws(GoldCorpusError) -> [ExtractionGoldPage] {
        let truthPath = directory + "/ground-truth.json"
        guard let data = FileManager.default.contents(atPath: truthPath) else {
            throw GoldCorpusError(path: truthPath, line: 0, message: "cannot read the file")
        }
        let value: JSONValue
        do {
            value = try JSONParser().parse(Array(data))
        } catch {
            throw GoldCorpusError(path: truthPath, line: error.line, message: "invalid JSON: \(error.message)")
        }
        guard let object = value.objectValue else {
            throw GoldCorpusError(path: truthPath, line: 0, message: "expected an object {id: {\"articleBody\", \"url\"}}")
        }
        var pages: [ExtractionGoldPage] = []
        for (id, entry) in object.members {
            guard let fields = entry.objectValue, let body = fields["articleBody"]?.stringValue else {
                throw GoldCorpusError(path: truthPath, line: 0, message: "entry '\(id)' has no string 'articleBody'")
            }
            let base = directory + "/html/" + id
            let path: String
            if FileManager.default.fileExists(atPath: base + ".html.gz") {
                path = base + ".html.gz"
            } else if FileManager.default.fileExists(atPath: base + ".html") {
                path = base + ".html"
            } else {
                continue
            }
            pages.append(ExtractionGoldPage(id: id, url: fields["url"]?.stringValue, body: body, htmlPath: path))
        }
        if pages.isEmpty {
            throw GoldCorpusError(path: directory + "/html", line: 0, message: "no page of ground-truth.json has its HTML here")
        }
        return pages.sorted { $0.id < $1.id }
    }

    /// The raw bytes of a page's HTML, gunzipped when the file ends in `.gz`.
    public static func html(of page: ExtractionGoldPage) throws(GoldCorpusError) -> [UInt8] {
        guard page.htmlPath.hasSuffix(".gz") else {
            guard let data = FileManager.default.contents(atPath: page.htmlPath) else {
                throw GoldCorpusError(path: page.htmlPath, line: 0, message: "cannot read the file")
            }
            return [UInt8](data)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gunzip")
        process.arguments = ["-c", page.htmlPath]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GoldCorpusError(path: page.htmlPath, line: 0, message: "cannot run /bin/gunzip: \(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GoldCorpusError(path: page.htmlPath, line: 0, message: "gunzip failed (status \(process.terminationStatus))")
        }
        return [UInt8](data)
    }
}
