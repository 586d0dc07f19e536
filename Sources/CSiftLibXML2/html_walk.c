// The DOM walk: an iterative preorder traversal with an explicit stack that writes the page text,
// block by block, collapsing HTML whitespace as it goes.
#include "html_walk.h"

static const char *const separators[] = {"", " ", "\t", "\n"};

static void open_block(Walker *w, const Frame *f) {
    if (w->text.length > 0) sift_buf_append(&w->text, "\n\n", 2);
    SiftHTMLBlock *b = &w->current;
    b->start = (int64_t)w->text.length;
    b->end = b->start;
    b->char_count = 0;
    b->link_char_count = 0;
    b->path_hash = f->block_path;
    b->ancestor_flags = f->block_flags & SIFT_PUBLIC_FLAGS;
    b->tag = f->block_tag;
    b->depth = f->block_depth;
    b->element_index = f->block_index;
    w->block_open = 1;
    w->pending = SEP_NONE;
    w->breaks = 0;
    w->pre_newlines = 0;
}

static void close_block(Walker *w) {
    w->pending = SEP_NONE;
    w->breaks = 0;
    w->pre_newlines = 0;
    w->pre_ws_length = 0;
    if (!w->block_open) return;
    w->block_open = 0;
    SiftHTMLBlock *b = &w->current;
    b->end = (int64_t)w->text.length;
    b->char_count = sift_count_code_points(w->text.data + b->start, (size_t)(b->end - b->start));
    if (w->block_count == w->block_capacity) {
        size_t capacity = w->block_capacity ? w->block_capacity * 2 : 64;
        SiftHTMLBlock *blocks = realloc(w->blocks, capacity * sizeof(SiftHTMLBlock));
        if (!blocks) { w->failed = 1; return; }
        w->blocks = blocks;
        w->block_capacity = capacity;
    }
    w->blocks[w->block_count++] = *b;
}

/// Writes what is owed before a visible character: opens the block, or writes the pending separator.
static inline void before_visible(Walker *w, const Frame *f) {
    if (!w->block_open) {
        open_block(w, f);
    } else if (w->pre_newlines) {
        sift_buf_append(&w->text, "\n\n", w->pre_newlines >= 2 ? 2 : 1);
    } else if (w->pending) {
        sift_buf_append(&w->text, separators[w->pending], 1);
    }
    if (w->pre_ws_length) sift_buf_append(&w->text, w->pre_ws, (size_t)w->pre_ws_length);
    w->pending = SEP_NONE;
    w->pre_newlines = 0;
    w->pre_ws_length = 0;
    w->breaks = 0;
}

static inline void visible(Walker *w, const Frame *f, const void *bytes, size_t count) {
    before_visible(w, f);
    sift_buf_append(&w->text, bytes, count);
    if (f->flags & SIFT_HTML_IN_LINK) w->current.link_char_count += sift_count_code_points(bytes, count);
}

static inline void pre_space(Walker *w, uint8_t byte) {
    if (w->pre_ws_length < (int)sizeof(w->pre_ws)) w->pre_ws[w->pre_ws_length++] = byte;
}

static inline void pre_newline(Walker *w) {
    if (w->block_open) w->pre_newlines++;
    w->pre_ws_length = 0; // trailing spaces of a line go
}

/// Appends a text node. Outside <pre>, whitespace runs become one space and block edges are trimmed;
/// inside, line breaks and spaces are kept (3+ line breaks become one blank line).
static void text_node(Walker *w, const Frame *f, const uint8_t *s) {
    const int pre = (f->flags & SIFT_HTML_IN_PRE) != 0;
    size_t i = 0;
    for (;;) {
        uint8_t kind = sift_byte_class[s[i]];
        if (kind == SIFT_B_NORMAL) {
            size_t j = i + 1;
            while (sift_byte_class[s[j]] == SIFT_B_NORMAL) j++;
            visible(w, f, s + i, j - i);
            i = j;
            continue;
        }
        if (kind == SIFT_B_END) return;
        if (kind != SIFT_B_SPECIAL) {
            if (!pre) {
                if (w->pending < SEP_SPACE) w->pending = SEP_SPACE;
            } else if (kind == SIFT_B_SPACE) {
                pre_space(w, s[i] == '\t' ? '\t' : ' ');
            } else {
                pre_newline(w);
                if (kind == SIFT_B_CR && s[i + 1] == '\n') i++;
            }
            i++;
            continue;
        }
        int length = 1, replacement_length = 0;
        const char *replacement = NULL;
        int what = sift_special(s + i, SIZE_MAX, &length, &replacement, &replacement_length);
        switch (what) {
        case SIFT_C_SPACE:
            if (!pre) { if (w->pending < SEP_SPACE) w->pending = SEP_SPACE; }
            else pre_space(w, ' ');
            break;
        case SIFT_C_NEWLINE:
            if (!pre) { if (w->pending < SEP_SPACE) w->pending = SEP_SPACE; }
            else pre_newline(w);
            break;
        case SIFT_C_REPLACE: visible(w, f, replacement, (size_t)replacement_length); break;
        case SIFT_C_NORMAL: visible(w, f, s + i, (size_t)length); break;
        default: break; // SIFT_C_DROP
        }
        i += (size_t)length;
    }
}

