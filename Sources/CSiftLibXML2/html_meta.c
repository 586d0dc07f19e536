// Document metadata met during the walk: <title>, <meta name/property content>, <html lang>.
#include "html_walk.h"

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

/// The text of an attribute's value, when it is a single text node (as libxml2's HTML parser makes it).
static const char *attribute_text(xmlAttr *a) {
    xmlNode *t = a->children;
    if (!t || t->type != XML_TEXT_NODE || !t->content) return NULL;
    return (const char *)t->content;
}

void sift_meta_tag(Walker *w, xmlNode *meta) {
    const char *key = NULL;
    xmlAttr *content = NULL;
    for (xmlAttr *a = meta->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        if (strcmp(name, "content") == 0) content = a;
        else if (!key && (strcmp(name, "name") == 0 || strcmp(name, "property") == 0)) key = attribute_text(a);
    }
    if (!key || !content) return;
    while (*key == ' ') key++;
    // Priorities: og:* beats twitter:*; a page's first tag of a kind wins over later ones.
    if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "description") == 0) fill(&w->description, 1, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:title") == 0) fill(&w->og_title, 2, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:title") == 0) fill(&w->og_title, 1, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:description") == 0) fill(&w->og_description, 2, content->children);
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "twitter:description") == 0)
        fill(&w->og_description, 1, content->children);
}
