#ifndef CSIFT_LIBXML2_H
#define CSIFT_LIBXML2_H
// Plain-C facade over libxml2's HTML parser and Sift's byte-level text cleanup.
// Deliberately includes no libxml2 parser header: those pull in <unicode/*.h> on some builds, and
// Swift's Foundation bundles its own ICU module, so the system headers clash. Plain C types only.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - UTF-8 repair and plain-text normalisation

/// Counts what `sift_utf8_repair` would do to `bytes`: returns the size of the repaired output and
/// writes the number of invalid sequences (each becomes one U+FFFD, "maximal subpart" rule, as Swift's
/// decoder does) and whether any byte changes. With `map_controls`, C0 controls other than tab, LF,
/// FF and CR become spaces too. A leading UTF-8 byte-order mark is never counted: strip it first.
size_t sift_utf8_repair_size(const uint8_t *bytes, size_t length, int32_t map_controls,
                             size_t *invalid_sequences, int32_t *changed);

/// Writes the repaired copy of `bytes` into `out` (capacity from `sift_utf8_repair_size`).
/// Returns the number of bytes written.
size_t sift_utf8_repair(const uint8_t *bytes, size_t length, int32_t map_controls, uint8_t *out, size_t capacity);

/// Normalises plain UTF-8 text into `out` (capacity at least 2 × `length` + 4): CRLF, CR, VT, FF,
/// U+2028 and U+2029 become LF; spaces, tabs, other controls and Unicode spaces (NBSP, U+2000–U+200A,
/// U+202F, U+205F, U+3000, U+1680) collapse to one space inside a line; lines are trimmed; 3+ line
/// breaks become one blank line; leading and trailing blank lines go; soft hyphens are dropped; C1
/// controls become their windows-1252 characters (U+0092 → ’), the five undefined ones a space.
/// The input must be valid UTF-8 (repair it first). Returns the number of bytes written.
size_t sift_text_normalize(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity);

// MARK: - Source map

/// Where a run of output text came from: a UTF-8 byte range of the output text and the byte range of
/// the input it was made from. Runs hold no whitespace (separators the cleanup writes are not covered).
typedef struct SiftSourcePiece {
    int64_t text_start;
    int64_t text_end;
    int64_t source_start;
    int64_t source_end;
    /// 1 when the text bytes are the source bytes themselves (same length, byte for byte); 0 when they
    /// were decoded or replaced (a character or entity reference, a C1 control turned windows-1252).
    int32_t verbatim;
} SiftSourcePiece;

/// `sift_text_normalize` that also writes, to `*pieces` (malloc'd: free with `sift_source_pieces_free`;
/// NULL when there are none or memory ran out, then `*failed` = 1), one piece per run of visible text,
/// source offsets relative to `bytes`.
size_t sift_text_normalize_mapped(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity,
                                  SiftSourcePiece **pieces, size_t *piece_count, int32_t *failed);

/// Frees pieces returned by `sift_text_normalize_mapped` (safe on NULL).
void sift_source_pieces_free(SiftSourcePiece *pieces);

/// Where `sift_utf8_repair` replaced an invalid subpart: its input offset and length (the output has
/// the 3 bytes of U+FFFD in its place). Writes up to `capacity` edits; returns how many there are.
size_t sift_utf8_repair_edits(const uint8_t *bytes, size_t length, int64_t *offsets, int64_t *lengths, size_t capacity);

/// Converts `length` bytes in `charset` to UTF-8 with ICU (as `ucnv_convert` does, invalid input
/// becoming U+FFFD) and writes, for every output byte, the input offset of the character it belongs
/// to. Returns the number of output bytes (when larger than `capacity`, nothing useful was written:
/// call again with that capacity), or -1 when ICU does not know the charset or fails.
int64_t sift_convert_to_utf8_with_offsets(const char *charset, const uint8_t *bytes, size_t length,
                                          uint8_t *out, int32_t *offsets, size_t capacity);

// MARK: - HTML extraction

/// Ancestor flags of a text block: which kinds of element enclose it (bit set = inside one).
enum {
    SIFT_HTML_IN_LINK = 1 << 0,
    SIFT_HTML_IN_HEADING = 1 << 1,
    SIFT_HTML_IN_LIST = 1 << 2,
    SIFT_HTML_IN_TABLE = 1 << 3,
    SIFT_HTML_IN_NAV = 1 << 4,
    SIFT_HTML_IN_HEADER = 1 << 5,
    SIFT_HTML_IN_FOOTER = 1 << 6,
    SIFT_HTML_IN_ASIDE = 1 << 7,
    SIFT_HTML_IN_FORM = 1 << 8,
    SIFT_HTML_IN_BLOCKQUOTE = 1 << 9,
    SIFT_HTML_IN_PRE = 1 << 10,
    SIFT_HTML_IN_FIGURE = 1 << 11,
    SIFT_HTML_IN_ARTICLE = 1 << 12,
    SIFT_HTML_IN_MAIN = 1 << 13,
    SIFT_HTML_IN_ADDRESS = 1 << 14,
    /// An ancestor has the `hidden` attribute or `aria-hidden="true"` (its text is kept; a selector may drop it).
    SIFT_HTML_IN_HIDDEN = 1 << 15,
};

