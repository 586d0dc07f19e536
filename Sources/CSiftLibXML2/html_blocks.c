// Text layout for the walk: blocks (with their text statistics), separators, whitespace collapsing,
// <pre> handling, and the tree of block-level elements the blocks hang in.
#include "html_walk.h"

static const char *const separators[] = {"", " ", "\t", "\n"};

static void open_block(Walker *w, const Frame *f) {
    if (w->text.length > 0) sift_buf_append(&w->text, "\n\n", 2);
    SiftHTMLBlock *b = &w->current;
    memset(b, 0, sizeof(*b));
    b->start = (int64_t)w->text.length;
    b->end = b->start;
    b->path_hash = f->block_path;
    b->ancestor_flags = f->block_flags & SIFT_PUBLIC_FLAGS;
    b->tag = f->block_tag;
    b->depth = f->block_depth;
    b->element_index = f->block_index;
    b->node = f->block_node;
    b->hints = f->hints;
    w->last_link = -1;
    w->block_open = 1;
    w->pending = SEP_NONE;
    w->breaks = 0;
    w->pre_newlines = 0;
}

static inline int is_ascii_alnum(uint8_t c) { return (uint8_t)((c | 0x20) - 'a') < 26 || (uint8_t)(c - '0') < 10; }

/// Counts code points, words (runs of letters and digits; each kana or CJK ideograph alone), commas and
/// sentence ends of a block's bytes; sets SIFT_TEXT_ENDS_SENTENCE.
static void block_statistics(SiftHTMLBlock *b, const uint8_t *s, size_t n) {
    int64_t chars = 0;
    int32_t words = 0, commas = 0, sentences = 0;
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if ((c & 0xC0) == 0x80) continue; // continuation byte: part of the character before
        chars++;
        int word;
        if (c < 0x80) {
            word = is_ascii_alnum(c);
            if (c == ',') commas++;
            else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || !is_ascii_alnum(s[i + 1]))) sentences++;
        } else if (c == 0xE2 || (c == 0xE3 && i + 1 < n && s[i + 1] == 0x80) || (c == 0xEF && i + 1 < n && s[i + 1] == 0xBC)) {
            // General punctuation and symbols (U+2000…U+2BFF), CJK and full-width punctuation.
            word = 0;
            if (c == 0xE3 && i + 2 < n && s[i + 2] == 0x82) sentences++;                        // 。
            else if (c == 0xE3 && i + 2 < n && s[i + 2] == 0x81) commas++;                      // 、
            else if (c == 0xEF && i + 2 < n && (s[i + 2] == 0x81 || s[i + 2] == 0x9F)) sentences++; // ！？
            else if (c == 0xEF && i + 2 < n && s[i + 2] == 0x8C) commas++;                      // ，
        } else if (c >= 0xE3 && c <= 0xE9) {
            // Kana and CJK ideographs (U+3000…U+9FFF): written without spaces, each counts as a word.
            words++;
            in_word = 0;
            continue;
        } else {
            word = 1;
        }
        if (word && !in_word) words++;
        in_word = word;
    }
    b->char_count = chars;
    b->word_count = words;
    b->comma_count = commas;
    b->sentence_count = sentences;
    // Ends a sentence: . ! ? … 。 ！ ？, possibly followed by closing quotes and brackets.
    size_t end = n;
    while (end > 0) {
        uint8_t c = s[end - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') { end--; continue; }
        if (end >= 3 && s[end - 3] == 0xE2 && s[end - 2] == 0x80 && (c == 0x9D || c == 0x99)) { end -= 3; continue; } // ” ’
        if (end >= 2 && s[end - 2] == 0xC2 && c == 0xBB) { end -= 2; continue; } // »
        break;
    }
    if (end > 0) {
        uint8_t c = s[end - 1];
        int ends = c == '.' || c == '!' || c == '?';
        if (!ends && end >= 3) {
            const uint8_t *t = s + end - 3;
            ends = (t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0xA6) || (t[0] == 0xE3 && t[1] == 0x80 && t[2] == 0x82)
                || (t[0] == 0xEF && t[1] == 0xBC && (t[2] == 0x81 || t[2] == 0x9F));
        }
        if (ends) b->text_flags |= SIFT_TEXT_ENDS_SENTENCE;
    }
}

void sift_close_block(Walker *w) {
    w->pending = SEP_NONE;
    w->breaks = 0;
    w->pre_newlines = 0;
    w->pre_ws_length = 0;
    if (!w->block_open) return;
    w->block_open = 0;
    SiftHTMLBlock *b = &w->current;
    b->end = (int64_t)w->text.length;
    if (!w->text.failed) block_statistics(b, w->text.data + b->start, (size_t)(b->end - b->start));
    if (w->block_count == w->block_capacity) {
        size_t capacity = w->block_capacity ? w->block_capacity * 2 : 64;
        SiftHTMLBlock *blocks = realloc(w->blocks, capacity * sizeof(SiftHTMLBlock));
        if (!blocks) { w->failed = 1; return; }
        w->blocks = blocks;
        w->block_capacity = capacity;
    }
    w->blocks[w->block_count++] = *b;
}

