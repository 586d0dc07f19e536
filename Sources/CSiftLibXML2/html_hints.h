#ifndef SIFT_HTML_HINTS_H
#define SIFT_HTML_HINTS_H
// What an element's class, id, role, itemprop and custom tag name say about its content (html_hints.c).
#include <stddef.h>
#include <stdint.h>

/// A small per-walk cache of hints by attribute value: pages repeat the same class strings a lot.
enum { SIFT_HINT_CACHE_SIZE = 1024 };
typedef struct SiftHintCache {
    uint64_t keys[SIFT_HINT_CACHE_SIZE]; // 0 = empty
    uint32_t values[SIFT_HINT_CACHE_SIZE];
} SiftHintCache;

/// Which attribute (or name) a value comes from: role and itemprop values are single words with fixed
/// meanings; class, id and custom tag names are split into words first.
enum { SIFT_HINT_FROM_CLASS = 1, SIFT_HINT_FROM_ID = 2, SIFT_HINT_FROM_ROLE = 3, SIFT_HINT_FROM_ITEMPROP = 4,
       SIFT_HINT_FROM_TAG = 5 };

/// The SIFT_HINT_* bits of a NUL-terminated attribute value (or custom tag name).
uint32_t sift_hints(SiftHintCache *cache, int from, const uint8_t *value);

/// Builds the keyword table (once per process; from the extractor's pthread_once).
void sift_hints_init(void);

#endif
