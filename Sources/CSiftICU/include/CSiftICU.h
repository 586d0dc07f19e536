#ifndef CSIFT_ICU_H
#define CSIFT_ICU_H
// Plain-C facade over ICU's break iterators. Deliberately includes no ICU header: Swift's Foundation
// bundles its own ICU module and importing the system headers clashes ('UErrorCode' redefinition).
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator (opaque). Not thread-safe: use one per thread, or pool them.
typedef struct SiftBreaker SiftBreaker;

enum {
    SIFT_BREAK_CHARACTER = 0,
    SIFT_BREAK_WORD = 1,
    SIFT_BREAK_LINE = 2,
    SIFT_BREAK_SENTENCE = 3,
};

/// Opens a break iterator of `kind` (SIFT_BREAK_*) for `locale` (e.g. "en", "en@ss=standard").
/// Returns NULL and sets *error to the ICU error code (> 0) on failure.
SiftBreaker *sift_breaker_open(int32_t kind, const char *locale, int32_t *error);

/// Opens an independent copy of `breaker` (cheaper than opening anew). NULL on failure.
SiftBreaker *sift_breaker_clone(const SiftBreaker *breaker, int32_t *error);

void sift_breaker_close(SiftBreaker *breaker);

/// Points the iterator at `text` (UTF-16, not copied: it must outlive the iteration). Returns an ICU error code (0 = ok).
int32_t sift_breaker_set_text(SiftBreaker *breaker, const uint16_t *text, int32_t length);

/// Writes the next boundaries (after the first, 0) and their rule statuses, up to `capacity`.
/// Returns how many were written; 0 when the text is exhausted. `rule_status` may be NULL.
int32_t sift_breaker_fill(SiftBreaker *breaker, int32_t *boundaries, int32_t *rule_status, int32_t capacity);

/// Detects the charset of `bytes` with ICU's detector; writes its name (NUL-terminated) into `name`.
/// Returns the confidence (0…100), or -1 when nothing was detected.
int32_t sift_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity);

/// Converts `length` bytes in `charset` to UTF-8. Writes at most `capacity` bytes to `out`.
/// Returns the number of UTF-8 bytes the full conversion needs (call again with a larger buffer
/// when it exceeds `capacity`), or -1 when the charset is unknown.
int32_t sift_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *out, int32_t capacity);

/// Flags for sift_normalize_token.
enum {
    /// Full Unicode case folding (u_strFoldCase, default options): `Straße` → `strasse`, `İ` → `i̇`.
    SIFT_NORMALIZE_FOLD_CASE = 1,
    /// Drop diacritics: canonical decomposition (NFD) minus nonspacing marks (Mn), plus the Latin letters that
    /// do not decompose: ł → l, ø → o, đ ð → d, ħ → h, ŧ → t, ı → i, æ → ae, œ → oe, þ → th, ß → ss (and
    /// their capitals). Without it the result is NFC.
    SIFT_NORMALIZE_STRIP_MARKS = 2,
};

/// Normalizes one token (UTF-16) for gazetteer matching: case folding and/or diacritic stripping per `flags`
/// (SIFT_NORMALIZE_*), NFC otherwise. Writes at most `capacity` units to `out` and returns the length of the
/// result; when that exceeds `capacity` nothing usable was written: call again with a larger buffer.
/// Returns -1 when ICU fails. Thread-safe (ICU's normalizer instances are shared singletons).
int32_t sift_normalize_token(const uint16_t *text, int32_t length, int32_t flags, uint16_t *out, int32_t capacity);

/// Asks the CPU to start loading the cache line that holds `address` (a read, kept in all cache levels).
/// The gazetteer matcher issues it a few tokens ahead of its hash-table probes so that misses overlap.
/// A compiler builtin, not ICU: inline, no call.
static inline void sift_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#ifdef __cplusplus
}
#endif
#endif
