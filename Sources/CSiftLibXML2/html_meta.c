// Document metadata met during the walk: <title>, <meta name/property/itemprop content>, <html lang>,
// <link rel=canonical>, <time datetime> and JSON-LD scripts. Title, description and language fill slots;
// the rest become records (SIFT_RECORD_*) that Swift interprets.
#include "html_walk.h"
#include <stdio.h>

/// Replaces `slot` with the collapsed text of `node`'s text children (or of an attribute's value)
/// when `priority` beats what the slot holds and the new value is not empty.
static void fill(MetaSlot *slot, int priority, xmlNode *children) {
    if (priority <= slot->priority) return;
    SiftBuf value = {0};
    int pending = 0;
    for (xmlNode *t = children; t; t = t->next) {
        if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
            sift_collapse_append(&value, t->content, &pending);
    }
    if (value.failed || value.length == 0) {
        free(value.data);
        return;
    }
    free(slot->value.data);
    slot->value = value;
    slot->priority = priority;
}

void sift_meta_title(Walker *w, xmlNode *title) {
    // The first non-empty <title> wins (priority 1 never beats itself).
    fill(&w->title, 1, title->children);
}

void sift_meta_language(Walker *w, xmlNode *html) {
    for (xmlAttr *a = html->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "lang") == 0) fill(&w->language, 2, a->children);
        else if (strcmp(name, "xml:lang") == 0) fill(&w->language, 1, a->children);
    }
}

const char *sift_attribute_text(xmlAttr *a) {
    xmlNode *t = a->children;
    if (!t || t->type != XML_TEXT_NODE || !t->content) return NULL;
    return (const char *)t->content;
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

void sift_meta_tag(Walker *w, xmlNode *meta) {
    const char *key = NULL;
    xmlAttr *content = NULL;
    for (xmlAttr *a = meta->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "content") == 0) content = a;
        else if (!key && (strcmp(name, "name") == 0 || strcmp(name, "property") == 0 || strcmp(name, "itemprop") == 0))
            key = sift_attribute_text(a);
    }
    if (!key || !content) return;
    while (*key == ' ') key++;
    const char *value = sift_attribute_text(content);
    if (value) record(w, SIFT_RECORD_META, key, (const uint8_t *)value, 1, SIFT_RECORD_VALUE_MAX);
    // Priorities: og:* beats twitter:*; a page's first tag of a kind wins over later ones.
    if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "description") == 0) fill(&w->description, 1, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:title") == 0) fill(&w->og_title, 2, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:title") == 0) fill(&w->og_title, 1, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:description") == 0) fill(&w->og_description, 2, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:description") == 0)
        fill(&w->og_description, 1, content->children);
}

/// The value of attribute `name` of `node`, or NULL.
static const char *attribute(xmlNode *node, const char *name) {
    for (xmlAttr *a = node->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, name) == 0) return sift_attribute_text(a);
    }
    return NULL;
}

void sift_meta_link(Walker *w, xmlNode *link) {
    const char *rel = attribute(link, "rel");
    if (!rel || !xmlStrcasestr(BAD_CAST rel, BAD_CAST "canonical")) return;
    const char *href = attribute(link, "href");
    if (href) record(w, SIFT_RECORD_LINK, "canonical", (const uint8_t *)href, 1, SIFT_RECORD_VALUE_MAX);
}

void sift_meta_time(Walker *w, xmlNode *time) {
    if (w->time_records >= SIFT_TIME_RECORDS_MAX) return;
    const char *datetime = attribute(time, "datetime");
    if (!datetime) return;
    char key[24];
    snprintf(key, sizeof(key), "%zu", w->block_count);
    record(w, SIFT_RECORD_TIME, key, (const uint8_t *)datetime, 1, 128);
    w->time_records++;
}

void sift_meta_script(Walker *w, xmlNode *script) {
    const char *type = attribute(script, "type");
    if (!type || !xmlStrcasestr(BAD_CAST type, BAD_CAST "ld+json")) return;
    for (xmlNode *t = script->children; t; t = t->next) {
        if ((t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE) || !t->content) continue;
        size_t length = strlen((const char *)t->content);
        if (w->json_ld_bytes + length > SIFT_JSON_LD_MAX) return;
        w->json_ld_bytes += length;
        record(w, SIFT_RECORD_JSON_LD, "", t->content, 0, SIFT_JSON_LD_MAX);
    }
}
