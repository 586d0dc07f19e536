// The walk, driven by libxml2's SAX events (no tree is built): an explicit stack of open elements; the
// page text is written block by block (html_blocks.c), the tree of block-level elements is recorded
// with the hints their class, id, role and itemprop give, and metadata is harvested (html_meta.c).
#include "html_walk.h"

/// Whether `name` (an unknown tag) is one of the extra tags to drop.
static int extra_drop(const Walker *w, const char *name) {
    size_t i = 0;
    while (i < w->extra_drops_length) {
        const char *candidate = w->extra_drops + i;
        size_t length = strnlen(candidate, w->extra_drops_length - i);
        if (length > 0 && length == strlen(name) && memcmp(candidate, name, length) == 0) return 1;
        i += length + 1;
    }
    return 0;
}

/// Whether an inline style hides the element (display:none or visibility:hidden, any spacing and case).
static int style_hides(const xmlChar *style) {
    uint8_t squeezed[256];
    size_t n = 0;
    for (const uint8_t *p = style; *p && n < sizeof(squeezed) - 1; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') squeezed[n++] = (uint8_t)(*p | ((*p >= 'A' && *p <= 'Z') ? 0x20 : 0));
    }
    squeezed[n] = 0;
    return strstr((const char *)squeezed, "display:none") != NULL || strstr((const char *)squeezed, "visibility:hidden") != NULL;
}

/// Attributes that matter to the walk: class (into the path hash), the hint sources (class, id, role,
/// itemprop, rel=author, a hiding style) and the hidden markers. Returns the element's own hints.
static uint32_t scan_attributes(Walker *w, const xmlChar **atts, Frame *frame) {
    uint32_t hints = 0;
    for (size_t i = 0; atts[i]; i += 2) {
        const char *name = (const char *)atts[i];
        const uint8_t *value = atts[i + 1];
        switch (name[0]) {
        case 'c':
            if (strcmp(name, "class") == 0 && value) {
                uint64_t h = (frame->path ^ '.') * SIFT_FNV_PRIME;
                for (const xmlChar *p = value; *p; p++) h = (h ^ *p) * SIFT_FNV_PRIME;
                frame->path = h;
                hints |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_CLASS, value);
            }
            break;
        case 'i':
            if (!value) break;
            if (strcmp(name, "id") == 0) hints |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_ID, value);
            else if (strcmp(name, "itemprop") == 0) hints |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_ITEMPROP, value);
            break;
        case 'r':
            if (!value) break;
            if (strcmp(name, "role") == 0) hints |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_ROLE, value);
            else if (strcmp(name, "rel") == 0 && xmlStrcasestr(value, BAD_CAST "author")) hints |= SIFT_HINT_BYLINE;
            break;
        case 's':
            if (value && strcmp(name, "style") == 0 && style_hides(value)) hints |= SIFT_HINT_HIDDEN;
            break;
        case 'h':
            if (strcmp(name, "hidden") == 0) frame->flags |= SIFT_HTML_IN_HIDDEN;
            break;
        case 'a':
            if (value && strcmp(name, "aria-hidden") == 0 && xmlStrcasecmp(value, BAD_CAST "true") == 0)
                frame->flags |= SIFT_HTML_IN_HIDDEN;
            break;
        default: break;
        }
    }
    return hints;
}

static int push(Walker *w, const Frame *frame) {
    if (w->stack_count == w->stack_capacity) {
        size_t capacity = w->stack_capacity ? w->stack_capacity * 2 : 256;
        Frame *stack = realloc(w->stack, capacity * sizeof(Frame));
        if (!stack) { w->failed = 1; return 0; }
        w->stack = stack;
        w->stack_capacity = capacity;
    }
    w->stack[w->stack_count++] = *frame;
    return 1;
}

static inline Walker *walker_of(void *context) { return (Walker *)((htmlParserCtxtPtr)context)->_private; }

/// Skips the element's content (its end event included), capturing its direct text when asked.
static inline void skip(Walker *w, int capture) {
    w->skip_depth = 1;
    w->capture = capture;
    w->captured.length = 0;
}

