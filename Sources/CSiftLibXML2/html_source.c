// The source map of the HTML walk: where in the parsed bytes each run of visible text came from.
//
// libxml2 (2.9) hands character data to the SAX handler in chunks, and at each call its input cursor
// (`consumed + (cur - base)`, absolute in the bytes given) tells where parsing is. Measured, not assumed
// (see the tests in SourceMapHTMLTests):
// - a chunk ended by markup or by a reference is delivered with the cursor just after it: its text is
//   source[cursor - length, cursor), byte for byte (CR LF is not normalised);
// - a chunk flushed because the parser's 1000-byte buffer filled is delivered with the cursor ON its last
//   character: source[cursor + l - length, cursor + l), l the length of the character at the cursor;
// - a character or entity reference (`&amp;`, `&#x41;`, `&nbsp;`) is delivered alone, its decoded
//   text, with the cursor just after the reference (after the ';', or after the digits or name
//   when there is none);
// - an unknown entity (`&foo;`, `&amp` without ';') is delivered as "&" with the cursor after the
//   name, then the name as a chunk of its own (the ';' starts the next chunk).
// Every guess is checked against the source bytes: a chunk that matches none of these shapes gets no
// piece (its text is left uncovered) rather than a wrong one.
#include "html_walk.h"

enum {
    /// libxml2's HTML_PARSER_BIG_BUFFER_SIZE: text chunks this long were flushed because the buffer filled.
    FLUSH_SIZE = 1000,
    /// How far back from the cursor a reference's '&' is looked for.
    REFERENCE_MAX = 48,
};

static inline size_t utf8_length(uint8_t lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

/// Whether `text` is the source's bytes ending at `end`.
static inline int ends_at(const Walker *w, const uint8_t *text, size_t length, size_t end) {
    return end >= length && end <= w->source_length && memcmp(w->source + end - length, text, length) == 0;
}

static inline int reference_byte(uint8_t c) {
    return (uint8_t)((c | 0x20) - 'a') < 26 || (uint8_t)(c - '0') < 10 || c == '#' || c == ';';
}

static void located(Walker *w, int64_t start, int64_t end, int verbatim) {
    w->chunk_start = start;
    w->chunk_end = end;
    w->chunk_verbatim = verbatim;
}

void sift_map_chunk(Walker *w, htmlParserCtxtPtr context, const uint8_t *text, size_t length) {
    w->chunk_text = text;
    w->chunk_start = -1;
    xmlParserInputPtr input = context ? context->input : NULL;
    if (!input || !input->cur || !input->base || length == 0) return;
    size_t cursor = (size_t)input->consumed + (size_t)(input->cur - input->base);
    if (cursor > w->source_length) return;
    size_t flushed_end = cursor < w->source_length ? cursor + utf8_length(w->source[cursor]) : cursor;
    // A full buffer is flushed with the cursor on its last character: try that reading first for long chunks.
    if (length >= FLUSH_SIZE && ends_at(w, text, length, flushed_end)) {
        located(w, (int64_t)(flushed_end - length), (int64_t)flushed_end, 1);
        return;
    }
    if (ends_at(w, text, length, cursor)) {
        located(w, (int64_t)(cursor - length), (int64_t)cursor, 1);
        return;
    }
    if (ends_at(w, text, length, flushed_end)) { // "<" read ahead as text: delivered before it is consumed
        located(w, (int64_t)(flushed_end - length), (int64_t)flushed_end, 1);
        return;
    }
    // A reference: back to its '&' over name characters.
    size_t floor = cursor > REFERENCE_MAX ? cursor - REFERENCE_MAX : 0;
    size_t amp = cursor;
    while (amp > floor && w->source[amp - 1] != '&' && reference_byte(w->source[amp - 1])) amp--;
    if (amp == floor || amp == 0 || w->source[amp - 1] != '&') return;
    amp--;
    if (cursor - amp >= 3 && (w->source[amp + 1] == '#' || w->source[cursor - 1] == ';')) {
        located(w, (int64_t)amp, (int64_t)cursor, 0);
    } else if (length == 1 && text[0] == '&') { // an unknown entity's '&': its name follows as text
        located(w, (int64_t)amp, (int64_t)amp + 1, 1);
    }
}

void sift_map_visible(Walker *w, int64_t text_start, size_t count, const uint8_t *from, size_t from_count, int same) {
    if (w->chunk_start < 0) return;
    if (w->chunk_verbatim) {
        int64_t start = w->chunk_start + (int64_t)(from - w->chunk_text);
        sift_pieces_add(&w->pieces, text_start, text_start + (int64_t)count, start, start + (int64_t)from_count, same);
    } else {
        sift_pieces_add(&w->pieces, text_start, text_start + (int64_t)count, w->chunk_start, w->chunk_end, 0);
    }
}

void sift_map_uncut(SiftPieces *pieces, const SiftCut *cuts, size_t cut_count) {
    if (cut_count == 0) return;
    // Where each cut sits in the parsed bytes, and how much was removed up to and including it.
    size_t *at = malloc(cut_count * sizeof(size_t));
    size_t *removed = malloc(cut_count * sizeof(size_t));
    if (!at || !removed) {
        free(at);
        free(removed);
        pieces->failed = 1;
        return;
    }
    size_t total = 0;
    for (size_t k = 0; k < cut_count; k++) {
        at[k] = cuts[k].start - total;
        total += cuts[k].end - cuts[k].start;
        removed[k] = total;
    }
    for (size_t i = 0; i < pieces->count; i++) {
        int64_t *ends[2] = {&pieces->data[i].source_start, &pieces->data[i].source_end};
        for (int e = 0; e < 2; e++) {
            size_t position = (size_t)*ends[e];
            // The last cut at or before the position (text never lies inside a tag, so never inside a cut).
            size_t low = 0, high = cut_count;
            while (low < high) {
                size_t mid = (low + high) / 2;
                if (at[mid] <= position) low = mid + 1; else high = mid;
            }
            if (low > 0) *ends[e] = (int64_t)(position + removed[low - 1]);
        }
    }
    free(at);
    free(removed);
}
