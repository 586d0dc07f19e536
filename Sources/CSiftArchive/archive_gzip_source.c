// gzip-compressed archives (.tar.gz, .tgz, .gz) inflated by ISA-L's igzip instead of libarchive's zlib
// filter: libarchive reads the uncompressed stream through this callback. Inflating is most of the cost of
// reading a .tar.gz, and igzip does it at 2-3x zlib's speed. Concatenated members are followed; bytes after
// the last member that do not start another one are ignored (as gzip(1) does with trailing zeros).
#include "archive_gzip_source.h"
#include "CSiftArchive.h"
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

enum { INPUT_SIZE = 1 << 18, OUTPUT_SIZE = 1 << 18 };

struct SiftGzipSource {
    int fd;
    SiftGzip *gzip;
    uint8_t *input;
    size_t input_start, input_end;
    uint8_t *output;
    int64_t compressed;   // bytes read from the file
    int end_of_file;      // read(2) returned 0
    int in_member;        // inside a member (its end not seen yet)
    int members;          // members read to their end
    int finished;         // after the last member
};

int sift_gzip_source_detect(int fd) {
    uint8_t magic[3];
    return pread(fd, magic, 3, 0) == 3 && magic[0] == 0x1f && magic[1] == 0x8b && magic[2] == 0x08;
}

// Fills the input buffer; 1 when there is input, 0 at the end of the file, -1 on a read error.
static int fill(SiftGzipSource *source) {
    if (source->input_start < source->input_end) return 1;
    if (source->end_of_file) return 0;
    for (;;) {
        ssize_t count = read(source->fd, source->input, INPUT_SIZE);
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) return -1;
        source->input_start = 0;
        source->input_end = (size_t)count;
        source->compressed += count;
        if (count == 0) source->end_of_file = 1;
        return count > 0;
    }
}

static la_ssize_t read_callback(struct archive *a, void *client, const void **buffer) {
    SiftGzipSource *source = client;
    for (;;) {
        if (source->finished) return 0;
        int filled = fill(source);
        if (filled < 0) {
            archive_set_error(a, errno, "read failed");
            return -1;
        }
        if (filled == 0) {
            if (!source->in_member) return 0;
            archive_set_error(a, EILSEQ, "truncated gzip data: the file ends inside a compressed member");
            return -1;
        }
        if (!source->in_member) {
            // A member must start here; anything else after a complete member is trailing data.
            if (source->members > 0 && source->input[source->input_start] != 0x1f) {
                source->finished = 1;
                return 0;
            }
            source->in_member = 1;
        }
        int64_t consumed = 0, produced = 0;
        int32_t status = sift_gzip_inflate(source->gzip, source->input + source->input_start,
                                           (int64_t)(source->input_end - source->input_start), &consumed,
                                           source->output, OUTPUT_SIZE, &produced);
        source->input_start += (size_t)consumed;
        if (status == SIFT_GZIP_DATA_ERROR) {
            archive_set_error(a, EILSEQ, "damaged gzip data (bad header, deflate data or checksum)");
            return -1;
        }
        if (status == SIFT_GZIP_MEMBER_END) {
            source->in_member = 0;
            source->members++;
        }
        if (produced > 0) {
            *buffer = source->output;
            return (la_ssize_t)produced;
        }
    }
}

SiftGzipSource *sift_gzip_source_open(struct archive *a, int fd) {
    SiftGzipSource *source = calloc(1, sizeof(SiftGzipSource));
    if (!source) {
        close(fd);
        return NULL;
    }
    source->fd = fd;
    source->gzip = sift_gzip_open();
    source->input = malloc(INPUT_SIZE);
    source->output = malloc(OUTPUT_SIZE);
    if (!source->gzip || !source->input || !source->output ||
        archive_read_open(a, source, NULL, read_callback, NULL) != ARCHIVE_OK) {
        sift_gzip_source_free(source);
        return NULL;
    }
    return source;
}

void sift_gzip_source_free(SiftGzipSource *source) {
    if (!source) return;
    sift_gzip_close(source->gzip);
    free(source->input);
    free(source->output);
    close(source->fd);
    free(source);
}

int64_t sift_gzip_source_position(const SiftGzipSource *source) {
    return source->compressed - (int64_t)(source->input_end - source->input_start);
}
