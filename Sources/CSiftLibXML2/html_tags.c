// Tag table and lookup: an open-addressing hash table over the known tag names, built once.
#include "html_tags.h"
#include <string.h>

#define SIFT_TAG_NAME(id, name, kind, flags) name,
static const char *const tag_names[SIFT_TAG_COUNT] = { SIFT_TAGS(SIFT_TAG_NAME) };
#undef SIFT_TAG_NAME

#define SIFT_TAG_KIND(id, name, kind, flags) kind,
const uint8_t sift_tag_kind[SIFT_TAG_COUNT] = { SIFT_TAGS(SIFT_TAG_KIND) };
#undef SIFT_TAG_KIND

#define SIFT_TAG_FLAGS(id, name, kind, flags) flags,
const uint32_t sift_tag_flags[SIFT_TAG_COUNT] = { SIFT_TAGS(SIFT_TAG_FLAGS) };
#undef SIFT_TAG_FLAGS

enum { TABLE_SIZE = 512 }; // a power of two, over four times the number of tags
static int16_t table[TABLE_SIZE]; // tag ids; 0 (SIFT_TAG_OTHER) marks an empty slot

static inline uint64_t fnv(const uint8_t *name, size_t *length) {
    uint64_t hash = SIFT_FNV_OFFSET;
    size_t i = 0;
    for (; name[i]; i++) hash = (hash ^ name[i]) * SIFT_FNV_PRIME;
    *length = i;
    return hash;
}

void sift_tags_init(void) {
    for (int id = 1; id < SIFT_TAG_COUNT; id++) {
        size_t length;
        uint64_t slot = fnv((const uint8_t *)tag_names[id], &length) & (TABLE_SIZE - 1);
        while (table[slot] != 0) slot = (slot + 1) & (TABLE_SIZE - 1);
        table[slot] = (int16_t)id;
    }
}

int32_t sift_tag_lookup(const uint8_t *name, uint64_t *hash) {
    size_t length;
    uint64_t h = fnv(name, &length);
    *hash = h;
    if (length > 10) return SIFT_TAG_OTHER; // longer than every known tag
    uint64_t slot = h & (TABLE_SIZE - 1);
    for (;;) {
        int16_t id = table[slot];
        if (id == 0) return SIFT_TAG_OTHER;
        if (strcmp(tag_names[id], (const char *)name) == 0) return id;
        slot = (slot + 1) & (TABLE_SIZE - 1);
    }
}

const char *sift_html_tag_name(int32_t tag) {
    if (tag < 0 || tag >= SIFT_TAG_COUNT) return tag_names[SIFT_TAG_OTHER];
    return tag_names[tag];
}

int32_t sift_html_tag_count(void) { return SIFT_TAG_COUNT; }
