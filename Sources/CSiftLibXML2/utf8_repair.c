// UTF-8 validation and repair: each maximal invalid subpart becomes U+FFFD (Unicode's recommended
// practice, which Swift's decoder follows too), so libxml2 never meets a bad byte (libxml2 2.9 would
// silently switch the rest of the page to Latin-1) and counts agree with what Swift would repair.
#include "CSiftLibXML2.h"
#include "sift_text.h"

/// Length of the valid UTF-8 sequence at `s` (1…4), or 0 with `*invalid` set to the length of the
/// maximal invalid subpart to replace (≥ 1).
static inline size_t sequence_length(const uint8_t *s, size_t remaining, size_t *invalid) {
    uint8_t c = s[0];
    if (c < 0x80) return 1;
    int need;
    uint8_t low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c == 0xE0) { need = 2; low = 0xA0; }
    else if (c == 0xED) { need = 2; high = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) need = 2;
    else if (c == 0xF0) { need = 3; low = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) need = 3;
    else if (c == 0xF4) { need = 3; high = 0x8F; }
    else { *invalid = 1; return 0; }
    size_t k = 1;
    for (int j = 0; j < need; j++) {
        if (k >= remaining || s[k] < low || s[k] > high) { *invalid = k; return 0; }
        low = 0x80;
        high = 0xBF;
        k++;
    }
    return k;
}

/// Whether an ASCII byte is a C0 control that `map_controls` turns into a space.
static inline int is_mapped_control(uint8_t c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
}

/// Skips ASCII from `i` eight bytes at a time; stops at a non-ASCII byte or (with `map_controls`) at
/// a word holding a control that gets mapped. HTML is mostly ASCII, so this is the common path.
static inline size_t skip_ascii(const uint8_t *bytes, size_t length, size_t i, int32_t map_controls) {
    const uint64_t high = 0x8080808080808080ULL, spaces = 0x2020202020202020ULL;
    while (i + 8 <= length) {
        uint64_t word;
        memcpy(&word, bytes + i, 8);
        if (word & high) return i;
        if (map_controls && ((word - spaces) & ~word & high)) {
            // Some byte is below 0x20: usually LF or tab, which stay; look closer.
            for (int k = 0; k < 8; k++) {
                if (is_mapped_control(bytes[i + k])) return i + k;
            }
        }
        i += 8;
    }
    return i;
}

size_t sift_utf8_repair_size(const uint8_t *bytes, size_t length, int32_t map_controls,
                             size_t *invalid_sequences, int32_t *changed) {
    size_t out = length, invalid_count = 0, i = 0;
    int any_change = 0;
    while (i < length) {
        i = skip_ascii(bytes, length, i, map_controls);
        if (i >= length) break;
        uint8_t c = bytes[i];
        if (c < 0x80) {
            if (map_controls && is_mapped_control(c)) any_change = 1;
            i++;
            continue;
        }
        size_t invalid = 0;
        size_t k = sequence_length(bytes + i, length - i, &invalid);
        if (k > 0) {
            i += k;
        } else {
            out = out - invalid + 3; // the invalid subpart becomes U+FFFD (3 bytes)
            i += invalid;
            invalid_count++;
            any_change = 1;
        }
    }
    if (invalid_sequences) *invalid_sequences = invalid_count;
    if (changed) *changed = any_change;
    return out;
}

size_t sift_utf8_repair(const uint8_t *bytes, size_t length, int32_t map_controls, uint8_t *out, size_t capacity) {
    size_t o = 0, i = 0;
    while (i < length) {
        uint8_t c = bytes[i];
        if (c < 0x80) {
            if (o + 1 > capacity) break;
            out[o++] = (map_controls && is_mapped_control(c)) ? ' ' : c;
            i++;
            continue;
        }
        size_t invalid = 0;
        size_t k = sequence_length(bytes + i, length - i, &invalid);
        if (k > 0) {
            if (o + k > capacity) break;
            memcpy(out + o, bytes + i, k);
            o += k;
            i += k;
        } else {
            if (o + 3 > capacity) break;
            out[o++] = 0xEF;
            out[o++] = 0xBF;
            out[o++] = 0xBD;
            i += invalid;
        }
    }
    return o;
}

size_t sift_utf8_repair_edits(const uint8_t *bytes, size_t length, int64_t *offsets, int64_t *lengths, size_t capacity) {
    size_t count = 0, i = 0;
    while (i < length) {
        i = skip_ascii(bytes, length, i, 0);
        if (i >= length) break;
        if (bytes[i] < 0x80) {
            i++;
            continue;
        }
        size_t invalid = 0;
        size_t k = sequence_length(bytes + i, length - i, &invalid);
        if (k > 0) {
            i += k;
            continue;
        }
        if (count < capacity) {
            offsets[count] = (int64_t)i;
            lengths[count] = (int64_t)invalid;
        }
        count++;
        i += invalid;
    }
    return count;
}
