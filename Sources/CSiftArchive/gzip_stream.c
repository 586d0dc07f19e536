// gzip members with zlib: concatenated members (one per WARC record in .warc.gz), and a scanner to
// find the next member header after damaged data, so a reader can resynchronise.
#include "CSiftArchive.h"
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct SiftGzip {
    z_stream stream;
    int ready;
};

static int start(SiftGzip *gzip) {
    memset(&gzip->stream, 0, sizeof(gzip->stream));
    gzip->ready = inflateInit2(&gzip->stream, 16 + MAX_WBITS) == Z_OK;
    return gzip->ready;
}

SiftGzip *sift_gzip_open(void) {
    SiftGzip *gzip = calloc(1, sizeof(SiftGzip));
    if (!gzip) return NULL;
    if (!start(gzip)) {
        free(gzip);
        return NULL;
    }
    return gzip;
}

void sift_gzip_close(SiftGzip *gzip) {
    if (!gzip) return;
    if (gzip->ready) inflateEnd(&gzip->stream);
    free(gzip);
}

int32_t sift_gzip_inflate(SiftGzip *gzip, const uint8_t *input, int64_t input_length, int64_t *consumed,
                          uint8_t *output, int64_t output_capacity, int64_t *produced) {
    *consumed = 0;
    *produced = 0;
    if (!gzip->ready) return SIFT_GZIP_NO_MEMORY;
    // zlib counts in uInt: feed at most 1 GiB per call.
    uInt in_len = input_length > (1 << 30) ? (1u << 30) : (uInt)input_length;
    uInt out_len = output_capacity > (1 << 30) ? (1u << 30) : (uInt)output_capacity;
    gzip->stream.next_in = (Bytef *)input;
    gzip->stream.avail_in = in_len;
    gzip->stream.next_out = output;
    gzip->stream.avail_out = out_len;
    int status = inflate(&gzip->stream, Z_NO_FLUSH);
    *consumed = in_len - gzip->stream.avail_in;
    *produced = out_len - gzip->stream.avail_out;
    switch (status) {
    case Z_OK:
    case Z_BUF_ERROR: // no progress possible with this input: the caller brings more
        return SIFT_GZIP_OK;
    case Z_STREAM_END:
        inflateReset(&gzip->stream);
        return SIFT_GZIP_MEMBER_END;
    case Z_MEM_ERROR:
        return SIFT_GZIP_NO_MEMORY;
    default: // Z_DATA_ERROR, Z_NEED_DICT, Z_STREAM_ERROR
        inflateReset(&gzip->stream);
        return SIFT_GZIP_DATA_ERROR;
    }
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
