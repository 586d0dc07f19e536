// Entry point: parse with libxml2 (silently, no network, no depth cap), walk, hand back owned buffers.
#include "html_walk.h"
#include "html_guard.h"
#include <limits.h>
#include <pthread.h>

static pthread_once_t initialized = PTHREAD_ONCE_INIT;

static void initialize(void) {
    xmlInitParser();
    sift_tags_init();
    sift_hints_init();
}

static void silent_generic(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Charges parser errors against a work budget (see html_guard.h): the scans that make libxml2
/// quadratic each end in an error, and cost about the depth of the open-element stack.
typedef struct ParseBudget {
    htmlParserCtxtPtr context;
    uint64_t work;
    uint64_t limit;
    int stopped;
} ParseBudget;

static void charge_error(void *data, xmlErrorPtr error) {
    (void)error;
    ParseBudget *budget = data;
    if (budget->stopped || !budget->context) return;
    budget->work += (uint64_t)(budget->context->nameNr > 0 ? budget->context->nameNr : 0) + 1;
    if (budget->work > budget->limit) {
        budget->stopped = 1;
        xmlStopParser(budget->context);
    }
}

/// Parses `html` with libxml2's error output silenced, feeding the walker's SAX handlers (no tree is
/// built). libxml2 keeps its error handlers per thread (it is built with thread support), so setting and
/// restoring them here affects this thread only. Errors go to `charge_error`, which stops the parse
/// when the budget is spent (`*stopped` = 1).
static void parse(Walker *w, const uint8_t *html, size_t length, int *stopped, int *no_memory) {
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (!context || !context->sax) {
        if (context) htmlFreeParserCtxt(context);
        *no_memory = 1;
        return;
    }
    memset(context->sax, 0, sizeof(*context->sax));
    context->sax->initialized = 1; // SAX1-style handlers, as libxml2's HTML parser calls them
    context->sax->startElement = sift_sax_start;
    context->sax->endElement = sift_sax_end;
    context->sax->characters = sift_sax_characters;
    context->sax->cdataBlock = sift_sax_characters; // <script> and <style> content (captured for JSON-LD)
    context->_private = w;
    ParseBudget budget = {context, 0, (uint64_t)length * SIFT_DEPTH_BUDGET_PER_BYTE + SIFT_DEPTH_BUDGET_BASE, 0};
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, silent_generic);
    xmlSetStructuredErrorFunc(&budget, charge_error);
    // XML_PARSE_HUGE lifts libxml2's nesting cap of 256 (past it, 2.9 stops parsing and loses the rest of
    // the page); the walk keeps its own stack, so depth costs memory only.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_NODEFDTD | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlCtxtReadMemory(context, (const char *)html, (int)length, NULL, "UTF-8", options);
    if (doc) xmlFreeDoc(doc); // not built by our handlers; freed should a libxml2 version make one
    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);
    htmlFreeParserCtxt(context);
    *stopped = budget.stopped;
}

/// Moves a metadata slot into a NUL-terminated string (NULL when empty).
static char *take(MetaSlot *slot, int *failed) {
    SiftBuf *value = &slot->value;
    if (value->length == 0) {
        free(value->data);
        return NULL;
    }
    sift_buf_byte(value, 0);
    if (value->failed) {
        free(value->data);
        *failed = 1;
        return NULL;
    }
    return (char *)value->data;
}

static void discard(Walker *w) {
    free(w->text.data);
    free(w->blocks);
    free(w->nodes);
    free(w->records.data);
    free(w->pieces.data);
    MetaSlot *slots[] = {&w->title, &w->description, &w->og_title, &w->og_description, &w->language};
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++) free(slots[i]->value.data);
}

