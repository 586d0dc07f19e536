/// Rewrites of a gold text that keep every gold offset valid (one white-space character is swapped
/// for another), used to measure how a segmenter copes with line layouts the gold file lacks.
///
/// UD-EWT joins sentences with a space and paragraphs with a blank line; web text after cleanup and
/// plain-text mail also use single line breaks, either between blocks or as hard wraps.
public enum GoldTextVariant: String, Sendable, CaseIterable {
    /// The text as in the file.
    case original
    /// Every blank line (`"\n\n"`) becomes `" \n"`: blocks separated by single line breaks, as in
    /// text extracted from HTML where each paragraph or list item is one line.
    case singleNewlines = "single-newlines"
    /// Paragraphs hard-wrapped at 72 columns (a space becomes `"\n"`), as in plain-text mail and
    /// newsgroup posts.
    case wrapped

    /// The rewritten text (same number of code points as `text`).
    public func apply(to text: String) -> String {
        switch self {
        case .original:
            return text
        case .singleNewlines:
            var scalars = Array(text.unicodeScalars)
            var index = 0
            while index + 1 < scalars.count {
                if scalars[index] == "\n" && scalars[index + 1] == "\n" {
                    scalars[index] = " "
                    index += 2
                } else {
                    index += 1
                }
            }
            return Self.string(scalars)
        case .wrapped:
            return Self.wrap(text, width: 72)
        }
    }

    /// The document with its text rewritten.
    public func apply(to document: GoldDocument) -> GoldDocument {
        self == .original ? document : document.withText(apply(to: document.text))
    }

    private static func wrap(_ text: String, width: Int) -> String {
        var scalars = Array(text.unicodeScalars)
        var lineStart = 0
        var lastSpace = -1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                lineStart = index + 1
                lastSpace = -1
            } else {
                if scalar == " " { lastSpace = index }
                if index - lineStart >= width && lastSpace > lineStart {
                    scalars[lastSpace] = "\n"
                    lineStart = lastSpace + 1
                    lastSpace = -1
                }
            }
            index += 1
        }
        return string(scalars)
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
