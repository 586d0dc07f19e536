import SiftJSON

/// The fields of a JSON-LD article (`NewsArticle`, `Article`, `BlogPosting`, …) that `HTMLMetadata`
/// uses, found in one `<script type="application/ld+json">` (a top-level object or array, or an
/// `@graph`). A page with no article object may still name its publisher (`WebSite`, `Organization`).
struct JSONLDArticle: Sendable, Equatable {
    /// Whether an article object was found (else only `publisher` may be set).
    var isArticle = false
    var headline: String?
    var authors: [String] = []
    var published: String?
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?

    /// Types that count as an article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
        "Report", "SocialMediaPosting", "DiscussionForumPosting", "SatiricalArticle",
    ]

    /// Script bodies larger than this are not parsed.
    static let maximumBytes = 512 * 1024

    /// The article (or publisher) described by one JSON-LD script, or nil (none, or invalid JSON).
    static func find(in script: String) -> JSONLDArticle? {
        guard script.utf8.count <= maximumBytes,
              script.contains("Article") || script.contains("Posting") || script.contains("@graph")
                || script.contains("WebSite") || script.contains("Organization"),
              let value = try? JSONParser(maximumDepth: 64).parse(script)
        else { return nil }
        var objects: [JSONObject] = []
        collect(value, into: &objects, depth: 0)
        var result = JSONLDArticle()
        if let article = objects.first(where: { types(of: $0).contains(where: articleTypes.contains) }) {
            result.isArticle = true
            result.headline = string(article["headline"]) ?? string(article["name"])
            result.authors = authors(article["author"]) + authors(article["creator"])
            result.published = string(article["datePublished"]) ?? string(article["dateCreated"])
            result.publisher = name(article["publisher"])
            result.url = string(article["url"]) ?? id(article["mainEntityOfPage"])
            result.language = string(article["inLanguage"])
            result.description = string(article["description"])
        }
        if result.publisher == nil {
            let site = objects.first { types(of: $0).contains("WebSite") } ?? objects.first { types(of: $0).contains("Organization") }
            result.publisher = site.flatMap { string($0["name"]) }
        }
        result.authors = HTMLMetadata.unique(result.authors)
        return result.isArticle || result.publisher != nil ? result : nil
    }

    /// Every object of the value: top-level ones, array members and `@graph` members (not deeper).
    static func collect(_ value: JSONValue, into objects: inout [JSONObject], depth: Int) {
        guard depth < 4 else { return }
        switch value {
        case .array(let items): for item in items { collect(item, into: &objects, depth: depth + 1) }
        case .object(let object):
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        default: break
        }
    }

    static func types(of object: JSONObject) -> [String] {
        switch object["@type"] {
        case .string(let type)?: return [type]
        case .array(let items)?: return items.compactMap(\.stringValue)
        default: return []
        }
    }

    /// A non-empty string value, whitespace collapsed.
    static func string(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue else { return nil }
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// The `name` of an object (or the string itself).
    static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string?: return string(value)
        case .object(let object)?: return string(object["name"])
        case .array(let items)?: return items.lazy.compactMap { name($0) }.first
        default: return nil
        }
    }

    static func id(_ value: JSONValue?) -> String? {
        switch value {
        case .string?: return string(value)
        case .object(let object)?: return string(object["@id"]) ?? string(object["url"])
        default: return nil
        }
    }

    /// Author names: a string (possibly several names), a Person/Organization object, or an array of them.
    static func authors(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?: return HTMLMetadata.names(in: text)
        case .object(let object)?: return name(.object(object)).map(HTMLMetadata.names(in:)) ?? []
        case .array(let items)?: return items.flatMap { authors($0) }
        default: return []
        }
    }
}
