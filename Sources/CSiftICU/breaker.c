#include "CSiftICU.h"
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <stdlib.h>

struct SiftBreaker {
    UBreakIterator *iterator;
};

static UBreakIteratorType iterator_type(int32_t kind) {
    switch (kind) {
    case SIFT_BREAK_CHARACTER: return UBRK_CHARACTER;
    case SIFT_BREAK_LINE: return UBRK_LINE;
    case SIFT_BREAK_SENTENCE: return UBRK_SENTENCE;
    default: return UBRK_WORD;
    }
}

/// Boxes a freshly opened iterator, or reports why there is none (closing a half-made one).
static SiftBreaker *wrap(UBreakIterator *iterator, UErrorCode status, int32_t *error) {
    if (U_FAILURE(status) || iterator == NULL) {
        if (error) *error = (int32_t)(U_FAILURE(status) ? status : U_INTERNAL_PROGRAM_ERROR);
        if (iterator) ubrk_close(iterator);
        return NULL;
    }
    SiftBreaker *breaker = malloc(sizeof(SiftBreaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (error) *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    if (error) *error = 0;
    return breaker;
}

SiftBreaker *sift_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(iterator_type(kind), locale, NULL, 0, &status);
    return wrap(iterator, status, error);
}

SiftBreaker *sift_breaker_clone(const SiftBreaker *breaker, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &status);
    return wrap(iterator, status, error);
}

void sift_breaker_close(SiftBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t sift_breaker_set_text(SiftBreaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_SUCCESS(status)) ubrk_first(breaker->iterator);
    return (int32_t)status;
}

int32_t sift_breaker_fill(SiftBreaker *breaker, int32_t *boundaries, int32_t *rule_status, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = boundary;
        if (rule_status) rule_status[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t sift_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match) {
        const char *found = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && found) {
            int32_t i = 0;
            for (; found[i] && i < name_capacity - 1; i++) name[i] = found[i];
            if (name_capacity > 0) name[i] = 0;
            confidence = ucsdet_getConfidence(match, &status);
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int32_t sift_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = ucnv_convert("UTF-8", charset, out, capacity, bytes, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    return -1;
}
