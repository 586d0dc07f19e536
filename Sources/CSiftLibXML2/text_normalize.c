// Plain-text whitespace normalisation, one pass over UTF-8 bytes (see the public header for the rules).
#include "CSiftLibXML2.h"
#include "sift_text.h"

typedef struct Writer {
    uint8_t *out;
    size_t length;
    size_t capacity;
    int newlines;      // line breaks seen since the last visible character
    int pending_space; // whitespace seen inside the current line since the last visible character
    int line_has_text;
    int any_text;
} Writer;

static inline void put(Writer *w, const void *bytes, size_t count) {
    if (w->length + count > w->capacity) return; // cannot happen with the documented capacity
    memcpy(w->out + w->length, bytes, count);
    w->length += count;
}

/// Writes the separator owed before a visible character: up to two line breaks, or one space.
static inline void flush(Writer *w) {
    if (w->newlines) {
        if (w->any_text) put(w, "\n\n", w->newlines >= 2 ? 2 : 1);
        w->newlines = 0;
    } else if (w->pending_space) {
        put(w, " ", 1);
    }
    w->pending_space = 0;
    w->line_has_text = 1;
    w->any_text = 1;
}

static inline void space(Writer *w) {
    if (w->line_has_text) w->pending_space = 1;
}

static inline void line_break(Writer *w) {
    w->newlines++;
    w->pending_space = 0;
    w->line_has_text = 0;
}

/// The normaliser; with `map`, each run of visible text is recorded as a piece (always inlined, so the
/// unmapped entry point compiles without the recording).
static inline __attribute__((always_inline)) size_t normalize(const uint8_t *bytes, size_t length, uint8_t *out,
                                                              size_t capacity, SiftPieces *map) {
    Writer w = {out, 0, capacity, 0, 0, 0, 0};
    size_t i = 0;
    while (i < length) {
        uint8_t kind = sift_byte_class[bytes[i]];
        switch (kind) {
        case SIFT_B_NORMAL: {
            size_t j = i + 1;
            while (j < length && sift_byte_class[bytes[j]] == SIFT_B_NORMAL) j++;
            flush(&w);
            if (map) sift_pieces_add(map, (int64_t)w.length, (int64_t)(w.length + j - i), (int64_t)i, (int64_t)j, 1);
            put(&w, bytes + i, j - i);
            i = j;
            break;
        }
        case SIFT_B_END: // NUL inside plain text: a control character, so a space
        case SIFT_B_SPACE:
            space(&w);
            i++;
            break;
        case SIFT_B_NEWLINE:
            line_break(&w);
            i++;
            break;
        case SIFT_B_CR:
            line_break(&w);
            i++;
            if (i < length && bytes[i] == '\n') i++;
            break;
        default: {
            int count = 1, replacement_length = 0;
            const char *replacement = NULL;
            int what = sift_special(bytes + i, length - i, &count, &replacement, &replacement_length);
            if (what == SIFT_C_SPACE) space(&w);
            else if (what == SIFT_C_NEWLINE) line_break(&w);
            else if (what == SIFT_C_REPLACE) {
                flush(&w);
                if (map) sift_pieces_add(map, (int64_t)w.length, (int64_t)(w.length + (size_t)replacement_length), (int64_t)i,
                                         (int64_t)(i + (size_t)count), 0);
                put(&w, replacement, (size_t)replacement_length);
            } else if (what == SIFT_C_NORMAL) {
                flush(&w);
                if (map) sift_pieces_add(map, (int64_t)w.length, (int64_t)(w.length + (size_t)count), (int64_t)i,
                                         (int64_t)(i + (size_t)count), 1);
                put(&w, bytes + i, (size_t)count);
            }
            i += (size_t)count;
            break;
        }
        }
    }
    return w.length;
}

size_t sift_text_normalize(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity) {
    return normalize(bytes, length, out, capacity, NULL);
}

size_t sift_text_normalize_mapped(const uint8_t *bytes, size_t length, uint8_t *out, size_t capacity,
                                  SiftSourcePiece **pieces, size_t *piece_count, int32_t *failed) {
    SiftPieces map = {0};
    size_t written = normalize(bytes, length, out, capacity, &map);
    *failed = map.failed;
    if (map.failed) {
        free(map.data);
        map.data = NULL;
        map.count = 0;
    }
    *pieces = map.data;
    *piece_count = map.count;
    return written;
}
