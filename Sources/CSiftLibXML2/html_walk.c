// The DOM walk: an iterative preorder traversal with an explicit stack that writes the page text block
// by block (html_blocks.c), records the tree of block-level elements with the hints their class, id,
// role and itemprop give, and harvests metadata (html_meta.c).
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
static int style_hides(const uint8_t *style) {
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
static uint32_t scan_attributes(Walker *w, xmlNode *node, Frame *frame) {
    uint32_t hints = 0;
    for (xmlAttr *a = node->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        const uint8_t *value = (const uint8_t *)sift_attribute_text(a);
        switch (name[0]) {
        case 'c':
            if (strcmp(name, "class") == 0) {
                uint64_t h = (frame->path ^ '.') * SIFT_FNV_PRIME;
                for (xmlNode *t = a->children; t; t = t->next) {
                    if (t->type != XML_TEXT_NODE || !t->content) continue;
                    for (const xmlChar *p = t->content; *p; p++) h = (h ^ *p) * SIFT_FNV_PRIME;
                }
                frame->path = h;
                if (value) hints |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_CLASS, value);
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
            else if (strcmp(name, "rel") == 0 && xmlStrcasestr(BAD_CAST value, BAD_CAST "author")) hints |= SIFT_HINT_BYLINE;
            break;
        case 's':
            if (value && strcmp(name, "style") == 0 && style_hides(value)) hints |= SIFT_HINT_HIDDEN;
            break;
        case 'h':
            if (strcmp(name, "hidden") == 0) frame->flags |= SIFT_HTML_IN_HIDDEN;
            break;
        case 'a':
            if (value && strcmp(name, "aria-hidden") == 0 && xmlStrcasecmp(BAD_CAST value, BAD_CAST "true") == 0)
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

/// Visits one element: drops it, harvests it, or pushes a frame for its children.
static void element(Walker *w, xmlNode *node, const Frame *parent) {
    uint64_t name_hash;
    int32_t tag = sift_tag_lookup(node->name, &name_hash);
    if (w->drop[tag]) {
        if (tag == SIFT_TAG_SCRIPT) sift_meta_script(w, node);
        return;
    }
    if (tag == SIFT_TAG_OTHER && w->extra_drops_length && extra_drop(w, (const char *)node->name)) return;
    w->element_count++;
    int kind = sift_tag_kind[tag];
    switch (kind) {
    case SIFT_K_META: sift_meta_tag(w, node); return;
    case SIFT_K_TITLE: sift_meta_title(w, node); return;
    case SIFT_K_BR: sift_line_break(w, parent); return;
    case SIFT_K_BLOCK: sift_close_block(w); break;
    case SIFT_K_CELL: sift_cell_boundary(w); break;
    default: break;
    }
    if (tag == SIFT_TAG_LINK) {
        sift_meta_link(w, node);
        return;
    }
    if (tag == SIFT_TAG_HTML) sift_meta_language(w, node);
    else if (tag == SIFT_TAG_TIME) sift_meta_time(w, node);
    Frame frame = *parent;
    frame.next = node->children;
    frame.tag = tag;
    frame.depth = parent->depth + 1;
    frame.path = (parent->path * SIFT_FNV_PRIME) ^ name_hash;
    frame.flags = parent->flags | sift_tag_flags[tag] | (kind == SIFT_K_HEAD ? SIFT_IN_HEAD : 0);
    uint32_t own = node->properties ? scan_attributes(w, node, &frame) : 0;
    // Custom elements (a '-' in the name: amp-sidebar, social-share-bar) are named for what they hold.
    if (tag == SIFT_TAG_OTHER && strchr((const char *)node->name, '-'))
        own |= sift_hints(&w->hint_cache, SIFT_HINT_FROM_TAG, node->name);
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
    if (!node->children) {
        if (kind == SIFT_K_BLOCK) {
            sift_close_block(w);
            sift_close_node(w, frame.block_node);
        }
        return;
    }
    push(w, &frame);
}

int sift_walk(Walker *w, xmlDoc *doc) {
    Frame root = {0};
    root.next = doc->children;
    root.path = SIFT_FNV_OFFSET;
    root.depth = -1;
    root.link = -1;
    root.block_path = root.path;
    root.block_tag = SIFT_TAG_BODY;
    root.block_depth = -1;
    root.block_index = -1;
    root.block_node = -1;
    if (!push(w, &root)) return -1;
    while (w->stack_count > 0 && !w->failed && !w->text.failed) {
        Frame *top = &w->stack[w->stack_count - 1];
        xmlNode *node = top->next;
        if (!node) {
            int kind = sift_tag_kind[top->tag];
            if (kind == SIFT_K_BLOCK && w->stack_count > 1) {
                sift_close_block(w);
                sift_close_node(w, top->block_node);
            } else if (kind == SIFT_K_CELL) {
                sift_cell_boundary(w);
            }
            w->stack_count--;
            continue;
        }
        top->next = node->next;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content && !(top->flags & SIFT_IN_HEAD)) sift_text_node(w, top, node->content);
        } else if (node->type == XML_ELEMENT_NODE && node->name) {
            Frame parent = *top; // `element` may grow (move) the stack
            element(w, node, &parent);
        }
    }
    sift_close_block(w);
    return (w->failed || w->text.failed) ? -1 : 0;
}
