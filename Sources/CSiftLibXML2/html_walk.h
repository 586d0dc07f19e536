#ifndef SIFT_HTML_WALK_H
#define SIFT_HTML_WALK_H
// The DOM walker's state. Internal to the shim: libxml2 types appear here, never in the public header.
#include <libxml/HTMLparser.h>
#include "CSiftLibXML2.h"
#include "html_tags.h"
#include "sift_text.h"

/// Internal ancestor flag: inside <head> (text is not page text). Stripped from public flags.
#define SIFT_IN_HEAD (1u << 30)
#define SIFT_PUBLIC_FLAGS 0xFFFFu

/// The separator owed before the next visible character of the current block.
enum { SEP_NONE = 0, SEP_SPACE = 1, SEP_TAB = 2, SEP_NEWLINE = 3 };

/// One open element on the explicit stack (the walk never recurses, so depth is bounded by memory only).
typedef struct Frame {
    xmlNode *next;         // next child to visit
    uint64_t path;         // path hash down to this element
    uint32_t flags;        // ancestor flags including this element
    int32_t tag;
    int32_t depth;
    // The innermost block-level element enclosing this one (or this one): what a block records.
    uint64_t block_path;
    uint32_t block_flags;
    int32_t block_tag;
    int32_t block_depth;
    int32_t block_index;
} Frame;

/// A metadata string and the priority of the source that filled it (higher wins; 0 = empty).
typedef struct MetaSlot {
    SiftBuf value;
    int priority;
} MetaSlot;

typedef struct Walker {
    SiftBuf text;
    SiftHTMLBlock *blocks;
    size_t block_count, block_capacity;
    Frame *stack;
    size_t stack_count, stack_capacity;

    // The block being written.
    int block_open;
    SiftHTMLBlock current;
    int pending;        // SEP_*
    int breaks;         // <br>s since the last visible character
    int pre_newlines;   // line breaks owed inside <pre>
    int pre_ws_length;  // spaces and tabs owed inside <pre> (kept verbatim, up to the buffer size)
    uint8_t pre_ws[128];

    MetaSlot title, description, og_title, og_description, language;

    uint8_t drop[SIFT_TAG_COUNT];  // per known tag: dropped with its content
    const char *extra_drops;       // extra unknown tag names, NUL-separated
    size_t extra_drops_length;

    int64_t element_count;
    int32_t max_depth;
    int failed;
} Walker;

/// Walks the document into `w` (text, blocks, metadata). Returns 0, or -1 when memory ran out.
int sift_walk(Walker *w, xmlDoc *doc);

/// Metadata harvesting (html_meta.c).
void sift_meta_title(Walker *w, xmlNode *title);
void sift_meta_tag(Walker *w, xmlNode *meta);
void sift_meta_language(Walker *w, xmlNode *html);

#endif
