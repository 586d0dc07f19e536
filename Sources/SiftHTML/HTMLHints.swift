import CSiftLibXML2

/// What an element's class, id, role and itemprop words (and a custom element's name) say about its
/// content: `class="share-bar"` → `.share`, `itemprop="articleBody"` → `.body`, `role="navigation"` → `.nav`.
///
/// Words are split at non-alphanumerics and camelCase and compared lowercase with a fixed vocabulary
/// (some by prefix: `related…`, `advert…`); two-word rules catch `read-more`, `most-read`, `article-body`.
/// Hints are evidence, not verdicts: `HTMLArticleSelector` weighs them with text density and structure.
public struct HTMLHints: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// nav, menu, breadcrumb, pagination, skip links, search; role navigation/menu/search.
    public static let nav = HTMLHints(rawValue: UInt32(SIFT_HINT_NAV))
    /// header, masthead, topbar; role banner.
    public static let header = HTMLHints(rawValue: UInt32(SIFT_HINT_HEADER))
    /// footer, copyright, colophon; role contentinfo.
    public static let footer = HTMLHints(rawValue: UInt32(SIFT_HINT_FOOTER))
    /// sidebar, aside, rail, widget; role complementary.
    public static let sidebar = HTMLHints(rawValue: UInt32(SIFT_HINT_SIDEBAR))
    /// comment(s), disqus, replies, respond, discussion; itemprop comment.
    public static let comments = HTMLHints(rawValue: UInt32(SIFT_HINT_COMMENTS))
    /// share, sharing, social, addthis, follow.
    public static let share = HTMLHints(rawValue: UInt32(SIFT_HINT_SHARE))
    /// related, recommended, trending, popular, most read, more stories, read more, promo, outbrain, taboola.
    public static let related = HTMLHints(rawValue: UInt32(SIFT_HINT_RELATED))
    /// ad, ads, advert…, sponsor…, dfp.
    public static let ad = HTMLHints(rawValue: UInt32(SIFT_HINT_AD))
    /// cookie, consent, gdpr, newsletter, subscribe, signup, paywall, login, modal, popup; role dialog.
    public static let prompt = HTMLHints(rawValue: UInt32(SIFT_HINT_PROMPT))
    /// byline, author, contributor; itemprop author; rel author.
    public static let byline = HTMLHints(rawValue: UInt32(SIFT_HINT_BYLINE))
    /// date, time, timestamp, published, dateline; itemprop datePublished/dateModified.
    public static let date = HTMLHints(rawValue: UInt32(SIFT_HINT_DATE))
    /// caption, credit, figcaption.
    public static let caption = HTMLHints(rawValue: UInt32(SIFT_HINT_CAPTION))
    /// tags, keywords, categories, topics.
    public static let tags = HTMLHints(rawValue: UInt32(SIFT_HINT_TAGS))
    /// hidden, sr-only, visually-hidden, screen-reader; inline style display:none or visibility:hidden.
    public static let hidden = HTMLHints(rawValue: UInt32(SIFT_HINT_HIDDEN))
    /// content, article, story, entry, post, main, text; role main/article.
    public static let content = HTMLHints(rawValue: UInt32(SIFT_HINT_CONTENT))
    /// article-body, story-body, entry-content, post-content, rich-text, …; itemprop articleBody.
    public static let body = HTMLHints(rawValue: UInt32(SIFT_HINT_BODY))
    /// headline, title; itemprop headline.
    public static let title = HTMLHints(rawValue: UInt32(SIFT_HINT_TITLE))
    /// meta, info (entry-meta, article-info).
    public static let meta = HTMLHints(rawValue: UInt32(SIFT_HINT_META))
    /// standfirst, dek, summary, subtitle, deck, intro, excerpt.
    public static let summary = HTMLHints(rawValue: UInt32(SIFT_HINT_SUMMARY))
    /// Other page furniture: toolbar, tools, utility, button, icon, banner, extra, print, email, avatar, logo.
    public static let negative = HTMLHints(rawValue: UInt32(SIFT_HINT_NEGATIVE))

    /// Page furniture that is never article text: navigation, header, footer, sidebar, comments, share
    /// bars, related links, ads, prompts and hidden elements.
    public static let boilerplate: HTMLHints = [
        .nav, .header, .footer, .sidebar, .comments, .share, .related, .ad, .prompt, .hidden,
    ]
}
