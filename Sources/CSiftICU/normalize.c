// Token normalization for the gazetteer matcher: ICU case folding, NFD minus nonspacing marks, NFC.
#include "CSiftICU.h"
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <stdlib.h>
#include <string.h>

enum { STACK_UNITS = 256 };

/// A scratch buffer that lives on the stack for short tokens and on the heap for long ones.
typedef struct {
    UChar *units;
    int32_t capacity;
    UChar stack[STACK_UNITS];
} Scratch;

static void scratch_init(Scratch *scratch) {
    scratch->units = scratch->stack;
    scratch->capacity = STACK_UNITS;
}

static int scratch_reserve(Scratch *scratch, int32_t capacity) {
    if (capacity <= scratch->capacity) return 1;
    UChar *units = malloc((size_t)capacity * sizeof(UChar));
    if (!units) return 0;
    if (scratch->units != scratch->stack) free(scratch->units);
    scratch->units = units;
    scratch->capacity = capacity;
    return 1;
}

static void scratch_free(Scratch *scratch) {
    if (scratch->units != scratch->stack) free(scratch->units);
}

/// Case-folds `text` into `scratch`; returns the folded length or -1.
static int32_t fold(const UChar *text, int32_t length, Scratch *scratch) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = u_strFoldCase(scratch->units, scratch->capacity, text, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || needed > scratch->capacity) {
        if (!scratch_reserve(scratch, needed + 1)) return -1;
        status = U_ZERO_ERROR;
        needed = u_strFoldCase(scratch->units, scratch->capacity, text, length, U_FOLD_CASE_DEFAULT, &status);
    }
    return U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING ? -1 : needed;
}

/// Normalizes `text` with `normalizer` into `scratch`; returns the length or -1.
static int32_t normalize(const UNormalizer2 *normalizer, const UChar *text, int32_t length, Scratch *scratch) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = unorm2_normalize(normalizer, text, length, scratch->units, scratch->capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || needed > scratch->capacity) {
        if (!scratch_reserve(scratch, needed + 1)) return -1;
        status = U_ZERO_ERROR;
        needed = unorm2_normalize(normalizer, text, length, scratch->units, scratch->capacity, &status);
    }
    return U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING ? -1 : needed;
}

/// ASCII for the Latin letters that NFD leaves whole (with a stroke, without a dot, ligatures); writes
/// up to two units to `out` and returns how many, or 0 when `c` is not one of them.
static int32_t strip_letter(UChar32 c, UChar *out) {
    const char *ascii;
    switch (c) {
    case 0x0141: case 0x013F: ascii = "L"; break;   // Ł Ŀ
    case 0x0142: case 0x0140: ascii = "l"; break;   // ł ŀ
    case 0x00D8: ascii = "O"; break;                // Ø
    case 0x00F8: ascii = "o"; break;                // ø
    case 0x0110: case 0x00D0: ascii = "D"; break;   // Đ Ð
    case 0x0111: case 0x00F0: ascii = "d"; break;   // đ ð
    case 0x0126: ascii = "H"; break;                // Ħ
    case 0x0127: ascii = "h"; break;                // ħ
    case 0x0166: ascii = "T"; break;                // Ŧ
    case 0x0167: ascii = "t"; break;                // ŧ
    case 0x0131: ascii = "i"; break;                // ı
    case 0x00C6: ascii = "AE"; break;               // Æ
    case 0x00E6: ascii = "ae"; break;               // æ
    case 0x0152: ascii = "OE"; break;               // Œ
    case 0x0153: ascii = "oe"; break;               // œ
    case 0x00DE: ascii = "Th"; break;               // Þ
    case 0x00FE: ascii = "th"; break;               // þ
    case 0x00DF: ascii = "ss"; break;               // ß
    case 0x1E9E: ascii = "SS"; break;               // ẞ
    default: return 0;
    }
    int32_t count = 0;
    for (; ascii[count]; count++) out[count] = (UChar)ascii[count];
    return count;
}

int32_t sift_normalize_token(const uint16_t *text, int32_t length, int32_t flags, uint16_t *out, int32_t capacity) {
    if (length <= 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    const UChar *source = (const UChar *)text;
    int32_t sourceLength = length;
    Scratch folded;
    scratch_init(&folded);
    if (flags & SIFT_NORMALIZE_FOLD_CASE) {
        sourceLength = fold(source, length, &folded);
        if (sourceLength < 0) { scratch_free(&folded); return -1; }
        source = folded.units;
    }
    Scratch normalized;
    scratch_init(&normalized);
    int32_t result = -1;
    if (flags & SIFT_NORMALIZE_STRIP_MARKS) {
        const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
        int32_t decomposedLength = U_SUCCESS(status) ? normalize(nfd, source, sourceLength, &normalized) : -1;
        if (decomposedLength >= 0) {
            int32_t written = 0;
            int32_t index = 0;
            while (index < decomposedLength) {
                UChar32 c;
                U16_NEXT(normalized.units, index, decomposedLength, c);
                if (u_charType(c) == U_NON_SPACING_MARK) continue;
                UChar ascii[2];
                int32_t replaced = strip_letter(c, ascii);
                if (replaced > 0) {
                    for (int32_t k = 0; k < replaced; k++, written++) {
                        if (written < capacity) out[written] = ascii[k];
                    }
                    continue;
                }
                int32_t width = U16_LENGTH(c);
                if (written + width <= capacity) {
                    if (width == 1) {
                        out[written] = (uint16_t)c;
                    } else {
                        out[written] = (uint16_t)U16_LEAD(c);
                        out[written + 1] = (uint16_t)U16_TRAIL(c);
                    }
                }
                written += width;
            }
            result = written;
        }
    } else {
        const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
        if (U_SUCCESS(status)) {
            if (unorm2_quickCheck(nfc, source, sourceLength, &status) == UNORM_YES && U_SUCCESS(status)) {
                if (sourceLength <= capacity) memcpy(out, source, (size_t)sourceLength * sizeof(UChar));
                result = sourceLength;
            } else {
                result = normalize(nfc, source, sourceLength, &normalized);
                if (result >= 0 && result <= capacity) memcpy(out, normalized.units, (size_t)result * sizeof(UChar));
            }
        }
    }
    scratch_free(&normalized);
    scratch_free(&folded);
    return result;
}
