import SiftCore
import SiftJSON

extension HTMLCleanupStage {
    /// Writes the page's metadata (only fields with a value, and only where the input record had none).
    func record(_ metadata: HTMLMetadata, title: String?, in document: inout Document) {
        if let title { setIfAbsent("title", .string(title), in: &document) }
        if let description = metadata.description { setIfAbsent("description", .string(description), in: &document) }
        if let language = metadata.language { setIfAbsent("language", .string(language), in: &document) }
        if !metadata.authors.isEmpty { setIfAbsent("authors", .array(metadata.authors.map { .string($0) }), in: &document) }
        if let published = metadata.published { setIfAbsent("published", .string(published), in: &document) }
        if let url = metadata.canonicalURL { setIfAbsent("canonical_url", .string(url), in: &document) }
        if let siteName = metadata.siteName { setIfAbsent("site_name", .string(siteName), in: &document) }
    }

    /// Article mode: the extraction summary, and the page's bylines as authors when no markup named any.
    func recordArticle(
        _ selection: HTMLArticleSelection, _ extraction: HTMLExtraction, _ metadata: HTMLMetadata,
        in document: inout Document
    ) {
        if metadata.authors.isEmpty {
            var names: [String] = []
            for index in selection.bylines {
                names += HTMLMetadata.names(in: BylineText.cleaned(String(extraction.text(of: extraction.blocks[index]))))
            }
            names = HTMLMetadata.unique(names.filter(BylineText.isPageName))
            if !names.isEmpty { setIfAbsent("authors", .array(names.map { .string($0) }), in: &document) }
        }
        recordExtraction(
            found: selection.articleFound, kept: selection.keptCount, total: extraction.blocks.count, in: &document)
    }

    /// `metadata.extraction`: `{"mode": "article", "article_found", "blocks_kept", "blocks_total"}`.
    func recordExtraction(found: Bool, kept: Int, total: Int, in document: inout Document) {
        document.metadata["extraction"] = .object(JSONObject([
            ("mode", .string(Options.Mode.article.rawValue)), ("article_found", .bool(found)),
            ("blocks_kept", .integer(kept)), ("blocks_total", .integer(total)),
        ]))
    }

    func setIfAbsent(_ key: String, _ value: JSONValue, in document: inout Document) {
        if document.metadata[key] == nil { document.metadata[key] = value }
    }
}