/// What an element's class, id, role and itemprop words (and a custom element's name) say about its
/// content. A block carries the hints of every element enclosing its text; a node those of itself.
enum {
    SIFT_HINT_NAV = 1 << 0,       ///< nav, menu, breadcrumb, pagination, skip links, search; role navigation/menu/search
    SIFT_HINT_HEADER = 1 << 1,    ///< header, masthead, topbar; role banner
    SIFT_HINT_FOOTER = 1 << 2,    ///< footer, copyright, colophon; role contentinfo
    SIFT_HINT_SIDEBAR = 1 << 3,   ///< sidebar, aside, rail, widget; role complementary
    SIFT_HINT_COMMENTS = 1 << 4,  ///< comment(s), disqus, replies, respond, discussion; itemprop comment
    SIFT_HINT_SHARE = 1 << 5,     ///< share, sharing, social, addthis, follow
    SIFT_HINT_RELATED = 1 << 6,   ///< related, recommended, trending, popular, most read, more stories, read more, promo…
    SIFT_HINT_AD = 1 << 7,        ///< ad, ads, advert…, sponsor…, dfp
    SIFT_HINT_PROMPT = 1 << 8,    ///< cookie, consent, gdpr, newsletter, subscribe, signup, paywall, login, modal, popup; role dialog
    SIFT_HINT_BYLINE = 1 << 9,    ///< byline, author, contributor; itemprop author; rel author
    SIFT_HINT_DATE = 1 << 10,     ///< date, time, timestamp, published, dateline; itemprop datePublished/dateModified
    SIFT_HINT_CAPTION = 1 << 11,  ///< caption, credit, figcaption
    SIFT_HINT_TAGS = 1 << 12,     ///< tags, keywords, categories, topics
    SIFT_HINT_HIDDEN = 1 << 13,   ///< hidden, sr-only, visually-hidden, screen-reader; style display:none or visibility:hidden
    SIFT_HINT_CONTENT = 1 << 14,  ///< content, article, story, entry, post, main, text; role main/article
    SIFT_HINT_BODY = 1 << 15,     ///< article-body, story-body, entry-content, post-content, …; itemprop articleBody
    SIFT_HINT_TITLE = 1 << 16,    ///< headline, title; itemprop headline
    SIFT_HINT_META = 1 << 17,     ///< meta, info (entry-meta, article-info): bylines and dates
    SIFT_HINT_SUMMARY = 1 << 18,  ///< standfirst, dek, summary, subtitle, deck, intro
    SIFT_HINT_NEGATIVE = 1 << 19, ///< other page furniture: toolbar, tools, utility, button, icon, banner, extra, print, email
};

/// One block of extracted text: a paragraph-like run of inline content between block boundaries.
typedef struct SiftHTMLBlock {
    /// UTF-8 byte range of the block in the extracted text, [start, end).
    int64_t start;
    int64_t end;
    /// Unicode code points in the block, and how many of them are inside `<a>` elements.
    int64_t char_count;
    int64_t link_char_count;
    /// FNV-1a hash of the enclosing elements from `<html>` down to the block element, each as
    /// `tag.class` (ids are left out: they are often unique per page). Equal for structurally alike blocks.
    uint64_t path_hash;
    /// SIFT_HTML_IN_* bits.
    uint32_t ancestor_flags;
    /// The tag of the innermost block-level element enclosing the text (`sift_html_tag_name`).
    int32_t tag;
    /// Element depth of that block element (`<html>` is 0).
    int32_t depth;
    /// Preorder index of that element among the page's elements (blocks sharing it share a parent).
    int32_t element_index;
    /// Index of that element in `SiftHTMLResult.nodes` (-1 for text outside any block element).
    int32_t node;
    /// SIFT_HINT_* of every element enclosing the block's text (inline ones such as <span class=byline> included).
    uint32_t hints;
    /// Words (runs of letters and digits; each kana or CJK ideograph counts as one), commas, and
    /// sentence-final marks (. ! ? before a space or the end, 。 ！ ？).
    int32_t word_count;
    int32_t comma_count;
    int32_t sentence_count;
    /// Distinct <a> elements with text in the block.
    int32_t link_count;
    /// SIFT_TEXT_* bits.
    uint32_t text_flags;
} SiftHTMLBlock;

/// Facts about a block's text.
enum {
    /// The last visible character ends a sentence (. ! ? … possibly followed by a closing quote or bracket).
    SIFT_TEXT_ENDS_SENTENCE = 1 << 0,
    /// The block's first visible character is inside an <a> element (teasers: a linked title, then a summary).
    SIFT_TEXT_STARTS_WITH_LINK = 1 << 1,
};

