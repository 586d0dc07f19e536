#ifndef CSIFT_ARCHIVE_H
#define CSIFT_ARCHIVE_H
// Plain-C facade over libarchive (archive members, compressed streams), ISA-L igzip (gzip members) and zlib
// (writing gzip).
// Deliberately includes no libarchive or zlib header: Swift sees opaque handles and plain C types only.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Reading archives and compressed streams (libarchive)

/// An open archive or compressed stream (opaque). Not thread-safe: one reader per thread.
typedef struct SiftArchive SiftArchive;

enum {
    /// Open as an archive of members, format by content: tar (any compression), cpio, rar.
    SIFT_ARCHIVE_MEMBERS = 0,
    /// Open as one compressed stream (.zst, .bz2, .xz, .gz, ...): a single member named "data".
    SIFT_ARCHIVE_RAW = 1,
    /// Only tar (any compression): a truncated stream still yields the members before the cut.
    SIFT_ARCHIVE_TAR = 2,
    SIFT_ARCHIVE_ZIP = 3,
    SIFT_ARCHIVE_7ZIP = 4,
};

enum {
    SIFT_ARCHIVE_ENTRY = 1,         ///< a member header was read
    SIFT_ARCHIVE_END = 0,           ///< no more members
    SIFT_ARCHIVE_ENTRY_FAILED = -1, ///< this member is damaged; the next one may still be readable
    SIFT_ARCHIVE_FATAL = -2,        ///< the archive cannot be read any further
};

/// Opens `path` (mode SIFT_ARCHIVE_*). Returns NULL on failure and writes a message into `error`.
SiftArchive *sift_archive_open(const char *path, int32_t mode, char *error, int32_t error_capacity);

/// Opens an already open file descriptor (not closed by the reader; no seeking, so no zip/7z).
SiftArchive *sift_archive_open_fd(int32_t fd, int32_t mode, char *error, int32_t error_capacity);

void sift_archive_close(SiftArchive *archive);

/// Advances to the next member. Returns SIFT_ARCHIVE_ENTRY, _END, _ENTRY_FAILED or _FATAL.
int32_t sift_archive_next(SiftArchive *archive);

/// The current member's path (UTF-8 when the archive says so, else as stored); never NULL.
const char *sift_archive_entry_path(SiftArchive *archive);

/// The current member's size in bytes, or -1 when the archive does not record it.
int64_t sift_archive_entry_size(SiftArchive *archive);

/// 1 when the current member is a regular file, 0 for folders, links, devices.
int32_t sift_archive_entry_is_file(SiftArchive *archive);

/// 1 when the current member is encrypted (its data cannot be read).
int32_t sift_archive_entry_is_encrypted(SiftArchive *archive);

/// Reads up to `capacity` bytes of the current member. Returns the count, 0 at its end, or
/// SIFT_ARCHIVE_ENTRY_FAILED / SIFT_ARCHIVE_FATAL (see sift_archive_error).
int64_t sift_archive_read(SiftArchive *archive, void *buffer, int64_t capacity);

/// The last error message; never NULL.
const char *sift_archive_error(SiftArchive *archive);

/// Compressed bytes consumed from the file so far (for progress).
int64_t sift_archive_position(SiftArchive *archive);

// MARK: - gzip members (ISA-L igzip), with resynchronisation after damage

/// A gzip decoder that handles concatenated members (as in .warc.gz) (opaque).
typedef struct SiftGzip SiftGzip;

enum {
    SIFT_GZIP_OK = 0,          ///< progress made; call again
    SIFT_GZIP_MEMBER_END = 1,  ///< a member ended; the decoder is ready for the next one
    SIFT_GZIP_DATA_ERROR = -1, ///< the data is not valid gzip (header, deflate data or checksum)
    SIFT_GZIP_NO_MEMORY = -2,
};

SiftGzip *sift_gzip_open(void);
void sift_gzip_close(SiftGzip *gzip);

/// Decodes from `input` into `output`. `*consumed` and `*produced` receive the byte counts.
/// Returns SIFT_GZIP_*; after MEMBER_END or DATA_ERROR the decoder is reset for a new member.
int32_t sift_gzip_inflate(SiftGzip *gzip, const uint8_t *input, int64_t input_length, int64_t *consumed,
                          uint8_t *output, int64_t output_capacity, int64_t *produced);

/// The offset of the next gzip member header (1f 8b 08) in `bytes`, or -1 when there is none.
int64_t sift_gzip_find_member(const uint8_t *bytes, int64_t length);

// MARK: - Compressing output chunks

enum {
    SIFT_CODEC_GZIP = 1, ///< one gzip member (zlib; no file name, mtime 0: deterministic)
    SIFT_CODEC_ZSTD = 2, ///< one zstd frame (through libarchive's zstd filter)
};

/// Compresses `length` bytes into one self-contained member/frame. On success returns the size and
/// sets `*output` to a buffer to release with sift_free; returns -1 and writes `error` on failure.
int64_t sift_compress(int32_t codec, int32_t level, const uint8_t *input, int64_t length, uint8_t **output,
                      char *error, int32_t error_capacity);

void sift_free(void *pointer);

#ifdef __cplusplus
}
#endif
#endif
