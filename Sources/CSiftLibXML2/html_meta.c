// Document metadata met during the walk: <title>, <meta name/property/itemprop content>, <html lang>,
// <link rel=canonical>, <time datetime> and JSON-LD scripts. Title, description and language fill slots;
// the rest become records (SIFT_RECORD_*) that Swift interprets.
#include "html_walk.h"
#include <stdio.h>

/// Replaces `slot` with the collapsed text of `value` (NUL-terminated) when `priority` beats what the
/// slot holds and the new value is not empty.
static void fill(MetaSlot *slot, int priority, const xmlChar *value) {
    if (priority <= slot->priority || !value) return;
    SiftBuf collapsed = {0};
    int pending = 0;
    sift_collapse_append(&collapsed, value, &pending);
    if (collapsed.failed || collapsed.length == 0) {
        free(collapsed.data);
        return;
    }
    free(slot->value.data);
    slot->value = collapsed;
    slot->priority = priority;
}

const char *sift_attribute(const xmlChar **atts, const char *name) {
    for (size_t i = 0; atts && atts[i]; i += 2) {
        if (strcmp((const char *)atts[i], name) == 0) return (const char *)atts[i + 1];
    }
    return NULL;
}

void sift_meta_language(Walker *w, const xmlChar **atts) {
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *name = (const char *)atts[i];
        if (strcmp(name, "lang") == 0) fill(&w->language, 2, atts[i + 1]);
        else if (strcmp(name, "xml:lang") == 0) fill(&w->language, 1, atts[i + 1]);
    }
}

/// Appends a record: kind, key (lowercased, at most 127 bytes), NUL, value (whitespace-collapsed when
/// `collapse`, at most `cap` bytes, cut at a character boundary), NUL. Empty values are not recorded.
static void record(Walker *w, uint8_t kind, const char *key, const uint8_t *value, int collapse, size_t cap) {
    SiftBuf *r = &w->records;
    size_t mark = r->length;
    sift_buf_byte(r, kind);
    for (size_t i = 0; key[i] && i < 127; i++) sift_buf_byte(r, (uint8_t)((key[i] >= 'A' && key[i] <= 'Z') ? key[i] | 0x20 : key[i]));
    sift_buf_byte(r, 0);
    size_t start = r->length;
    if (collapse) {
        int pending = 0;
        sift_collapse_append(r, value, &pending);
    } else {
        sift_buf_append(r, value, strlen((const char *)value));
    }
    if (r->length - start > cap) {
        size_t end = start + cap;
        while (end > start && (r->data[end] & 0xC0) == 0x80) end--; // never cut a character in two
        r->length = end;
    }
    if (r->failed) return;
    if (r->length == start) {
        r->length = mark;
        return;
    }
    sift_buf_byte(r, 0);
}

void sift_meta_tag(Walker *w, const xmlChar **atts) {
    const char *key = NULL;
    const xmlChar *content = NULL;
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *name = (const char *)atts[i];
        if (strcmp(name, "content") == 0) content = atts[i + 1];
        else if (!key && (strcmp(name, "name") == 0 || strcmp(name, "property") == 0 || strcmp(name, "itemprop") == 0))
            key = (const char *)atts[i + 1];
    }
    if (!key || !content) return;
    while (*key == ' ') key++;
    record(w, SIFT_RECORD_META, key, content, 1, SIFT_RECORD_VALUE_MAX);
    // Priorities: og:* beats twitter:*; a page's first tag of a kind wins over later ones.
    if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "description") == 0) fill(&w->description, 1, content);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:title") == 0) fill(&w->og_title, 2, content);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:title") == 0) fill(&w->og_title, 1, content);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:description") == 0) fill(&w->og_description, 2, content);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:description") == 0) fill(&w->og_description, 1, content);
}

void sift_meta_link(Walker *w, const xmlChar **atts) {
    const char *rel = sift_attribute(atts, "rel");
    if (!rel || !xmlStrcasestr(BAD_CAST rel, BAD_CAST "canonical")) return;
    const char *href = sift_attribute(atts, "href");
    if (href) record(w, SIFT_RECORD_LINK, "canonical", (const uint8_t *)href, 1, SIFT_RECORD_VALUE_MAX);
}

void sift_meta_time(Walker *w, const xmlChar **atts) {
    if (w->time_records >= SIFT_TIME_RECORDS_MAX) return;
    const char *datetime = sift_attribute(atts, "datetime");
    if (!datetime) return;
    char key[24];
    snprintf(key, sizeof(key), "%zu", w->block_count);
    record(w, SIFT_RECORD_TIME, key, (const uint8_t *)datetime, 1, 128);
    w->time_records++;
}

int sift_meta_is_json_ld(const xmlChar **atts) {
    const char *type = sift_attribute(atts, "type");
    return type && xmlStrcasestr(BAD_CAST type, BAD_CAST "ld+json") != NULL;
}

void sift_meta_captured(Walker *w) {
    SiftBuf *text = &w->captured;
    sift_buf_byte(text, 0);
    if (!text->failed && text->length > 1) {
        if (w->capture == CAPTURE_TITLE) {
            fill(&w->title, 1, text->data); // the first non-empty <title> wins (priority 1 never beats itself)
        } else if (w->capture == CAPTURE_JSON_LD && w->json_ld_bytes + text->length <= SIFT_JSON_LD_MAX) {
            w->json_ld_bytes += text->length;
            record(w, SIFT_RECORD_JSON_LD, "", text->data, 0, SIFT_JSON_LD_MAX);
        }
    }
    text->length = 0;
    text->failed = 0;
    w->capture = CAPTURE_NONE;
}
