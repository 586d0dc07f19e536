/// Short lines whose wording marks them as page furniture rather than article text: "Also read: …",
/// "Read more", "Advertisement", "Share this article", "© 2024 …", "All rights reserved", "Photo: …".
///
/// Checked on the UTF-8 bytes of short blocks and lines only (long paragraphs are never furniture by
/// wording alone), case-insensitively for ASCII. Used by `HTMLArticleSelector` and `PlainTextArticleSelector`.
enum BoilerplatePhrases {
    /// The longest text (in bytes) checked; longer text never matches.
    static let maximumLength = 240
    /// The longest text (in bytes) a `short` phrase matches.
    static let shortLength = 48

    /// What a matching line is.
    enum Kind: Sendable, Equatable {
        /// A link to other content: "Also read:", "Read more", "Related:", "See also", "Click here".
        case crossLink
        /// A call to action: share, subscribe, sign up, follow, comment, print, download the app.
        case prompt
        /// "Advertisement", "Sponsored", "Continue reading below".
        case advertisement
        /// A copyright or legal footer: "©", "Copyright", "All rights reserved", "Terms of use".
        case legal
        /// An image or media credit: "Photo: …", "Image: …", "Getty Images", "(AP Photo/…)".
        case credit
        /// A dateline or update note: "Updated at 1:23 p.m.", "Published 3 hours ago", "Last modified …".
        case dateline
    }

    /// Phrases a line starts with, by kind; `short` ones only count when the line is at most `shortLength`
    /// bytes (they also start ordinary sentences: "Comments by the minister…", "Sponsored by the state, …").
    private static let prefixes: [(phrase: String, short: Bool, kind: Kind)] = {
        var list: [(phrase: String, short: Bool, kind: Kind)] = []
        func add(_ kind: Kind, _ phrases: [String], short: Bool = false) {
            list += phrases.map { ($0, short, kind) }
        }
        add(.crossLink, ["also read", "read also", "read more", "read next", "related articles", "related stories",
            "related posts", "related coverage", "related content", "see also", "click here", "recommended for you",
            "you may also like", "you might also like", "don't miss", "don’t miss"])
        add(.crossLink, ["related:", "more on this", "more from", "must read", "also see", "watch:", "listen:",
            "trending:", "more:"], short: true)
        add(.prompt, ["share this", "share on", "share via", "share article", "sign up", "subscribe", "follow us",
            "follow @", "like us on", "join our", "download our app", "download the app", "get our newsletter",
            "print this", "email this", "leave a comment", "add a comment", "we use cookies",
            "this site uses cookies", "this website uses cookies", "accept cookies", "skip to", "back to top",
            "listen to this"])
        add(.prompt, ["log in", "sign in", "comments"], short: true)
        add(.advertisement, ["advertisement", "continue reading", "story continues below", "article continues below",
            "ad feedback"])
        add(.advertisement, ["advertising", "sponsored", "paid content", "advert", "ad"], short: true)
        add(.legal, ["©", "(c) "])
        add(.legal, ["copyright", "terms of use", "terms of service", "privacy policy"], short: true)
        add(.credit, ["photo:", "photos:", "photo by", "photograph:", "image:", "image by", "image source",
            "image copyright", "image caption", "file photo", "(ap photo", "(photo"])
        add(.credit, ["picture:", "credit:", "source:", "video:"], short: true)
        add(.dateline, ["updated", "last updated", "published", "first published", "posted", "last modified",
            "modified"], short: true)
        return list
    }()

    private static let fragments: [(String, Kind)] = [
        ("all rights reserved", .legal), ("getty images", .credit), ("/getty", .credit), ("shutterstock", .credit),
        ("ap photo/", .credit),
    ]

    /// Fragments that mark a line anywhere in it, when the line is at most `promptLength` bytes: calls to
    /// action closing an article ("Get the latest updates… Subscribe to our newsletters.").
    private static let promptFragments = [
        "subscribe to our", "subscribe to the", "sign up for our", "sign up for the", "our newsletter",
        "follow us on", "follow her on", "follow him on", "follow them on", "like us on facebook",
        "download our app", "download the app", "click here to",
    ]
    static let promptLength = 160

    /// The kind of furniture `text` is, or nil. `text` is one line or block of UTF-8 without line breaks.
    static func match(_ text: UnsafeBufferPointer<UInt8>) -> Kind? {
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        var start = 0
        // Leading bullets, dashes, arrows and spaces do not count ("» Read more", "• Subscribe").
        while start < text.count, text[start] < 0x80, !isAlphanumeric(text[start]), text[start] != 0x28, text[start] != 0x40 {
            start += 1
        }
        while start + 2 < text.count, text[start] == 0xE2, text[start + 1] == 0x80 || text[start + 1] == 0x96 || text[start + 1] == 0x86 {
            start += 3 // • – — › and arrows and geometric shapes (U+2000…, U+2190…, U+25A0…)
        }
        let body = UnsafeBufferPointer(rebasing: text[start...])
        guard let first = body.first else { return nil }
        for entry in prefixesByFirstByte[Int(lower(first))]
        where (!entry.short || body.count <= shortLength) && hasPrefix(body, entry.phrase) {
            return entry.kind
        }
        for (phrase, kind) in fragmentBytes where contains(body, phrase) { return kind }
        if body.count <= promptLength {
            for phrase in promptFragmentBytes where contains(body, phrase) { return .prompt }
        }
        return nil
    }

    /// `prefixes` as bytes, by their first byte (lowercase): a line is compared with a handful only.
    private static let prefixesByFirstByte: [[(phrase: [UInt8], short: Bool, kind: Kind)]] = {
        var table = [[(phrase: [UInt8], short: Bool, kind: Kind)]](repeating: [], count: 256)
        for entry in prefixes {
            let bytes = Array(entry.phrase.utf8)
            table[Int(bytes[0])].append((bytes, entry.short, entry.kind))
        }
        return table
    }()
    private static let fragmentBytes = fragments.map { (Array($0.0.utf8), $0.1) }
    private static let promptFragmentBytes = promptFragments.map { Array($0.utf8) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Case-insensitive (ASCII) prefix test with a lowercase phrase; a phrase ending in a letter or
    /// digit must end at a word boundary.
    static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ phrase: [UInt8]) -> Bool {
        guard phrase.count <= text.count else { return false }
        for index in phrase.indices where lower(text[index]) != phrase[index] { return false }
        guard phrase.count < text.count, let last = phrase.last, isAlphanumeric(last) else { return true }
        return !isAlphanumeric(text[phrase.count])
    }

    static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ phrase: String) -> Bool {
        hasPrefix(text, Array(phrase.utf8))
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ phrase: String) -> Bool {
        contains(text, Array(phrase.utf8))
    }

    /// Case-insensitive (ASCII) substring test with a lowercase needle.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        outer: for start in 0...(text.count - needle.count) {
            for offset in 0..<needle.count where lower(text[start + offset]) != needle[offset] { continue outer }
            return true
        }
        return false
    }
}
