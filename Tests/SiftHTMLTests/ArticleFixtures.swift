import SiftCore
import SiftHTML

/// Small hand-written pages for the article-mode tests: a realistic frame (menu, header, footer) around
/// a story whose paragraphs are easy to recognise.
enum ArticleFixtures {
    /// Three paragraphs of running text.
    static let paragraphs = [
        "The city council voted on Tuesday to expand the harbour, ending a debate that had lasted for more than two years.",
        "Supporters said the project would bring thousands of jobs, while residents of the old town worried about noise and traffic.",
        "Construction is expected to start next spring, and the first new berths should open to ships before the end of 2027.",
    ]

    static var body: String { paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    static let menu = """
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
        <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        """

    static let footer = """
        <footer><p><a href="/about">About us</a> | <a href="/privacy">Privacy</a></p>
        <p>© 2025 Harbour Times. All rights reserved.</p></footer>
        """

    /// A page: head extras, a header with the menu, `before` + the story + `after` inside <article>,
    /// `aside` next to it, and the footer.
    static func page(head: String = "", before: String = "", story: String = body, after: String = "",
                     aside: String = "", lang: String = "en") -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8"><title>Council backs harbour plan | Harbour Times</title>
        \(head)</head><body><header class="masthead">\(menu)</header>
        <main><article><h1>Council backs harbour plan</h1>\(before)
        <div class="article-body">\(story)</div>\(after)</article>\(aside)</main>\(footer)</body></html>
        """
    }

    /// Runs the stage in article mode on HTML.
    static func article(_ html: String, includeTitle: Bool = false) throws -> Document {
        try cleanHTML(html, .init(mode: .article, includeTitle: includeTitle))
    }

    /// Runs the stage in article mode on plain text.
    static func plainArticle(_ text: String) throws -> Document {
        var document = Document(id: "t", source: SourceInfo(path: "<test>"), raw: .plainText(Array(text.utf8)))
        try HTMLCleanupStage(options: .init(mode: .article)).process(&document)
        return document
    }

    /// The three story paragraphs, separated by blank lines: what article mode should give.
    static var expectedText: String { paragraphs.joined(separator: "\n\n") }
}
