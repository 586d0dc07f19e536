// gzip members with ISA-L's igzip (2-3x zlib's inflate speed, the same gzip header parsing and CRC-32
// check): concatenated members (one per WARC record in .warc.gz), and a scanner to find the next member
// header after damaged data, so a reader can resynchronise.
#include "CSiftArchive.h"
#include <isa-l/igzip_lib.h>
#include <stdlib.h>
#include <string.h>

struct SiftGzip {
    struct inflate_state state;
};

static void restart(SiftGzip *gzip) {
    isal_inflate_reset(&gzip->state);
    gzip->state.crc_flag = ISAL_GZIP; // parse the gzip header, verify the CRC-32 and length trailer
}

SiftGzip *sift_gzip_open(void) {
    SiftGzip *gzip = calloc(1, sizeof(SiftGzip));
    if (!gzip) return NULL;
    isal_inflate_init(&gzip->state);
    gzip->state.crc_flag = ISAL_GZIP;
    return gzip;
}

void sift_gzip_close(SiftGzip *gzip) { free(gzip); }

int32_t sift_gzip_inflate(SiftGzip *gzip, const uint8_t *input, int64_t input_length, int64_t *consumed,
                          uint8_t *output, int64_t output_capacity, int64_t *produced) {
    *consumed = 0;
    *produced = 0;
    // igzip counts in uint32_t: feed at most 1 GiB per call.
    uint32_t in_len = input_length > (1 << 30) ? (1u << 30) : (uint32_t)input_length;
    uint32_t out_len = output_capacity > (1 << 30) ? (1u << 30) : (uint32_t)output_capacity;
    struct inflate_state *state = &gzip->state;
    state->next_in = (uint8_t *)input;
    state->avail_in = in_len;
    state->next_out = output;
    state->avail_out = out_len;
    int status = isal_inflate(state);
    *consumed = in_len - state->avail_in;
    *produced = out_len - state->avail_out;
    if (status < 0) { // invalid block, symbol, lookback, wrapper or checksum; unsupported method
        restart(gzip);
        return SIFT_GZIP_DATA_ERROR;
    }
    if (state->block_state == ISAL_BLOCK_FINISH) {
        restart(gzip);
        return SIFT_GZIP_MEMBER_END;
    }
    return SIFT_GZIP_OK; // more input or more output space needed
}

int64_t sift_gzip_find_member(const uint8_t *bytes, int64_t length) {
    for (int64_t i = 0; i + 2 < length; i++) {
        const uint8_t *found = memchr(bytes + i, 0x1f, (size_t)(length - 2 - i));
        if (!found) return -1;
        i = found - bytes;
        if (bytes[i + 1] == 0x8b && bytes[i + 2] == 0x08) return i;
    }
    return -1;
}
