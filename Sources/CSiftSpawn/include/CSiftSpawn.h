#ifndef CSIFTSPAWN_H
#define CSIFTSPAWN_H

/* Starts worker processes for process stages: no shell, no inherited descriptors, own process group.
 * Plain C types only. */

/* The descriptors and process id of a started worker. The three descriptors are the parent's ends of
 * socket pairs (close-on-exec) connected to the worker's standard input, output and error. */
typedef struct {
    int pid;
    int stdin_fd;
    int stdout_fd;
    int stderr_fd;
} sift_worker;

/* Starts argv[0] (searched in PATH when it has no slash) with the NULL-terminated argv and envp, in
 * `directory` (NULL: the current one), in a process group of its own, with default signal dispositions
 * and every descriptor but 0, 1 and 2 closed. Returns 0, or an errno value (ENOENT when argv[0] is not
 * found, EACCES when it is not executable, …); `worker` is filled only on success. */
int sift_spawn_worker(const char *const *argv, const char *const *envp, const char *directory, sift_worker *worker);

/* Sends SIGKILL to the worker's process group (its children too) and to the worker itself. */
void sift_kill_worker(int pid);

/* Waits for the worker to exit (blocking when `block` is non-zero). Returns 1 and sets `status`
 * (the exit status, or 128 + the signal number) once it has exited, 0 while it is still running,
 * -1 when it is not a child of this process. */
int sift_reap_worker(int pid, int block, int *status);

/* Writes all of `length` bytes to a socket, waiting at most `timeout_ms` in total (no SIGPIPE).
 * Returns 0, ETIMEDOUT, or the errno value of the failed write (EPIPE when the worker is gone). */
int sift_send_all(int fd, const unsigned char *bytes, long length, int timeout_ms);

/* Reads what is available (up to `capacity` bytes), waiting at most `timeout_ms` for something to arrive
 * (-1: no limit). Returns the byte count (0 at end of file), -ETIMEDOUT on timeout, or -errno. */
long sift_receive(int fd, unsigned char *buffer, long capacity, int timeout_ms);

#endif
