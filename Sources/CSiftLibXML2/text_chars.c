// Character classes, the growable buffer and whitespace collapsing shared by the text and HTML paths.
#include "sift_text.h"

#define SP SIFT_B_SPACE
#define NL SIFT_B_NEWLINE
#define SX SIFT_B_SPECIAL

const uint8_t sift_byte_class[256] = {
    // 0x00: NUL ends a string; C0 controls are spaces except LF, VT, FF (line breaks) and CR.
    SIFT_B_END, SP, SP, SP, SP, SP, SP, SP, SP, SP, NL, NL, NL, SIFT_B_CR, SP, SP,
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    SP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x20: space
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SP, // 0x7F: DEL
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, SX, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0xC2: NBSP, soft hyphen, C1 controls
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, SX, SX, SX, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, SX, // 0xE1–0xE3: Unicode spaces; 0xEF: U+FEFF
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/// Windows-1252 characters for U+0080…U+009F (HTML's rule for numeric references); "" = undefined.
static const char *const windows1252[32] = {
    "\xE2\x82\xAC", "", "\xE2\x80\x9A", "\xC6\x92", "\xE2\x80\x9E", "\xE2\x80\xA6", "\xE2\x80\xA0", "\xE2\x80\xA1",
    "\xCB\x86", "\xE2\x80\xB0", "\xC5\xA0", "\xE2\x80\xB9", "\xC5\x92", "", "\xC5\xBD", "",
    "", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94",
    "\xCB\x9C", "\xE2\x84\xA2", "\xC5\xA1", "\xE2\x80\xBA", "\xC5\x93", "", "\xC5\xBE", "\xC5\xB8",
};

int sift_special(const uint8_t *s, size_t remaining, int *length, const char **replacement, int *replacement_length) {
    *length = 1;
    if (remaining < 2) return SIFT_C_NORMAL;
    uint8_t b1 = s[1];
    switch (s[0]) {
    case 0xC2:
        if (b1 == 0xA0) { *length = 2; return SIFT_C_SPACE; }
        if (b1 == 0xAD) { *length = 2; return SIFT_C_DROP; }
        if (b1 >= 0x80 && b1 <= 0x9F) {
            *length = 2;
            const char *bytes = windows1252[b1 - 0x80];
            if (bytes[0] == 0) return SIFT_C_SPACE;
            *replacement = bytes;
            *replacement_length = (int)strlen(bytes);
            return SIFT_C_REPLACE;
        }
        return SIFT_C_NORMAL;
    case 0xE1:
        if (remaining >= 3 && b1 == 0x9A && s[2] == 0x80) { *length = 3; return SIFT_C_SPACE; }
        return SIFT_C_NORMAL;
    case 0xE2:
        if (remaining < 3) return SIFT_C_NORMAL;
        if (b1 == 0x80) {
            uint8_t b2 = s[2];
            if ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF) { *length = 3; return SIFT_C_SPACE; }
            if (b2 == 0xA8 || b2 == 0xA9) { *length = 3; return SIFT_C_NEWLINE; }
        } else if (b1 == 0x81 && s[2] == 0x9F) {
            *length = 3;
            return SIFT_C_SPACE;
        }
        return SIFT_C_NORMAL;
    case 0xE3:
        if (remaining >= 3 && b1 == 0x80 && s[2] == 0x80) { *length = 3; return SIFT_C_SPACE; }
        return SIFT_C_NORMAL;
    case 0xEF:
        if (remaining >= 3 && b1 == 0xBB && s[2] == 0xBF) { *length = 3; return SIFT_C_DROP; }
        return SIFT_C_NORMAL;
    default:
        return SIFT_C_NORMAL;
    }
}

int sift_buf_grow(SiftBuf *buf, size_t extra) {
    if (buf->failed) return 0;
    size_t needed = buf->length + extra;
    size_t capacity = buf->capacity < 64 ? 64 : buf->capacity;
    while (capacity < needed) {
        if (capacity > SIZE_MAX / 2) { buf->failed = 1; return 0; }
        capacity *= 2;
    }
    uint8_t *data = realloc(buf->data, capacity);
    if (!data) {
        buf->failed = 1;
        return 0;
    }
    buf->data = data;
    buf->capacity = capacity;
    return 1;
}

void sift_collapse_append(SiftBuf *buf, const uint8_t *text, int *pending) {
    size_t i = 0;
    for (;;) {
        uint8_t c = text[i];
        uint8_t kind = sift_byte_class[c];
        if (kind == SIFT_B_END) return;
        int length = 1, visible = 1;
        const char *replacement = NULL;
        int replacement_length = 0;
        if (kind != SIFT_B_NORMAL && kind != SIFT_B_SPECIAL) {
            visible = 0;
        } else if (kind == SIFT_B_SPECIAL) {
            int what = sift_special(text + i, SIZE_MAX, &length, &replacement, &replacement_length);
            if (what == SIFT_C_DROP) { i += (size_t)length; continue; }
            if (what == SIFT_C_SPACE || what == SIFT_C_NEWLINE) visible = 0;
        }
        if (!visible) {
            *pending = 1;
            i += (size_t)length;
            continue;
        }
        if (*pending && buf->length > 0) sift_buf_byte(buf, ' ');
        *pending = 0;
        if (replacement) sift_buf_append(buf, replacement, (size_t)replacement_length);
        else sift_buf_append(buf, text + i, (size_t)length);
        i += (size_t)length;
    }
}
