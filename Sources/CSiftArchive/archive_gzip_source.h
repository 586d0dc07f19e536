// A libarchive read callback that inflates a gzip file with ISA-L (internal to CSiftArchive).
#ifndef CSIFT_ARCHIVE_GZIP_SOURCE_H
#define CSIFT_ARCHIVE_GZIP_SOURCE_H
#include <archive.h>
#include <stdint.h>

typedef struct SiftGzipSource SiftGzipSource;

/// 1 when the file at `fd` starts with a gzip member header (read with pread: the offset is unchanged).
int sift_gzip_source_detect(int fd);

/// Opens `a` over the gzip file `fd` (owned and closed by the source); libarchive then sees the
/// uncompressed bytes. Returns the source (freed by sift_gzip_source_free after archive_read_free) or NULL.
SiftGzipSource *sift_gzip_source_open(struct archive *a, int fd);

void sift_gzip_source_free(SiftGzipSource *source);

/// Compressed bytes consumed so far.
int64_t sift_gzip_source_position(const SiftGzipSource *source);
#endif
