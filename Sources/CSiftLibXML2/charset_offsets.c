// Charset conversion that remembers where each character came from, for the source map: ICU's
// ucnv_toUnicode reports, per UTF-16 unit, the input offset it was converted from; the UTF-16 is then
// encoded as UTF-8 here, each byte inheriting its character's offset.
//
// ICU is included here only, never in the public header (see CSiftLibXML2.h). The symbols come from
// libicuuc, which the CSiftICU target links into every product that uses SiftHTML.
#include "CSiftLibXML2.h"
#include <unicode/ucnv.h>
#include <string.h>

enum { CHUNK = 4096 };

typedef struct Encoder {
    uint8_t *out;
    int32_t *offsets;
    size_t capacity;
    size_t length;     // bytes the full output needs (written only while they fit)
    UChar high;        // a high surrogate waiting for its low half
    int32_t high_offset;
} Encoder;

static void emit(Encoder *e, uint32_t c, int32_t offset) {
    uint8_t bytes[4];
    size_t n;
    if (c < 0x80) { bytes[0] = (uint8_t)c; n = 1; }
    else if (c < 0x800) { bytes[0] = (uint8_t)(0xC0 | (c >> 6)); bytes[1] = (uint8_t)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        bytes[0] = (uint8_t)(0xE0 | (c >> 12)); bytes[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        bytes[2] = (uint8_t)(0x80 | (c & 0x3F)); n = 3;
    } else {
        bytes[0] = (uint8_t)(0xF0 | (c >> 18)); bytes[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
        bytes[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); bytes[3] = (uint8_t)(0x80 | (c & 0x3F)); n = 4;
    }
    if (e->length + n <= e->capacity) {
        memcpy(e->out + e->length, bytes, n);
        for (size_t k = 0; k < n; k++) e->offsets[e->length + k] = offset;
    }
    e->length += n;
}

/// Takes one UTF-16 unit; unpaired surrogates become U+FFFD, as ICU's UTF-8 converter writes them.
static void unit(Encoder *e, UChar u, int32_t offset) {
    if (e->high) {
        UChar high = e->high;
        e->high = 0;
        if (u >= 0xDC00 && u <= 0xDFFF) {
            emit(e, 0x10000 + (((uint32_t)high - 0xD800) << 10) + ((uint32_t)u - 0xDC00), e->high_offset);
            return;
        }
        emit(e, 0xFFFD, e->high_offset);
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
        e->high = u;
        e->high_offset = offset;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
        emit(e, 0xFFFD, offset);
    } else {
        emit(e, u, offset);
    }
}

int64_t sift_convert_to_utf8_with_offsets(const char *charset, const uint8_t *bytes, size_t length,
                                          uint8_t *out, int32_t *offsets, size_t capacity) {
    if (length > INT32_MAX) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status) || !converter) return -1;
    Encoder e = {out, offsets, capacity, 0, 0, 0};
    UChar target[CHUNK];
    int32_t target_offsets[CHUNK];
    const char *source = (const char *)bytes;
    const char *limit = source + length;
    int32_t last = 0; // offset for units ICU attributes to no input (state carried over, callbacks)
    for (;;) {
        const char *call_start = source;
        UChar *cursor = target;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &cursor, target + CHUNK, &source, limit, target_offsets, 1, &status);
        int32_t base = (int32_t)(call_start - (const char *)bytes);
        for (int32_t k = 0; k < (int32_t)(cursor - target); k++) {
            if (target_offsets[k] >= 0) last = base + target_offsets[k];
            unit(&e, target[k], last);
        }
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) {
            ucnv_close(converter);
            return -1;
        }
        break;
    }
    if (e.high) emit(&e, 0xFFFD, e.high_offset);
    ucnv_close(converter);
    return (int64_t)e.length;
}
