// libarchive behind plain C: members of tar/zip/7z/... archives, or one decompressed stream (raw mode).
#include "CSiftArchive.h"
#include "archive_gzip_source.h"
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

struct SiftArchive {
    struct archive *handle;
    struct archive_entry *entry;
    SiftGzipSource *gzip_source; // set when a gzip file is inflated by igzip rather than libarchive
    int32_t mode;
    char message[512];
};

static void copy_message(char *out, int32_t capacity, const char *text) {
    if (!out || capacity <= 0) return;
    snprintf(out, (size_t)capacity, "%s", text ? text : "unknown error");
}

static struct archive *make_handle(int32_t mode) {
    struct archive *a = archive_read_new();
    if (!a) return NULL;
    archive_read_support_filter_all(a);
    switch (mode) {
    case SIFT_ARCHIVE_RAW:
        archive_read_support_format_raw(a);
        break;
    case SIFT_ARCHIVE_TAR:
        archive_read_support_format_tar(a);
        archive_read_support_format_gnutar(a);
        break;
    case SIFT_ARCHIVE_ZIP:
        archive_read_support_format_zip(a);
        break;
    case SIFT_ARCHIVE_7ZIP:
        archive_read_support_format_7zip(a);
        break;
    default:
        // Not format_all: the ISO 9660 bidder reads 32 KB ahead, and the seeking zip bidder reads a
        // compressed stream to its end, so one truncated byte would make the whole archive unreadable.
        archive_read_support_format_tar(a);
        archive_read_support_format_gnutar(a);
        archive_read_support_format_cpio(a);
        archive_read_support_format_rar(a);
        archive_read_support_format_rar5(a);
        break;
    }
    return a;
}

static SiftArchive *wrap(struct archive *a, int32_t mode) {
    SiftArchive *archive = calloc(1, sizeof(SiftArchive));
    if (!archive) {
        archive_read_free(a);
        return NULL;
    }
    archive->handle = a;
    archive->mode = mode;
    return archive;
}

SiftArchive *sift_archive_open(const char *path, int32_t mode, char *error, int32_t error_capacity) {
    struct archive *a = make_handle(mode);
    if (!a) { copy_message(error, error_capacity, "out of memory"); return NULL; }
    SiftGzipSource *source = NULL;
    if (mode != SIFT_ARCHIVE_ZIP && mode != SIFT_ARCHIVE_7ZIP) {
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0 && sift_gzip_source_detect(fd)) {
            source = sift_gzip_source_open(a, fd); // owns fd from here on
            if (!source) {
                copy_message(error, error_capacity, archive_errno(a) ? archive_error_string(a) : "out of memory");
                archive_read_free(a);
                return NULL;
            }
        } else if (fd >= 0) {
            close(fd);
        }
    }
    if (!source && archive_read_open_filename(a, path, 1 << 16) != ARCHIVE_OK) {
        copy_message(error, error_capacity, archive_error_string(a));
        archive_read_free(a);
        return NULL;
    }
    SiftArchive *archive = wrap(a, mode);
    if (!archive) {
        copy_message(error, error_capacity, "out of memory");
        sift_gzip_source_free(source);
        return NULL;
    }
    archive->gzip_source = source;
    return archive;
}

SiftArchive *sift_archive_open_fd(int32_t fd, int32_t mode, char *error, int32_t error_capacity) {
    struct archive *a = make_handle(mode);
    if (!a) { copy_message(error, error_capacity, "out of memory"); return NULL; }
    if (archive_read_open_fd(a, fd, 1 << 16) != ARCHIVE_OK) {
        copy_message(error, error_capacity, archive_error_string(a));
        archive_read_free(a);
        return NULL;
    }
    SiftArchive *archive = wrap(a, mode);
    if (!archive) copy_message(error, error_capacity, "out of memory");
    return archive;
}

void sift_archive_close(SiftArchive *archive) {
    if (!archive) return;
    archive_read_free(archive->handle);
    sift_gzip_source_free(archive->gzip_source);
    free(archive);
}

int32_t sift_archive_next(SiftArchive *archive) {
    int status = archive_read_next_header(archive->handle, &archive->entry);
    switch (status) {
    case ARCHIVE_OK:
    case ARCHIVE_WARN:
        return SIFT_ARCHIVE_ENTRY;
    case ARCHIVE_EOF:
        archive->entry = NULL;
        return SIFT_ARCHIVE_END;
    case ARCHIVE_RETRY:
    case ARCHIVE_FAILED:
        return SIFT_ARCHIVE_ENTRY_FAILED;
    default:
        archive->entry = NULL;
        return SIFT_ARCHIVE_FATAL;
    }
}

const char *sift_archive_entry_path(SiftArchive *archive) {
    if (!archive->entry) return "";
    const char *path = archive_entry_pathname_utf8(archive->entry);
    if (!path) path = archive_entry_pathname(archive->entry);
    return path ? path : "";
}

int64_t sift_archive_entry_size(SiftArchive *archive) {
    if (!archive->entry || !archive_entry_size_is_set(archive->entry)) return -1;
    return archive_entry_size(archive->entry);
}

int32_t sift_archive_entry_is_file(SiftArchive *archive) {
    if (!archive->entry) return 0;
    if (archive->mode == SIFT_ARCHIVE_RAW) return 1;
    return archive_entry_filetype(archive->entry) == AE_IFREG ? 1 : 0;
}

int32_t sift_archive_entry_is_encrypted(SiftArchive *archive) {
    if (!archive->entry) return 0;
    return archive_entry_is_encrypted(archive->entry) ? 1 : 0;
}

int64_t sift_archive_read(SiftArchive *archive, void *buffer, int64_t capacity) {
    la_ssize_t count = archive_read_data(archive->handle, buffer, (size_t)capacity);
    if (count >= 0) return count;
    if (count == ARCHIVE_WARN || count == ARCHIVE_RETRY || count == ARCHIVE_FAILED) return SIFT_ARCHIVE_ENTRY_FAILED;
    return SIFT_ARCHIVE_FATAL;
}

const char *sift_archive_error(SiftArchive *archive) {
    const char *text = archive_error_string(archive->handle);
    return text ? text : "unknown archive error";
}

int64_t sift_archive_position(SiftArchive *archive) {
    if (archive->gzip_source) return sift_gzip_source_position(archive->gzip_source);
    return archive_filter_bytes(archive->handle, -1);
}
