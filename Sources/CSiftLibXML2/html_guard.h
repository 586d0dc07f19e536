#ifndef SIFT_HTML_GUARD_H
#define SIFT_HTML_GUARD_H
// Input guards that keep libxml2's parse time linear (see html_guard.c).
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/// Attributes kept per start tag; later ones are dropped before parsing.
#define SIFT_MAX_ATTRIBUTES 64

/// Parser errors are charged the open-element depth; the parse stops when the total passes
/// SIFT_DEPTH_BUDGET_PER_BYTE × input length + SIFT_DEPTH_BUDGET_BASE (far above any real page).
#define SIFT_DEPTH_BUDGET_PER_BYTE 64u
#define SIFT_DEPTH_BUDGET_BASE (1u << 26)

/// A byte range [start, end) removed from the input.
typedef struct SiftCut {
    size_t start;
    size_t end;
} SiftCut;

/// When some start tag of `html` has more than SIFT_MAX_ATTRIBUTES attributes, writes a copy without
/// the excess ones to `*out` (malloc'd; the caller frees it) and returns 1; returns 0 when nothing
/// needs to change, -1 when memory ran out. `*capped` is the number of tags shortened. With `cuts`, the
/// removed ranges (in `html`, ascending) are handed over too (malloc'd, the caller frees them; NULL when none).
int sift_html_cap_attributes(const uint8_t *html, size_t length, uint8_t **out, size_t *out_length, size_t *capped,
                             SiftCut **cuts);

#endif
