// The piece list behind the source map: runs of output text and the input bytes they came from.
#include "sift_text.h"

static int grow(SiftPieces *pieces) {
    size_t capacity = pieces->capacity ? pieces->capacity * 2 : 256;
    SiftSourcePiece *data = realloc(pieces->data, capacity * sizeof(SiftSourcePiece));
    if (!data) {
        pieces->failed = 1;
        return 0;
    }
    pieces->data = data;
    pieces->capacity = capacity;
    return 1;
}

void sift_pieces_add(SiftPieces *pieces, int64_t text_start, int64_t text_end, int64_t source_start, int64_t source_end,
                     int verbatim) {
    if (pieces->failed) return;
    if (pieces->count > 0) {
        SiftSourcePiece *last = &pieces->data[pieces->count - 1];
        if (last->text_end == text_start) {
            if (verbatim && last->verbatim && last->source_end == source_start) {
                last->text_end = text_end;
                last->source_end = source_end;
                return;
            }
            if (!verbatim && !last->verbatim && last->source_start == source_start && last->source_end == source_end) {
                last->text_end = text_end;
                return;
            }
        }
    }
    if (pieces->count == pieces->capacity && !grow(pieces)) return;
    pieces->data[pieces->count++] = (SiftSourcePiece){text_start, text_end, source_start, source_end, verbatim ? 1 : 0};
}

void sift_source_pieces_free(SiftSourcePiece *pieces) { free(pieces); }