static void line_break(Walker *w, const Frame *f) {
    if (!w->block_open) return; // a <br> at a block's start adds nothing
    if (f->flags & SIFT_HTML_IN_PRE) {
        pre_newline(w);
    } else if (++w->breaks >= 2) {
        close_block(w); // <br><br>: a paragraph break
    } else {
        w->pending = SEP_NEWLINE;
    }
}

static inline void cell_boundary(Walker *w) {
    if (w->block_open && w->pending < SEP_TAB) w->pending = SEP_TAB;
}

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

/// Attributes that matter to the walk: class (into the path hash) and the hidden markers.
static void scan_attributes(xmlNode *node, Frame *frame) {
    for (xmlAttr *a = node->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (name[0] == 'c' && strcmp(name, "class") == 0) {
            uint64_t h = (frame->path ^ '.') * SIFT_FNV_PRIME;
            for (xmlNode *t = a->children; t; t = t->next) {
                if (t->type != XML_TEXT_NODE || !t->content) continue;
                for (const xmlChar *p = t->content; *p; p++) h = (h ^ *p) * SIFT_FNV_PRIME;
            }
            frame->path = h;
        } else if (name[0] == 'h' && strcmp(name, "hidden") == 0) {
            frame->flags |= SIFT_HTML_IN_HIDDEN;
        } else if (name[0] == 'a' && strcmp(name, "aria-hidden") == 0) {
            xmlNode *t = a->children;
            if (t && t->type == XML_TEXT_NODE && t->content && xmlStrcasecmp(t->content, BAD_CAST "true") == 0)
                frame->flags |= SIFT_HTML_IN_HIDDEN;
        }
    }
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
    if (w->drop[tag]) return;
    if (tag == SIFT_TAG_OTHER && w->extra_drops_length && extra_drop(w, (const char *)node->name)) return;
    w->element_count++;
    int kind = sift_tag_kind[tag];
    switch (kind) {
    case SIFT_K_META: sift_meta_tag(w, node); return;
    case SIFT_K_TITLE: sift_meta_title(w, node); return;
    case SIFT_K_BR: line_break(w, parent); return;
    case SIFT_K_BLOCK: close_block(w); break;
    case SIFT_K_CELL: cell_boundary(w); break;
    default: break;
    }
    if (tag == SIFT_TAG_HTML) sift_meta_language(w, node);
    Frame frame = *parent;
    frame.next = node->children;
    frame.tag = tag;
    frame.depth = parent->depth + 1;
    frame.path = (parent->path * SIFT_FNV_PRIME) ^ name_hash;
    frame.flags = parent->flags | sift_tag_flags[tag] | (kind == SIFT_K_HEAD ? SIFT_IN_HEAD : 0);
    if (node->properties) scan_attributes(node, &frame);
    if (frame.depth > w->max_depth) w->max_depth = frame.depth;
    if (kind == SIFT_K_BLOCK) {
        frame.block_path = frame.path;
        frame.block_flags = frame.flags;
        frame.block_tag = tag;
        frame.block_depth = frame.depth;
        frame.block_index = (int32_t)(w->element_count - 1);
    }
    if (!node->children) {
        if (kind == SIFT_K_BLOCK) close_block(w);
        return;
    }
    push(w, &frame);
}

int sift_walk(Walker *w, xmlDoc *doc) {
    Frame root = {0};
    root.next = doc->children;
    root.path = SIFT_FNV_OFFSET;
    root.depth = -1;
    root.block_path = root.path;
    root.block_tag = SIFT_TAG_BODY;
    root.block_depth = -1;
    root.block_index = -1;
    if (!push(w, &root)) return -1;
    while (w->stack_count > 0 && !w->failed && !w->text.failed) {
        Frame *top = &w->stack[w->stack_count - 1];
        xmlNode *node = top->next;
        if (!node) {
            int kind = sift_tag_kind[top->tag];
            if (kind == SIFT_K_BLOCK) close_block(w);
            else if (kind == SIFT_K_CELL) cell_boundary(w);
            w->stack_count--;
            continue;
        }
        top->next = node->next;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content && !(top->flags & SIFT_IN_HEAD)) text_node(w, top, node->content);
        } else if (node->type == XML_ELEMENT_NODE && node->name) {
            Frame parent = *top; // `element` may grow (move) the stack
            element(w, node, &parent);
        }
    }
    close_block(w);
    return (w->failed || w->text.failed) ? -1 : 0;
}
