#ifndef SIFT_TEXT_H
#define SIFT_TEXT_H
// Internal helpers shared by the plain-text normaliser and the HTML walker: a growable byte buffer
// and the byte/character classes both use. Not part of the public header.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "CSiftLibXML2.h"

/// Byte classes of `sift_byte_class`.
enum {
    SIFT_B_NORMAL = 0,  // copied as is (ASCII visible, continuation bytes, ordinary lead bytes)
    SIFT_B_END = 1,     // NUL: end of a libxml2 string
    SIFT_B_SPACE = 2,   // space, tab, other C0 controls, DEL
    SIFT_B_NEWLINE = 3, // LF, VT, FF
    SIFT_B_CR = 4,      // CR (CRLF counts as one line break)
    SIFT_B_SPECIAL = 5, // a lead byte that may start a Unicode space, soft hyphen or C1 control
};

extern const uint8_t sift_byte_class[256];

/// What a special multi-byte character is (see `sift_special`).
enum {
    SIFT_C_NORMAL = 0,  // an ordinary character: copy its bytes
    SIFT_C_SPACE = 1,   // a Unicode space separator: whitespace
    SIFT_C_NEWLINE = 2, // U+2028, U+2029: a line break
    SIFT_C_DROP = 3,    // soft hyphen: dropped
    SIFT_C_REPLACE = 4, // a C1 control: replaced by its windows-1252 character
};

/// Classifies the character at `s` (whose first byte has class SIFT_B_SPECIAL; `s` is NUL-terminated or
/// has `remaining` bytes). Writes its length in bytes and, for SIFT_C_REPLACE, the replacement bytes.
int sift_special(const uint8_t *s, size_t remaining, int *length, const char **replacement, int *replacement_length);

/// A growable byte buffer. `failed` is set (and appends become no-ops) when memory runs out.
typedef struct SiftBuf {
    uint8_t *data;
    size_t length;
    size_t capacity;
    int failed;
} SiftBuf;

int sift_buf_grow(SiftBuf *buf, size_t extra);

static inline void sift_buf_append(SiftBuf *buf, const void *bytes, size_t count) {
    if (buf->length + count > buf->capacity && !sift_buf_grow(buf, count)) return;
    memcpy(buf->data + buf->length, bytes, count);
    buf->length += count;
}

static inline void sift_buf_byte(SiftBuf *buf, uint8_t byte) {
    if (buf->length + 1 > buf->capacity && !sift_buf_grow(buf, 1)) return;
    buf->data[buf->length++] = byte;
}

/// Appends `text` (NUL-terminated UTF-8) with whitespace collapsed: a separating space is written only
/// between visible characters (`*pending` carries a trailing space across calls). For metadata strings.
void sift_collapse_append(SiftBuf *buf, const uint8_t *text, int *pending);

/// Number of code points in `count` bytes of UTF-8 (bytes that are not continuation bytes).
static inline int64_t sift_count_code_points(const uint8_t *bytes, size_t count) {
    int64_t n = 0;
    for (size_t i = 0; i < count; i++) n += (bytes[i] & 0xC0) != 0x80;
    return n;
}

/// A growable list of source-map pieces (see `SiftSourcePiece` in the public header).
typedef struct SiftPieces {
    SiftSourcePiece *data;
    size_t count;
    size_t capacity;
    int failed;
} SiftPieces;

/// Appends a piece, extending the last one instead when both are verbatim and the new one continues it
/// in the text and in the source, or when both stand for the same source range (one reference's
/// characters). Sets `failed` (and stops recording) when memory runs out.
void sift_pieces_add(SiftPieces *pieces, int64_t text_start, int64_t text_end, int64_t source_start, int64_t source_end,
                     int verbatim);

#endif
