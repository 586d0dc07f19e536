#ifndef SIFT_HTML_TAGS_H
#define SIFT_HTML_TAGS_H
// The tags the HTML walker knows: how each one lays out text, and which ancestor flag it sets.
// Unknown tags (custom elements included) are inline, as browsers display them.
#include <stdint.h>
#include "CSiftLibXML2.h"

/// How an element affects the text layout.
enum {
    SIFT_K_INLINE = 0, // joined with its neighbours
    SIFT_K_BLOCK,      // starts and ends a block (a paragraph separated by a blank line)
    SIFT_K_CELL,       // a table cell: separated from the previous cell of its row by a tab
    SIFT_K_BR,         // a line break; two in a row end the block
    SIFT_K_DROP,       // dropped with everything inside
    SIFT_K_HEAD,       // walked for metadata only; its text is not part of the page text
    SIFT_K_TITLE,      // the page title: metadata, not text
    SIFT_K_META,       // <meta>: description, og:title, …
};

#define IN_LINK SIFT_HTML_IN_LINK
#define IN_HEADING SIFT_HTML_IN_HEADING
#define IN_LIST SIFT_HTML_IN_LIST
#define IN_TABLE SIFT_HTML_IN_TABLE

// X(id, name, kind, flags)
#define SIFT_TAGS(X) \
    X(OTHER, "#other", SIFT_K_INLINE, 0) X(HTML, "html", SIFT_K_BLOCK, 0) X(HEAD, "head", SIFT_K_HEAD, 0) \
    X(BODY, "body", SIFT_K_BLOCK, 0) X(TITLE, "title", SIFT_K_TITLE, 0) X(META, "meta", SIFT_K_META, 0) \
    X(BR, "br", SIFT_K_BR, 0) X(A, "a", SIFT_K_INLINE, IN_LINK) \
    X(ADDRESS, "address", SIFT_K_BLOCK, SIFT_HTML_IN_ADDRESS) X(ARTICLE, "article", SIFT_K_BLOCK, SIFT_HTML_IN_ARTICLE) \
    X(ASIDE, "aside", SIFT_K_BLOCK, SIFT_HTML_IN_ASIDE) X(BLOCKQUOTE, "blockquote", SIFT_K_BLOCK, SIFT_HTML_IN_BLOCKQUOTE) \
    X(CAPTION, "caption", SIFT_K_BLOCK, IN_TABLE) X(CENTER, "center", SIFT_K_BLOCK, 0) \
    X(DD, "dd", SIFT_K_BLOCK, IN_LIST) X(DETAILS, "details", SIFT_K_BLOCK, 0) X(DIALOG, "dialog", SIFT_K_BLOCK, 0) \
    X(DIR, "dir", SIFT_K_BLOCK, 0) X(DIV, "div", SIFT_K_BLOCK, 0) X(DL, "dl", SIFT_K_BLOCK, 0) \
    X(DT, "dt", SIFT_K_BLOCK, IN_LIST) X(FIELDSET, "fieldset", SIFT_K_BLOCK, 0) \
    X(FIGCAPTION, "figcaption", SIFT_K_BLOCK, SIFT_HTML_IN_FIGURE) X(FIGURE, "figure", SIFT_K_BLOCK, SIFT_HTML_IN_FIGURE) \
    X(FOOTER, "footer", SIFT_K_BLOCK, SIFT_HTML_IN_FOOTER) X(FORM, "form", SIFT_K_BLOCK, SIFT_HTML_IN_FORM) \
    X(H1, "h1", SIFT_K_BLOCK, IN_HEADING) X(H2, "h2", SIFT_K_BLOCK, IN_HEADING) X(H3, "h3", SIFT_K_BLOCK, IN_HEADING) \
    X(H4, "h4", SIFT_K_BLOCK, IN_HEADING) X(H5, "h5", SIFT_K_BLOCK, IN_HEADING) X(H6, "h6", SIFT_K_BLOCK, IN_HEADING) \
    X(HEADER, "header", SIFT_K_BLOCK, SIFT_HTML_IN_HEADER) X(HGROUP, "hgroup", SIFT_K_BLOCK, 0) \
    X(HR, "hr", SIFT_K_BLOCK, 0) X(LEGEND, "legend", SIFT_K_BLOCK, 0) X(LI, "li", SIFT_K_BLOCK, IN_LIST) \
    X(LISTING, "listing", SIFT_K_BLOCK, SIFT_HTML_IN_PRE) X(MAIN, "main", SIFT_K_BLOCK, SIFT_HTML_IN_MAIN) \
    X(MENU, "menu", SIFT_K_BLOCK, 0) X(NAV, "nav", SIFT_K_BLOCK, SIFT_HTML_IN_NAV) X(OL, "ol", SIFT_K_BLOCK, 0) \
    X(P, "p", SIFT_K_BLOCK, 0) X(PLAINTEXT, "plaintext", SIFT_K_BLOCK, SIFT_HTML_IN_PRE) \
    X(PRE, "pre", SIFT_K_BLOCK, SIFT_HTML_IN_PRE) X(SECTION, "section", SIFT_K_BLOCK, 0) \
    X(SUMMARY, "summary", SIFT_K_BLOCK, 0) X(TABLE, "table", SIFT_K_BLOCK, IN_TABLE) \
    X(TBODY, "tbody", SIFT_K_BLOCK, IN_TABLE) X(TFOOT, "tfoot", SIFT_K_BLOCK, IN_TABLE) \
    X(THEAD, "thead", SIFT_K_BLOCK, IN_TABLE) X(TR, "tr", SIFT_K_BLOCK, IN_TABLE) X(UL, "ul", SIFT_K_BLOCK, 0) \
    X(XMP, "xmp", SIFT_K_BLOCK, SIFT_HTML_IN_PRE) X(TD, "td", SIFT_K_CELL, IN_TABLE) X(TH, "th", SIFT_K_CELL, IN_TABLE) \
    X(SCRIPT, "script", SIFT_K_DROP, 0) X(STYLE, "style", SIFT_K_DROP, 0) X(NOSCRIPT, "noscript", SIFT_K_DROP, 0) \
    X(TEMPLATE, "template", SIFT_K_DROP, 0) X(SVG, "svg", SIFT_K_DROP, 0) X(MATH, "math", SIFT_K_DROP, 0) \
    X(IFRAME, "iframe", SIFT_K_DROP, 0) X(FRAMESET, "frameset", SIFT_K_DROP, 0) X(FRAME, "frame", SIFT_K_DROP, 0) \
    X(NOFRAMES, "noframes", SIFT_K_DROP, 0) X(NOEMBED, "noembed", SIFT_K_DROP, 0) X(OBJECT, "object", SIFT_K_DROP, 0) \
    X(EMBED, "embed", SIFT_K_DROP, 0) X(APPLET, "applet", SIFT_K_DROP, 0) X(CANVAS, "canvas", SIFT_K_DROP, 0) \
    X(AUDIO, "audio", SIFT_K_DROP, 0) X(VIDEO, "video", SIFT_K_DROP, 0) X(MAP, "map", SIFT_K_DROP, 0) \
    X(SELECT, "select", SIFT_K_DROP, 0) X(OPTION, "option", SIFT_K_DROP, 0) X(OPTGROUP, "optgroup", SIFT_K_DROP, 0) \
    X(DATALIST, "datalist", SIFT_K_DROP, 0) X(TEXTAREA, "textarea", SIFT_K_DROP, 0) X(BUTTON, "button", SIFT_K_DROP, 0) \
    X(INPUT, "input", SIFT_K_DROP, 0) X(RP, "rp", SIFT_K_DROP, 0) X(RT, "rt", SIFT_K_DROP, 0) \
    X(SPAN, "span", SIFT_K_INLINE, 0) X(B, "b", SIFT_K_INLINE, 0) X(I, "i", SIFT_K_INLINE, 0) \
    X(EM, "em", SIFT_K_INLINE, 0) X(STRONG, "strong", SIFT_K_INLINE, 0) X(IMG, "img", SIFT_K_INLINE, 0) \
    X(TIME, "time", SIFT_K_INLINE, 0) X(LABEL, "label", SIFT_K_INLINE, 0) X(SMALL, "small", SIFT_K_INLINE, 0) \
    X(FONT, "font", SIFT_K_INLINE, 0) X(CODE, "code", SIFT_K_INLINE, 0) X(SUP, "sup", SIFT_K_INLINE, 0) \
    X(SUB, "sub", SIFT_K_INLINE, 0) X(CITE, "cite", SIFT_K_INLINE, 0) X(Q, "q", SIFT_K_INLINE, 0) \
    X(ABBR, "abbr", SIFT_K_INLINE, 0) X(MARK, "mark", SIFT_K_INLINE, 0) X(U, "u", SIFT_K_INLINE, 0) \
    X(S, "s", SIFT_K_INLINE, 0) X(WBR, "wbr", SIFT_K_INLINE, 0) X(LINK, "link", SIFT_K_INLINE, 0) \
    X(BASE, "base", SIFT_K_INLINE, 0) X(PICTURE, "picture", SIFT_K_INLINE, 0) X(SOURCE, "source", SIFT_K_INLINE, 0)

#define SIFT_TAG_ENUM(id, name, kind, flags) SIFT_TAG_##id,
enum { SIFT_TAGS(SIFT_TAG_ENUM) SIFT_TAG_COUNT };
#undef SIFT_TAG_ENUM

extern const uint8_t sift_tag_kind[SIFT_TAG_COUNT];
extern const uint32_t sift_tag_flags[SIFT_TAG_COUNT];

/// Looks up a lowercase tag name; writes its 64-bit FNV-1a hash to `*hash`. Unknown names give SIFT_TAG_OTHER.
int32_t sift_tag_lookup(const uint8_t *name, uint64_t *hash);

/// Builds the lookup table (once per process; called from the extractor's pthread_once).
void sift_tags_init(void);

#define SIFT_FNV_OFFSET 0xcbf29ce484222325ULL
#define SIFT_FNV_PRIME 0x100000001b3ULL

#endif