int32_t sift_open_node(Walker *w, const Frame *f, int32_t parent, uint32_t own_hints) {
    if (w->node_count == w->node_capacity) {
        size_t capacity = w->node_capacity ? w->node_capacity * 2 : 128;
        SiftHTMLNode *nodes = realloc(w->nodes, capacity * sizeof(SiftHTMLNode));
        if (!nodes) { w->failed = 1; return -1; }
        w->nodes = nodes;
        w->node_capacity = capacity;
    }
    int32_t index = (int32_t)w->node_count++;
    w->nodes[index] = (SiftHTMLNode){parent, f->tag, f->depth, own_hints, f->hints, f->flags & SIFT_PUBLIC_FLAGS,
                                     (int32_t)w->block_count, (int32_t)w->block_count};
    return index;
}

void sift_close_node(Walker *w, int32_t node) {
    if (node >= 0 && (size_t)node < w->node_count) w->nodes[node].block_end = (int32_t)w->block_count;
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

/// Writes `count` visible bytes made from the `from_count` bytes of character data at `from`.
static inline void visible(Walker *w, const Frame *f, const void *bytes, size_t count, const uint8_t *from, size_t from_count) {
    before_visible(w, f);
    if ((f->flags & SIFT_HTML_IN_LINK) && w->text.length == (size_t)w->current.start)
        w->current.text_flags |= SIFT_TEXT_STARTS_WITH_LINK;
    if (w->map) sift_map_visible(w, (int64_t)w->text.length, count, from, from_count, bytes == from);
    sift_buf_append(&w->text, bytes, count);
    w->current.hints |= f->hints;
    if (f->flags & SIFT_HTML_IN_LINK) {
        w->current.link_char_count += sift_count_code_points(bytes, count);
        if (f->link != w->last_link) {
            w->current.link_count++;
            w->last_link = f->link;
        }
    }
}

static inline void pre_space(Walker *w, uint8_t byte) {
    if (w->pre_ws_length < (int)sizeof(w->pre_ws)) w->pre_ws[w->pre_ws_length++] = byte;
}

static inline void pre_newline(Walker *w) {
    if (w->block_open) w->pre_newlines++;
    w->pre_ws_length = 0; // trailing spaces of a line go
}

/// Appends character data. Outside <pre>, whitespace runs become one space and block edges are trimmed;
/// inside, line breaks and spaces are kept (3+ line breaks become one blank line). Consecutive calls
/// continue each other (the parser delivers text in chunks, never splitting a character).
void sift_text_node(Walker *w, const Frame *f, const uint8_t *s, size_t n) {
    const int pre = (f->flags & SIFT_HTML_IN_PRE) != 0;
    size_t i = 0;
    while (i < n) {
        uint8_t kind = sift_byte_class[s[i]];
        if (kind == SIFT_B_NORMAL) {
            size_t j = i + 1;
            while (j < n && sift_byte_class[s[j]] == SIFT_B_NORMAL) j++;
            visible(w, f, s + i, j - i, s + i, j - i);
            i = j;
            continue;
        }
        if (kind != SIFT_B_SPECIAL) { // spaces, line breaks (a NUL cannot occur: the input was repaired)
            if (!pre) {
                if (w->pending < SEP_SPACE) w->pending = SEP_SPACE;
            } else if (kind == SIFT_B_SPACE || kind == SIFT_B_END) {
                pre_space(w, s[i] == '\t' ? '\t' : ' ');
            } else {
                pre_newline(w);
                if (kind == SIFT_B_CR && i + 1 < n && s[i + 1] == '\n') i++;
            }
            i++;
            continue;
        }
        int length = 1, replacement_length = 0;
        const char *replacement = NULL;
        int what = sift_special(s + i, n - i, &length, &replacement, &replacement_length);
        switch (what) {
        case SIFT_C_SPACE:
            if (!pre) { if (w->pending < SEP_SPACE) w->pending = SEP_SPACE; }
            else pre_space(w, ' ');
            break;
        case SIFT_C_NEWLINE:
            if (!pre) { if (w->pending < SEP_SPACE) w->pending = SEP_SPACE; }
            else pre_newline(w);
            break;
        case SIFT_C_REPLACE: visible(w, f, replacement, (size_t)replacement_length, s + i, (size_t)length); break;
        case SIFT_C_NORMAL: visible(w, f, s + i, (size_t)length, s + i, (size_t)length); break;
        default: break; // SIFT_C_DROP
        }
        i += (size_t)length;
    }
}

void sift_line_break(Walker *w, const Frame *f) {
    if (!w->block_open) return; // a <br> at a block's start adds nothing
    if (f->flags & SIFT_HTML_IN_PRE) {
        pre_newline(w);
    } else if (++w->breaks >= 2) {
        sift_close_block(w); // <br><br>: a paragraph break
    } else {
        w->pending = SEP_NEWLINE;
    }
}

void sift_cell_boundary(Walker *w) {
    if (w->block_open && w->pending < SEP_TAB) w->pending = SEP_TAB;
}
