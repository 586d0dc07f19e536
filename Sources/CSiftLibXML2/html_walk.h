#ifndef SIFT_HTML_WALK_H
#define SIFT_HTML_WALK_H
// The DOM walker's state. Internal to the shim: libxml2 types appear here, never in the public header.
#include <libxml/HTMLparser.h>
#include "CSiftLibXML2.h"
#include "html_hints.h"
#include "html_tags.h"
#include "sift_text.h"

/// Internal ancestor flag: inside <head> (text is not page text). Stripped from public flags.
#define SIFT_IN_HEAD (1u << 30)
#define SIFT_PUBLIC_FLAGS 0xFFFFu

/// The separator owed before the next visible character of the current block.
enum { SEP_NONE = 0, SEP_SPACE = 1, SEP_TAB = 2, SEP_NEWLINE = 3 };

/// Caps on metadata records: bytes per value, JSON-LD bytes in all, <time> records.
enum { SIFT_RECORD_VALUE_MAX = 4096, SIFT_JSON_LD_MAX = 1 << 20, SIFT_TIME_RECORDS_MAX = 64 };

/// One open element on the explicit stack (the walk never recurses, so depth is bounded by memory only).
typedef struct Frame {
    xmlNode *next;         // next child to visit
    uint64_t path;         // path hash down to this element
    uint32_t flags;        // ancestor flags including this element
    uint32_t hints;        // SIFT_HINT_* of this element and every enclosing one
    int32_t tag;
    int32_t depth;
    int32_t link;          // element index of the innermost enclosing <a> (-1 for none)
    // The innermost block-level element enclosing this one (or this one): what a block records.
    uint64_t block_path;
    uint32_t block_flags;
    int32_t block_tag;
    int32_t block_depth;
    int32_t block_index;
    int32_t block_node;
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
    SiftHTMLNode *nodes;
    size_t node_count, node_capacity;
    Frame *stack;
    size_t stack_count, stack_capacity;

    // The block being written.
    int block_open;
    SiftHTMLBlock current;
    int32_t last_link;  // element index of the <a> that last wrote text into the block
    int pending;        // SEP_*
    int breaks;         // <br>s since the last visible character
    int pre_newlines;   // line breaks owed inside <pre>
    int pre_ws_length;  // spaces and tabs owed inside <pre> (kept verbatim, up to the buffer size)
    uint8_t pre_ws[128];

    MetaSlot title, description, og_title, og_description, language;
    SiftBuf records;    // SIFT_RECORD_* records
    size_t json_ld_bytes;
    int time_records;
    SiftHintCache hint_cache;

    uint8_t drop[SIFT_TAG_COUNT];  // per known tag: dropped with its content
    const char *extra_drops;       // extra unknown tag names, NUL-separated
    size_t extra_drops_length;

    int64_t element_count;
    int32_t max_depth;
    int failed;
} Walker;

/// Walks the document into `w` (text, blocks, nodes, metadata). Returns 0, or -1 when memory ran out.
int sift_walk(Walker *w, xmlDoc *doc);

/// Text layout (html_blocks.c): blocks, separators, text nodes, the node tree.
void sift_close_block(Walker *w);
void sift_text_node(Walker *w, const Frame *f, const uint8_t *s);
void sift_line_break(Walker *w, const Frame *f);
void sift_cell_boundary(Walker *w);
/// Appends a node for a block-level element; returns its index (-1 when memory ran out).
int32_t sift_open_node(Walker *w, const Frame *f, int32_t parent, uint32_t own_hints);
/// Records the end of a node's blocks (after its last block was closed).
void sift_close_node(Walker *w, int32_t node);

/// Metadata harvesting (html_meta.c).
void sift_meta_title(Walker *w, xmlNode *title);
void sift_meta_tag(Walker *w, xmlNode *meta);
void sift_meta_language(Walker *w, xmlNode *html);
void sift_meta_link(Walker *w, xmlNode *link);
void sift_meta_time(Walker *w, xmlNode *time);
/// Whether a <script> holds JSON-LD; if so its text is recorded.
void sift_meta_script(Walker *w, xmlNode *script);
/// The text of an attribute's value, when it is a single text node (as libxml2's HTML parser makes it).
const char *sift_attribute_text(xmlAttr *a);

#endif