void sift_sax_start(void *context, const xmlChar *name, const xmlChar **atts) {
    Walker *w = walker_of(context);
    if (w->failed || w->text.failed) return;
    if (w->skip_depth > 0) {
        w->skip_depth++;
        return;
    }
    uint64_t name_hash;
    int32_t tag = sift_tag_lookup(name, &name_hash);
    if (w->drop[tag] || (tag == SIFT_TAG_OTHER && w->extra_drops_length && extra_drop(w, (const char *)name))) {
        skip(w, tag == SIFT_TAG_SCRIPT && sift_meta_is_json_ld(atts) ? CAPTURE_JSON_LD : CAPTURE_NONE);
        return;
    }
    w->element_count++;
    const Frame *parent = &w->stack[w->stack_count - 1];
    int kind = sift_tag_kind[tag];
    switch (kind) {
    case SIFT_K_META: sift_meta_tag(w, atts); skip(w, CAPTURE_NONE); return;
    case SIFT_K_TITLE: skip(w, CAPTURE_TITLE); return;
    case SIFT_K_BR: sift_line_break(w, parent); skip(w, CAPTURE_NONE); return;
    case SIFT_K_BLOCK: sift_close_block(w); break;
    case SIFT_K_CELL: sift_cell_boundary(w); break;
    default: break;
    }
    if (tag == SIFT_TAG_LINK) {
        sift_meta_link(w, atts);
        skip(w, CAPTURE_NONE);
        return;
    }
    if (tag == SIFT_TAG_HTML) sift_meta_language(w, atts);
    else if (tag == SIFT_TAG_TIME) sift_meta_time(w, atts);
    Frame frame = *parent;
    frame.tag = tag;
    frame.depth = parent->depth + 1;
    frame.path = (parent->path * SIFT_FNV_PRIME) ^ name_hash;
    frame.flags = parent->flags | sift_tag_flags[tag] | (kind == SIFT_K_HEAD ? SIFT_IN_HEAD : 0);
    uint32_t own = atts ? scan_attributes(w, atts, &frame) : 0;
    // Custom elements (a '-' in the name: amp-sidebar, social-share-bar) are named for what they hold.
    if (tag == SIFT_TAG_OTHER && strchr((const char *)name, '-')) own |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_TAG, name);
    frame.hints = parent->hints | own;
    if (tag == SIFT_TAG_A) frame.link = (int32_t)(w->element_count - 1);
    if (frame.depth > w->max_depth) w->max_depth = frame.depth;
    if (kind == SIFT_K_BLOCK) {
        frame.block_path = frame.path;
        frame.block_flags = frame.flags;
        frame.block_tag = tag;
        frame.block_depth = frame.depth;
        frame.block_index = (int32_t)(w->element_count - 1);
        frame.block_node = sift_open_node(w, &frame, parent->block_node, own);
    }
    push(w, &frame);
}

void sift_sax_end(void *context, const xmlChar *name) {
    (void)name;
    Walker *w = walker_of(context);
    if (w->skip_depth > 0) {
        if (--w->skip_depth == 0 && w->capture != CAPTURE_NONE) sift_meta_captured(w);
        return;
    }
    if (w->stack_count <= 1) return; // the root frame stays
    const Frame *top = &w->stack[w->stack_count - 1];
    int kind = sift_tag_kind[top->tag];
    if (kind == SIFT_K_BLOCK) {
        sift_close_block(w);
        sift_close_node(w, top->block_node);
    } else if (kind == SIFT_K_CELL) {
        sift_cell_boundary(w);
    }
    w->stack_count--;
}

void sift_sax_characters(void *context, const xmlChar *text, int length) {
    Walker *w = walker_of(context);
    if (length <= 0 || w->failed || w->text.failed) return;
    if (w->skip_depth > 0) {
        if (w->skip_depth == 1 && w->capture != CAPTURE_NONE) {
            size_t cap = w->capture == CAPTURE_JSON_LD ? SIFT_JSON_LD_MAX : SIFT_RECORD_VALUE_MAX;
            if (w->captured.length + (size_t)length <= cap) sift_buf_append(&w->captured, text, (size_t)length);
        }
        return;
    }
    const Frame *top = &w->stack[w->stack_count - 1];
    if (top->flags & SIFT_IN_HEAD) return;
    if (w->map) sift_map_chunk(w, (htmlParserCtxtPtr)context, text, (size_t)length);
    sift_text_node(w, top, text, (size_t)length);
}

int sift_walk_begin(Walker *w) {
    Frame root = {0};
    root.path = SIFT_FNV_OFFSET;
    root.depth = -1;
    root.link = -1;
    root.block_path = root.path;
    root.block_tag = SIFT_TAG_BODY;
    root.block_depth = -1;
    root.block_index = -1;
    root.block_node = -1;
    return push(w, &root) ? 0 : -1;
}

int sift_walk_end(Walker *w) {
    sift_close_block(w);
    return (w->failed || w->text.failed) ? -1 : 0;
}