/// A block-level element of the page (p, div, li, section, article, …): the tree the blocks hang in.
typedef struct SiftHTMLNode {
    /// The nearest enclosing block-level element (-1 for the root).
    int32_t parent;
    /// Tag id (`sift_html_tag_name`) and element depth (`<html>` is 0).
    int32_t tag;
    int32_t depth;
    /// SIFT_HINT_* of this element itself, and of it together with every enclosing element (inline ones too).
    uint32_t hints;
    uint32_t inherited_hints;
    /// SIFT_HTML_IN_* bits of the element (its own kind included).
    uint32_t ancestor_flags;
    /// The blocks inside the element: [block_start, block_end).
    int32_t block_start;
    int32_t block_end;
} SiftHTMLNode;

/// What `sift_html_extract` produces. Every pointer is owned by the result: free it with `sift_html_result_free`.
typedef struct SiftHTMLResult {
    /// The text, UTF-8, blocks separated by one blank line ("\n\n"); NUL-terminated for convenience.
    uint8_t *text;
    size_t text_length;
    SiftHTMLBlock *blocks;
    size_t block_count;
    /// Metadata, each NUL-terminated UTF-8 with whitespace collapsed, or NULL when absent.
    char *title;
    char *description;
    char *og_title;
    char *og_description;
    char *language;
    /// Number of elements walked and the deepest element depth met.
    int64_t element_count;
    int32_t max_depth;
    /// Start tags whose attributes past the 64th were dropped before parsing (libxml2 is quadratic in them).
    int64_t capped_tags;
    /// The block-level elements, in document order (a parent before its children).
    SiftHTMLNode *nodes;
    size_t node_count;
    /// Metadata records, one after the other: a kind byte, a key, NUL, a value, NUL (see SIFT_RECORD_*).
    uint8_t *records;
    size_t records_length;
    /// With SIFT_HTML_SOURCE_MAP: where each run of visible text came from (source offsets relative to
    /// the `html` given, attributes dropped before parsing accounted for), in text order.
    SiftSourcePiece *pieces;
    size_t piece_count;
} SiftHTMLResult;

/// Kinds of metadata record.
enum {
    /// <meta name|property|itemprop=KEY content=VALUE>: key lowercased, value whitespace-collapsed.
    SIFT_RECORD_META = 'm',
    /// <link rel=KEY href=VALUE> for rel canonical; key lowercased.
    SIFT_RECORD_LINK = 'l',
    /// <script type="application/ld+json">: empty key, the script text as is.
    SIFT_RECORD_JSON_LD = 'j',
    /// <time datetime=VALUE>: the key is the number of blocks written before it, in decimal.
    SIFT_RECORD_TIME = 't',
};

enum {
    SIFT_HTML_OK = 0,
    /// libxml2 built no document (input empty or only whitespace): the result is empty, not an error.
    SIFT_HTML_EMPTY = 1,
    SIFT_HTML_ERROR_NO_MEMORY = -1,
    /// The input is larger than libxml2 accepts in one call (2 GiB).
    SIFT_HTML_ERROR_TOO_LARGE = -2,
    /// Parsing was stopped: the markup made libxml2 rescan deep element stacks too often (e.g. masses of
    /// stray end tags under thousands of open elements), which would take time quadratic in its size.
    SIFT_HTML_ERROR_TOO_COMPLEX = -3,
};

/// Flags of `sift_html_extract`.
enum {
    /// Walk <noscript> and <noframes> content instead of dropping it (the fallbacks of pages rendered by
    /// scripts or made of frames).
    SIFT_HTML_KEEP_FALLBACKS = 1 << 0,
    /// Record where each run of visible text came from (`SiftHTMLResult.pieces`).
    SIFT_HTML_SOURCE_MAP = 1 << 1,
};

/// Parses `length` bytes of UTF-8 HTML (repaired: valid UTF-8, no NULs) with libxml2 (recover mode,
/// no network, no error output, no depth cap), its SAX events driving a walk into text and blocks (no
/// tree is built).
/// Parse time is kept linear in `length`: see SIFT_HTML_ERROR_TOO_COMPLEX and `capped_tags`.
/// `drop_tags` is a list of extra lowercase tag names to drop, each NUL-terminated, `drop_tags_length`
/// bytes in all (0 for none); `flags` are SIFT_HTML_KEEP_* bits. Thread-safe: each call uses its own
/// parser context. Returns SIFT_HTML_OK, SIFT_HTML_EMPTY or a negative SIFT_HTML_ERROR_* code.
int32_t sift_html_extract(const uint8_t *html, size_t length, const char *drop_tags, size_t drop_tags_length,
                          int32_t flags, SiftHTMLResult *result);

/// Frees everything a result owns and zeroes it. Safe on a zeroed result.
void sift_html_result_free(SiftHTMLResult *result);

/// The lowercase name of a tag id found in `SiftHTMLBlock.tag` ("body" for text directly under the page).
const char *sift_html_tag_name(int32_t tag);

/// Number of known tag ids (ids are 0 ..< count).
int32_t sift_html_tag_count(void);

#ifdef __cplusplus
}
#endif
#endif
