/// The colour class of each entity label. Known labels have their own colour (and their name shown after each
/// mention by the style sheet); any other label shares one fallback colour and carries its name in `data-l`.
enum EntityPalette {
    /// Labels with their own colour, in the order the report lists them.
    static let knownLabels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"]

    /// The CSS class of `label`: `e-person`, `e-org`, …, or `e-other`.
    static func cssClass(_ label: String) -> StaticString {
        switch label {
        case "PERSON": return "e-person"
        case "ORG": return "e-org"
        case "GPE": return "e-gpe"
        case "LOC": return "e-loc"
        case "NORP": return "e-norp"
        case "FAC": return "e-fac"
        case "EVENT": return "e-event"
        case "MISC": return "e-misc"
        default: return "e-other"
        }
    }

    static func isKnown(_ label: String) -> Bool { knownLabels.contains(label) }

    /// Labels in report order: the known ones first, in their order, then the others alphabetically.
    static func ordered(_ labels: some Sequence<String>) -> [String] {
        Array(Set(labels)).sorted { lhs, rhs in
            let left = knownLabels.firstIndex(of: lhs) ?? knownLabels.count
            let right = knownLabels.firstIndex(of: rhs) ?? knownLabels.count
            return left != right ? left < right : lhs < rhs
        }
    }

    /// Appends the opening `<mark>` of an entity mention: colour class, `data-l` for other labels, and
    /// a `title` (shown on hover) with the label, the entity id and the list or rule that found it.
    static func openMark(label: String, id: String, source: String, into html: inout HTMLBuffer) {
        html.raw("<mark class=\"")
        html.raw(cssClass(label))
        if !isKnown(label) {
            html.raw("\" data-l=\"")
            html.text(label)
        }
        html.raw("\" title=\"")
        html.text(label)
        html.raw(" · ")
        html.text(id)
        if !source.isEmpty {
            html.raw(" · ")
            html.text(source)
        }
        html.raw("\">")
    }

    /// Appends a legend swatch: the label's colour with its name.
    static func swatch(_ label: String, into html: inout HTMLBuffer) {
        html.raw("<span class=\"sw ")
        html.raw(cssClass(label))
        html.raw("\">")
        html.text(label)
        html.raw("</span>")
    }
}
