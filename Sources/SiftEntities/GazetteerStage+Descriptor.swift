import SiftCore
import SiftJSON

extension GazetteerStage {
    /// Id `ner.gazetteer.v1` (alias `gazetteer`): requires `text`, `tokens` and `sentences`, provides `entities`.
    public static let descriptor = StageDescriptor(
        id: "ner.gazetteer.v1",
        aliases: ["gazetteer"],
        summary: "Tags names from gazetteer lists (TSV or JSON Lines) with their label, stable id and list name.",
        details: """
            Lists: TSV lines name<TAB>label<TAB>id[<TAB>alias]... or JSON Lines records {"name", "label", "id", \
            "aliases": [...]} (by the .jsonl extension; other keys ignored). Blank lines and lines starting with # \
            are skipped; an empty label means the list's default label; labels must be in the stage's label set. \
            A malformed line (fewer than 3 columns, empty name or id, unknown label, invalid JSON or UTF-8) stops \
            the build with an error naming file:line. Files are streamed in 1 MiB chunks, never read whole, and \
            compiled in about 2 s per million entries. Lists of 1 MiB and more (together) are cached compiled: \
            the first build writes a checksummed binary to .sift-cache/ beside the first list (or to \
            ~/.cache/sift/gazetteers when that folder is read-only), later builds of the same lists, options \
            and Sift version read it back (about 0.2 s per million entries); any change to a list or an option \
            misses the cache and compiles again. \
            Duplicates: within a list the first occurrence of a (normalized) name wins; repeats are counted, \
            those with another label or id as conflicts. \
            Matching is token-aligned: names are split like the tokenize stage splits text (a hyphen is its own \
            token, so Taliban-led contains Taliban; U.S. and St. keep their period), both sides are normalized \
            (apostrophe and dash variants unified; periods dropped from words, so U.S. ~ US; ICU case folding \
            unless case is "sensitive"; NFD minus marks when diacritics is true, so Kyiv ~ Kýiv) and looked up \
            in a trie over token ids. A possessive ('s, ’s, s') is matched without its suffix when only the \
            stem is listed, and the entity ends before it (Russia’s → Russia). Matches never cross a sentence \
            end. Leftmost-longest: at each token the longest match wins; equal spans go to the list with the \
            higher priority, then to the list given first. Case "smart" (default): case-insensitive, except \
            that a name written with capitals needs a capital in the text (new york ≠ New York) and a name \
            token written as an acronym must be in capitals (us, Us, Who ≠ US, WHO), and a name with capitals \
            inside a word needs such a word in the text (Let ≠ LeT; McDonald, MCDONALD = McDonald). A stop-list (any case \
            mode) makes its words match alone only when capitalised as names (May, not may or MAY) and not \
            first in a sentence; multi-word names (Theresa May) are unaffected. If an entities layer exists, \
            its entities stay and only found entities overlapping none of them are added.
            """,
        requires: [.text, TokensLayer.name, SentencesLayer.name],
        provides: [EntitiesLayer.name],
        options: [
            OptionDoc("lists", .array(.object), default: [],
                      "Gazetteer lists, each {\"path\": file (required; TSV, or JSON Lines by .jsonl), \"name\": written as the entities' source (default: file name without extension), \"label\": label for entries without one (default \"MISC\"), \"priority\": integer, higher wins ties between lists (default 0), \"case\": \"smart\" | \"sensitive\" | \"insensitive\" (default \"smart\"), \"diacritics\": true to ignore diacritics (default true), \"stoplist\": file of words that match alone only when capitalised as names (optional)}."),
            OptionDoc("cache", .boolean, default: true,
                      "Cache the compiled lists (when they total 1 MiB or more) in .sift-cache/ beside the first list, and read that cache when the lists and options are unchanged; false compiles every time and writes nothing."),
            OptionDoc("labels", .array(.string), default: .array(Gazetteer.newsLabels.map { .string($0) }),
                      "The labels entries may have; an entry with another label stops the build with an error naming file:line."),
        ],
        examples: [
            StageExample("Sergey Lavrov flew to Moscow.", expect: ["entities": []]),
        ]
    )
}
