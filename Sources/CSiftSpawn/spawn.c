#define _GNU_SOURCE
#include "CSiftSpawn.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void close_pair(int pair[2]) {
    if (pair[0] >= 0) close(pair[0]);
    if (pair[1] >= 0) close(pair[1]);
}

int sift_spawn_worker(const char *const *argv, const char *const *envp, const char *directory, sift_worker *worker) {
    /* Socket pairs rather than pipes: created close-on-exec atomically (no leak into a worker spawned by
     * another thread at the same moment), and send(MSG_NOSIGNAL) writes without raising SIGPIPE. */
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 ||
        socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, out) != 0 ||
        socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, err) != 0) {
        int saved = errno;
        close_pair(in); close_pair(out); close_pair(err);
        return saved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_adddup2(&actions, in[1], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    if (directory != NULL) posix_spawn_file_actions_addchdir_np(&actions, directory);
    sigset_t empty, defaults;
    sigemptyset(&empty);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigmask(&attributes, &empty);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    pid_t pid = 0;
    int result = posix_spawnp(&pid, argv[0], &actions, &attributes, (char *const *)argv, (char *const *)envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(in[1]); close(out[1]); close(err[1]);
    if (result != 0) {
        close(in[0]); close(out[0]); close(err[0]);
        return result;
    }
    shutdown(in[0], SHUT_RD);
    shutdown(out[0], SHUT_WR);
    shutdown(err[0], SHUT_WR);
    worker->pid = pid;
    worker->stdin_fd = in[0];
    worker->stdout_fd = out[0];
    worker->stderr_fd = err[0];
    return 0;
}

void sift_kill_worker(int pid) {
    if (pid <= 0) return;
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
}

int sift_reap_worker(int pid, int block, int *status) {
    int raw = 0;
    pid_t result;
    do {
        result = waitpid(pid, &raw, block ? 0 : WNOHANG);
    } while (result < 0 && errno == EINTR);
    if (result == 0) return 0;
    if (result < 0) return -1;
    *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : (WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : 255);
    return 1;
}

static long milliseconds_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

int sift_send_all(int fd, const unsigned char *bytes, long length, int timeout_ms) {
    long deadline = milliseconds_now() + timeout_ms;
    long sent = 0;
    while (sent < length) {
        ssize_t written = send(fd, bytes + sent, (size_t)(length - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (written > 0) { sent += written; continue; }
        if (written < 0 && errno == EINTR) continue;
        if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return errno;
        long left = deadline - milliseconds_now();
        if (left <= 0) return ETIMEDOUT;
        struct pollfd entry = {fd, POLLOUT, 0};
        int ready = poll(&entry, 1, (int)left);
        if (ready < 0 && errno != EINTR) return errno;
    }
    return 0;
}

long sift_receive(int fd, unsigned char *buffer, long capacity, int timeout_ms) {
    long deadline = timeout_ms < 0 ? 0 : milliseconds_now() + timeout_ms;
    for (;;) {
        struct pollfd entry = {fd, POLLIN, 0};
        int wait = -1;
        if (timeout_ms >= 0) {
            long left = deadline - milliseconds_now();
            if (left < 0) left = 0;
            wait = (int)left;
        }
        int ready = poll(&entry, 1, wait);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        if (ready == 0) return -ETIMEDOUT;
        ssize_t count = recv(fd, buffer, (size_t)capacity, 0);
        if (count >= 0) return (long)count;
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
        return -errno;
    }
}
