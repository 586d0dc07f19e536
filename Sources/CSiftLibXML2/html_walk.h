#ifndef SIFT_HTML_WALK_H
#define SIFT_HTML_WALK_H
// The walker's state. Internal to the shim: libxml2 types appear here, never in the public header.
#include <libxml/HTMLparser.h>
#include "CSiftLibXML2.h"
#include "html_guard.h"
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

/// One open element on the explicit stack (events push and pop it, so depth is bounded by memory only).
typedef struct Frame {
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

    // Elements whose content is skipped (dropped ones, and <title>, <meta>, <br> and <link> handled at
    // their start): nesting depth inside the outermost one, 0 when not skipping. While skipping, the
    // direct text of a <title> or a JSON-LD <script> is captured.
    int skip_depth;
    int capture;        // CAPTURE_*
    SiftBuf captured;
    size_t json_ld_bytes;
    int time_records;
    SiftHintCache hint_cache;

    uint8_t drop[SIFT_TAG_COUNT];  // per known tag: dropped with its content
    const char *extra_drops;       // extra unknown tag names, NUL-separated
    size_t extra_drops_length;

    int64_t element_count;
    int32_t max_depth;
    int failed;

    // Source map (SIFT_HTML_SOURCE_MAP only): the bytes being parsed, and where the character data being
    // walked came from (html_source.c).
    int map;
    const uint8_t *source;
    size_t source_length;
    const uint8_t *chunk_text;
    int64_t chunk_start;  // -1: not located, its text gets no piece
    int64_t chunk_end;
    int chunk_verbatim;   // the chunk's bytes are source[chunk_start, chunk_end); else one reference's range
    SiftPieces pieces;
} Walker;

/// What a skipped element's text is captured for.
enum { CAPTURE_NONE = 0, CAPTURE_TITLE, CAPTURE_JSON_LD };

/// The walk is driven by libxml2's SAX events (no tree is built): `sift_walk_begin` before the parse,
/// the handlers during it (the parser context's `_private` is the walker), `sift_walk_end` after.
/// libxml2 balances start and end events itself (implied and auto-closed elements included).
int sift_walk_begin(Walker *w);
int sift_walk_end(Walker *w);
void sift_sax_start(void *context, const xmlChar *name, const xmlChar **atts);
void sift_sax_end(void *context, const xmlChar *name);
void sift_sax_characters(void *context, const xmlChar *text, int length);

/// Text layout (html_blocks.c): blocks, separators, text, the node tree.
void sift_close_block(Walker *w);
/// Appends `length` bytes of character data (valid UTF-8, no NUL) under frame `f`.
void sift_text_node(Walker *w, const Frame *f, const uint8_t *s, size_t length);
void sift_line_break(Walker *w, const Frame *f);
void sift_cell_boundary(Walker *w);
/// Appends a node for a block-level element; returns its index (-1 when memory ran out).
int32_t sift_open_node(Walker *w, const Frame *f, int32_t parent, uint32_t own_hints);
/// Records the end of a node's blocks (after its last block was closed).
void sift_close_node(Walker *w, int32_t node);

/// Source map (html_source.c): locates a characters event's text in the source; records a visible run
/// written at `text_start` from `from_count` bytes at `from` (a pointer into the located text).
void sift_map_chunk(Walker *w, htmlParserCtxtPtr context, const uint8_t *text, size_t length);
void sift_map_visible(Walker *w, int64_t text_start, size_t count, const uint8_t *from, size_t from_count, int same);
/// Moves piece offsets from the parsed bytes back to the input, before `cut_count` removed ranges.
void sift_map_uncut(SiftPieces *pieces, const SiftCut *cuts, size_t cut_count);

/// Metadata harvesting (html_meta.c), from start-tag attributes (`atts`: name, value pairs, NULL-ended;
/// a value may be NULL) and captured text.
void sift_meta_tag(Walker *w, const xmlChar **atts);
void sift_meta_language(Walker *w, const xmlChar **atts);
void sift_meta_link(Walker *w, const xmlChar **atts);
void sift_meta_time(Walker *w, const xmlChar **atts);
/// Whether a <script>'s type says JSON-LD.
int sift_meta_is_json_ld(const xmlChar **atts);
/// Takes the captured text of a <title> or JSON-LD <script> when the element ends.
void sift_meta_captured(Walker *w);
/// The value of attribute `name` (lowercase), or NULL (absent, or without a value).
const char *sift_attribute(const xmlChar **atts, const char *name);

#endif
