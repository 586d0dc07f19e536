// Guards against libxml2 2.9's quadratic paths, so parse time stays linear in the input size.
//
// 1. Attributes: htmlParseStartTag checks each attribute against all earlier ones of its tag, so one
//    tag with n attributes costs O(n²)
//    (40,000 attributes: 7 s). `sift_html_cap_attributes` drops attributes beyond the 64th of a tag
//    before libxml2 sees the page (no real page comes close).
// 2. Depth: with XML_PARSE_HUGE there is no nesting cap, and a stray end tag (or a misplaced <body>)
//    makes libxml2 scan the whole open-element stack, so n stray tags at depth d cost O(n·d). Every
//    such scan ends in a parser error, so the error handler charges each error the current depth and
//    stops the parser once the total passes a budget proportional to the input size (html_extract.c).
#include "html_guard.h"
#include <string.h>

static inline int is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static inline int is_letter(uint8_t c) { return (uint8_t)((c | 0x20) - 'a') < 26; }

/// Case-insensitive: does `s` (with `n` bytes left) start with lowercase `word`?
static int starts_with(const uint8_t *s, size_t n, const char *word) {
    size_t length = strlen(word);
    if (n < length) return 0;
    for (size_t k = 0; k < length; k++) if ((s[k] | 0x20) != (uint8_t)word[k]) return 0;
    return 1;
}

/// Position after the raw text of a script/style element starting at `i`: its "</name" (or the end).
static size_t skip_raw_text(const uint8_t *s, size_t n, size_t i, const char *close) {
    while (i < n) {
        const uint8_t *lt = memchr(s + i, '<', n - i);
        if (!lt) return n;
        i = (size_t)(lt - s);
        if (starts_with(s + i, n - i, close)) return i;
        i++;
    }
    return n;
}

/// Scans start tags; for each with more than SIFT_MAX_ATTRIBUTES attributes records the byte range
/// from its first excess attribute to its end. Returns how many such tags there are (all of them,
/// even past `capacity`).
static size_t scan(const uint8_t *s, size_t n, SiftCut *cuts, size_t capacity) {
    size_t found = 0, i = 0;
    size_t no_comment_end_after = SIZE_MAX; // a failed search for "-->" need not be repeated
    while (i < n) {
        const uint8_t *lt = memchr(s + i, '<', n - i);
        if (!lt) break;
        size_t p = (size_t)(lt - s) + 1;
        if (p < n && s[p] == '!' && starts_with(s + p, n - p, "!--")) {
            const uint8_t *end = NULL;
            for (size_t q = p + 3; q + 2 < n && p < no_comment_end_after; q++) {
                const uint8_t *dash = memchr(s + q, '-', n - q);
                if (!dash) break;
                q = (size_t)(dash - s);
                if (q + 2 < n && s[q + 1] == '-' && s[q + 2] == '>') { end = dash + 3; break; }
            }
            if (!end && p < no_comment_end_after) no_comment_end_after = p;
            i = end ? (size_t)(end - s) : p; // unterminated: keep scanning, whatever libxml2 makes of it
            continue;
        }
        if (p >= n || !is_letter(s[p])) { i = p; continue; }
        size_t name = p;
        while (p < n && !is_space(s[p]) && s[p] != '>' && s[p] != '/') p++;
        size_t name_length = p - name;
        size_t count = 0, cut = 0;
        for (;;) {
            while (p < n && (is_space(s[p]) || s[p] == '/')) p++;
            if (p >= n || s[p] == '>') break;
            if (++count == SIFT_MAX_ATTRIBUTES + 1) cut = p;
            while (p < n && !is_space(s[p]) && s[p] != '=' && s[p] != '>') p++;
            while (p < n && is_space(s[p])) p++;
            if (p < n && s[p] == '=') {
                p++;
                while (p < n && is_space(s[p])) p++;
                if (p < n && (s[p] == '"' || s[p] == '\'')) {
                    const uint8_t *close = memchr(s + p + 1, s[p], n - p - 1);
                    p = close ? (size_t)(close - s) + 1 : n;
                } else {
                    while (p < n && !is_space(s[p]) && s[p] != '>') p++;
                }
            }
        }
        if (cut) {
            if (found < capacity) cuts[found] = (SiftCut){cut, p};
            found++;
        }
        i = p;
        if (name_length == 6 && starts_with(s + name, name_length, "script")) i = skip_raw_text(s, n, i, "</script");
        else if (name_length == 5 && starts_with(s + name, name_length, "style")) i = skip_raw_text(s, n, i, "</style");
    }
    return found;
}

int sift_html_cap_attributes(const uint8_t *html, size_t length, uint8_t **out, size_t *out_length, size_t *capped,
                             SiftCut **cuts_out) {
    if (cuts_out) *cuts_out = NULL;
    *out = NULL;
    *out_length = 0;
    *capped = scan(html, length, NULL, 0);
    if (*capped == 0) return 0;
    SiftCut *cuts = malloc(*capped * sizeof(SiftCut));
    uint8_t *copy = malloc(length + 1);
    if (!cuts || !copy) {
        free(cuts);
        free(copy);
        return -1;
    }
    size_t count = scan(html, length, cuts, *capped), o = 0, from = 0;
    for (size_t k = 0; k < count; k++) {
        memcpy(copy + o, html + from, cuts[k].start - from);
        o += cuts[k].start - from;
        from = cuts[k].end;
    }
    memcpy(copy + o, html + from, length - from);
    o += length - from;
    if (cuts_out) *cuts_out = cuts;
    else free(cuts);
    *out = copy;
    *out_length = o;
    return 1;
}
