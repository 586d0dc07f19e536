// Compressing output chunks into self-contained gzip members (zlib) or zstd frames (libarchive's
// zstd filter): concatenated members/frames are one valid file, and a file cut at a member
// boundary stays valid, which is what resumable output needs.
#include "CSiftArchive.h"
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static void set_error(char *error, int32_t capacity, const char *text) {
    if (error && capacity > 0) snprintf(error, (size_t)capacity, "%s", text ? text : "unknown error");
}

static int64_t gzip_member(int32_t level, const uint8_t *input, int64_t length, uint8_t **output,
                           char *error, int32_t error_capacity) {
    z_stream stream;
    memset(&stream, 0, sizeof(stream));
    // windowBits 15 + 16: a gzip wrapper with no file name and mtime 0, so equal input gives equal bytes.
    if (deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        set_error(error, error_capacity, "zlib: deflateInit2 failed");
        return -1;
    }
    uLong bound = deflateBound(&stream, (uLong)length) + 32;
    uint8_t *buffer = malloc(bound);
    if (!buffer) {
        deflateEnd(&stream);
        set_error(error, error_capacity, "out of memory");
        return -1;
    }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = buffer;
    stream.avail_out = (uInt)bound;
    int status = deflate(&stream, Z_FINISH);
    int64_t size = (int64_t)stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        free(buffer);
        set_error(error, error_capacity, "zlib: deflate did not finish");
        return -1;
    }
    *output = buffer;
    return size;
}

static int64_t zstd_frame(int32_t level, const uint8_t *input, int64_t length, uint8_t **output,
                          char *error, int32_t error_capacity) {
    size_t capacity = (size_t)length + (size_t)length / 128 + (256 << 10);
    uint8_t *buffer = malloc(capacity);
    if (!buffer) {
        set_error(error, error_capacity, "out of memory");
        return -1;
    }
    struct archive *a = archive_write_new();
    struct archive_entry *entry = archive_entry_new();
    size_t used = 0;
    char value[16];
    snprintf(value, sizeof(value), "%d", level);
    int ok = a && entry
        && archive_write_add_filter_zstd(a) == ARCHIVE_OK
        && archive_write_set_filter_option(a, "zstd", "compression-level", value) == ARCHIVE_OK
        && archive_write_set_format_raw(a) == ARCHIVE_OK
        && archive_write_set_bytes_per_block(a, 0) == ARCHIVE_OK
        && archive_write_open_memory(a, buffer, capacity, &used) == ARCHIVE_OK;
    if (ok) {
        archive_entry_set_pathname(entry, "data");
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_size(entry, length);
        ok = archive_write_header(a, entry) == ARCHIVE_OK
            && (length == 0 || archive_write_data(a, input, (size_t)length) == (la_ssize_t)length)
            && archive_write_close(a) == ARCHIVE_OK;
    }
    if (!ok) set_error(error, error_capacity, a ? archive_error_string(a) : "out of memory");
    if (entry) archive_entry_free(entry);
    if (a) archive_write_free(a);
    if (!ok) {
        free(buffer);
        return -1;
    }
    *output = buffer;
    return (int64_t)used;
}

int64_t sift_compress(int32_t codec, int32_t level, const uint8_t *input, int64_t length, uint8_t **output,
                      char *error, int32_t error_capacity) {
    *output = NULL;
    if (length < 0 || length > (int64_t)1 << 30) {
        set_error(error, error_capacity, "chunk too large to compress at once (over 1 GiB)");
        return -1;
    }
    switch (codec) {
    case SIFT_CODEC_GZIP: return gzip_member(level, input, length, output, error, error_capacity);
    case SIFT_CODEC_ZSTD: return zstd_frame(level, input, length, output, error, error_capacity);
    default:
        set_error(error, error_capacity, "unknown codec");
        return -1;
    }
}

void sift_free(void *pointer) { free(pointer); }
