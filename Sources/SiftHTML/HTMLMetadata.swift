import SiftJSON

/// What a page says about itself: title, authors, publication date, canonical URL, site name, language
/// and description — from `<meta>` (name/property/itemprop: author, article:published_time, og:*,
/// twitter:*, dc.*), `<link rel=canonical>`, `<time datetime>`, `<html lang>` and JSON-LD
/// (`NewsArticle`, `Article`, `BlogPosting`, … also inside `@graph`). Values are recorded as found,
/// whitespace collapsed; nothing is invented: a field no source gives stays nil (or empty).
public struct HTMLMetadata: Sendable, Equatable {
    /// `<title>`, else `og:title`/`twitter:title` (the page's own title, often with the site's name).
    public var title: String?
    /// The article's headline: JSON-LD `headline`, else `og:title`/`twitter:title`.
    public var headline: String?
    /// Author names: JSON-LD `author`, else `<meta name=author>` and kin (URLs and handles left out).
    public var authors: [String] = []
    /// Publication date or date-time as written, when it starts as ISO 8601 does (`2019-11-18`,
    /// `2019-11-18T21:10:29Z`; years 1800…2200):
    /// JSON-LD `datePublished`, `article:published_time` and kin, else the first `<time datetime>`.
    public var published: String?
    /// `<link rel=canonical>`, else `og:url`, else the JSON-LD article's `url`.
    public var canonicalURL: String?
    /// `og:site_name`, else the JSON-LD publisher's or web site's name.
    public var siteName: String?
    /// `<html lang>` (else `xml:lang`), else JSON-LD `inLanguage`, else `og:locale`.
    public var language: String?
    /// `<meta name=description>`, else `og:description`/`twitter:description`, else JSON-LD `description`.
    public var description: String?

    /// Metadata with every field empty.
    public init() {}

    /// Reads the metadata of an extracted page.
    public init(_ extraction: HTMLExtraction) {
        title = extraction.bestTitle
        description = extraction.bestDescription
        language = extraction.language
        headline = extraction.openGraphTitle
        var metaAuthors: [String] = []
        var metaPublished: String?
        var timePublished: String?
        var openGraphURL: String?
        var locale: String?
        var article: JSONLDArticle?
        for record in extraction.records {
            switch record.kind {
            case .meta:
                let key = record.key, value = record.value
                if Self.authorKeys.contains(key) {
                    metaAuthors += Self.names(in: value)
                } else if Self.publishedKeys.contains(key) {
                    if metaPublished == nil { metaPublished = Self.isoDate(value) }
                } else if key == "og:site_name" {
                    if siteName == nil { siteName = value }
                } else if key == "og:url" {
                    if openGraphURL == nil { openGraphURL = value }
                } else if key == "og:locale" {
                    if locale == nil { locale = value }
                }
            case .link:
                if canonicalURL == nil { canonicalURL = record.value }
            case .time:
                if timePublished == nil { timePublished = Self.isoDate(record.value) }
            case .jsonLD:
                if article == nil || article?.isArticle == false {
                    if let found = JSONLDArticle.find(in: record.value), article == nil || found.isArticle {
                        article = found
                    }
                }
            }
        }
        if let article {
            if article.isArticle, let value = article.headline { headline = value }
            authors = article.authors
            published = article.published.flatMap(Self.isoDate)
            if siteName == nil { siteName = article.publisher }
            if canonicalURL == nil && openGraphURL == nil { openGraphURL = article.url }
            if language == nil { language = article.language }
            if description == nil { description = article.description }
        }
        if authors.isEmpty { authors = Self.unique(metaAuthors) }
        if published == nil { published = metaPublished ?? timePublished }
        if canonicalURL == nil { canonicalURL = openGraphURL }
        if language == nil { language = locale }
        // Pages that escape twice leave "&#8216;" in attribute values.
        title = title.map(HTMLEntities.decode)
        headline = headline.map(HTMLEntities.decode)
        description = description.map(HTMLEntities.decode)
        siteName = siteName.map(HTMLEntities.decode)
        authors = authors.map(HTMLEntities.decode)
    }

    /// `<meta>` keys naming authors (lowercased).
    static let authorKeys: Set<String> = [
        "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
        "byl", "citation_author", "og:article:author", "article.author", "cxenseparse:author",
    ]

    /// `<meta>` keys giving the publication date (lowercased).
    static let publishedKeys: Set<String> = [
        "article:published_time", "og:article:published_time", "datepublished", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.issued", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
        "og:published_time", "published_time", "release_date",
    ]

    /// `value` when it starts like an ISO 8601 date (YYYY-MM-DD), else nil.
    static func isoDate(_ value: String) -> String? {
        let bytes = Array(value.utf8.prefix(10))
        guard bytes.count == 10 else { return nil }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard digits(0..<4), bytes[4] == 0x2D, digits(5..<7), bytes[7] == 0x2D, digits(8..<10) else { return nil }
        // Placeholders such as 0001-01-01 are not dates.
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return (1800...2200).contains(year) ? value : nil
    }

    /// Author names in a meta value or JSON-LD string: split at " and ", "&", ";", "|" and at commas
    /// between multi-word names; URLs, handles and e-mail addresses are left out.
    static func names(in value: String) -> [String] {
        var parts = [value]
        for separator in [" and ", " & ", ";", "|", " And "] {
            parts = parts.flatMap { $0.split(separator: separator).map(String.init) }
        }
        parts = parts.flatMap { part -> [String] in
            let pieces = part.split(separator: ",").map { $0.trimmingSpaces }
            return pieces.count > 1 && pieces.allSatisfy({ $0.contains(" ") }) ? pieces : [part]
        }
        if parts.count > 1 {
            // "Tom Krisher, AP Auto Writer": a part naming a role is not a name.
            let named = parts.filter { part in
                !part.split(separator: " ").contains { BylineText.roles.contains($0.lowercased()) }
            }
            if !named.isEmpty { parts = named }
        }
        return parts.map(\.trimmingSpaces).compactMap { name in
            var name = name
            for prefix in ["By ", "by ", "BY "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
            let lowered = name.lowercased()
            guard !name.isEmpty, name.count <= 80, !lowered.hasPrefix("http"), !lowered.hasPrefix("www."),
                  !name.hasPrefix("@"), !name.contains("/"), !name.contains("@")
            else { return nil }
            return name
        }
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