int32_t sift_html_extract(const uint8_t *html, size_t length, const char *drop_tags, size_t drop_tags_length,
                          int32_t flags, SiftHTMLResult *result) {
    memset(result, 0, sizeof(*result));
    pthread_once(&initialized, initialize);
    if (length > INT_MAX) return SIFT_HTML_ERROR_TOO_LARGE;

    Walker *w = calloc(1, sizeof(Walker));
    if (!w) return SIFT_HTML_ERROR_NO_MEMORY;
    for (int tag = 0; tag < SIFT_TAG_COUNT; tag++) w->drop[tag] = sift_tag_kind[tag] == SIFT_K_DROP;
    // Extra tags: known ones go into the table, unknown ones are compared by name during the walk.
    for (size_t i = 0; drop_tags && i < drop_tags_length;) {
        const char *name = drop_tags + i;
        size_t name_length = strnlen(name, drop_tags_length - i);
        if (name_length > 0 && name_length < 64) {
            char copy[64];
            memcpy(copy, name, name_length);
            copy[name_length] = 0;
            uint64_t hash;
            int32_t tag = sift_tag_lookup((const uint8_t *)copy, &hash);
            if (tag != SIFT_TAG_OTHER) {
                w->drop[tag] = 1;
            } else {
                w->extra_drops = drop_tags;
                w->extra_drops_length = drop_tags_length;
            }
        }
        i += name_length + 1;
    }
    if (flags & SIFT_HTML_KEEP_FALLBACKS) {
        // <noframes> sits inside <frameset>, which holds nothing else with text.
        w->drop[SIFT_TAG_NOSCRIPT] = w->drop[SIFT_TAG_NOFRAMES] = w->drop[SIFT_TAG_FRAMESET] = 0;
    }
    w->drop[SIFT_TAG_HTML] = 0; // the walk needs the root and body
    w->drop[SIFT_TAG_BODY] = 0;
    w->drop[SIFT_TAG_OTHER] = 0;

    int32_t status = SIFT_HTML_OK;
    uint8_t *capped_copy = NULL;
    size_t capped_length = 0, capped_tags = 0;
    SiftCut *cuts = NULL;
    if (sift_html_cap_attributes(html, length, &capped_copy, &capped_length, &capped_tags,
                                 (flags & SIFT_HTML_SOURCE_MAP) ? &cuts : NULL) < 0)
        status = SIFT_HTML_ERROR_NO_MEMORY;
    if (capped_copy) {
        html = capped_copy;
        length = capped_length;
    }
    if (flags & SIFT_HTML_SOURCE_MAP) {
        w->map = 1;
        w->source = html;
        w->source_length = length;
        w->chunk_start = -1;
    }
    int stopped = 0, no_memory = 0;
    if (length > 0 && status == SIFT_HTML_OK) {
        sift_buf_grow(&w->text, length / 8 + 64);
        if (sift_walk_begin(w) != 0) {
            status = SIFT_HTML_ERROR_NO_MEMORY;
        } else {
            parse(w, html, length, &stopped, &no_memory);
            if (sift_walk_end(w) != 0) no_memory = 1;
        }
    }
    free(capped_copy);
    free(w->captured.data);
    if (w->map && cuts) sift_map_uncut(&w->pieces, cuts, (size_t)capped_tags);
    free(cuts);
    if (w->pieces.failed) no_memory = 1; // a map that lost pieces would mislead
    if (stopped) {
        status = SIFT_HTML_ERROR_TOO_COMPLEX;
    } else if (no_memory) {
        status = SIFT_HTML_ERROR_NO_MEMORY;
    } else if (status == SIFT_HTML_OK && w->text.length == 0) {
        status = SIFT_HTML_EMPTY;
    }
    int failed = 0;
    sift_buf_byte(&w->text, 0);
    if (status < 0 || w->text.failed) {
        discard(w);
        free(w->stack);
        free(w);
        return status < 0 ? status : SIFT_HTML_ERROR_NO_MEMORY;
    }
    result->text = w->text.data;
    result->text_length = w->text.length - 1;
    result->blocks = w->blocks;
    result->block_count = w->block_count;
    result->title = take(&w->title, &failed);
    result->description = take(&w->description, &failed);
    result->og_title = take(&w->og_title, &failed);
    result->og_description = take(&w->og_description, &failed);
    result->language = take(&w->language, &failed);
    result->nodes = w->nodes;
    result->node_count = w->node_count;
    if (w->records.failed) {
        free(w->records.data); // metadata records are a bonus: losing them is not an error
    } else {
        result->records = w->records.data;
        result->records_length = w->records.length;
    }
    result->pieces = w->pieces.data;
    result->piece_count = w->pieces.count;
    result->element_count = w->element_count;
    result->max_depth = w->max_depth;
    result->capped_tags = (int64_t)capped_tags;
    free(w->stack);
    free(w);
    if (failed) {
        sift_html_result_free(result);
        return SIFT_HTML_ERROR_NO_MEMORY;
    }
    return status;
}

void sift_html_result_free(SiftHTMLResult *result) {
    if (!result) return;
    free(result->text);
    free(result->blocks);
    free(result->nodes);
    free(result->records);
    free(result->pieces);
    free(result->title);
    free(result->description);
    free(result->og_title);
    free(result->og_description);
    free(result->language);
    memset(result, 0, sizeof(*result));
}
