/*
 * A wall-clock-only fake for a JVM, loaded with LD_PRELOAD: adds an offset in milliseconds, read from the file named
 * by WALLCLOCK_OFFSET_FILE (re-read at most every 50 ms of monotonic time), to CLOCK_REALTIME, CLOCK_REALTIME_COARSE,
 * gettimeofday and time. CLOCK_MONOTONIC, sleeps, timers and pthread waits are left alone (libfaketime fakes those
 * too, which stalls the JVM: TOOLCHAIN.md trap 22).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

typedef int (*clock_gettime_fn)(clockid_t, struct timespec *);

static clock_gettime_fn real_clock_gettime;
static long long offset_ms;
static long long next_read_ns;
static int reading;

static void load_real(void) {
    if (!real_clock_gettime) {
        real_clock_gettime = (clock_gettime_fn) dlsym(RTLD_NEXT, "clock_gettime");
    }
}

static long long monotonic_ns(void) {
    struct timespec now;
    real_clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long) now.tv_sec * 1000000000LL + now.tv_nsec;
}

/* Reads the offset with open/read/close only (async-signal-safe: no stdio, no malloc), so that a clock read from a
 * signal handler or during a safepoint can never leave the re-read flag held and the offset stuck. */
static int read_offset_file(long long *value) {
    const char *path = getenv("WALLCLOCK_OFFSET_FILE");
    char text[32];
    if (!path) {
        return 0;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return 0;
    }
    ssize_t length = read(fd, text, sizeof(text) - 1);
    close(fd);
    if (length <= 0) {
        return 0;
    }
    long long parsed = 0;
    int sign = 1;
    ssize_t i = 0;
    if (text[0] == '-') {
        sign = -1;
        i = 1;
    }
    if (i == length || text[i] < '0' || text[i] > '9') {
        return 0;
    }
    for (; i < length && text[i] >= '0' && text[i] <= '9'; i++) {
        parsed = parsed * 10 + (text[i] - '0');
    }
    *value = sign * parsed;
    return 1;
}

static long long current_offset_ms(void) {
    long long now = monotonic_ns();
    if (now >= __atomic_load_n(&next_read_ns, __ATOMIC_ACQUIRE)
            && !__atomic_exchange_n(&reading, 1, __ATOMIC_ACQ_REL)) {
        long long value;
        if (read_offset_file(&value)) {
            __atomic_store_n(&offset_ms, value, __ATOMIC_RELEASE);
        }
        __atomic_store_n(&next_read_ns, now + 50000000LL, __ATOMIC_RELEASE);
        __atomic_store_n(&reading, 0, __ATOMIC_RELEASE);
    }
    return __atomic_load_n(&offset_ms, __ATOMIC_ACQUIRE);
}

static void shift(struct timespec *time, long long ms) {
    long long ns = (long long) time->tv_sec * 1000000000LL + time->tv_nsec + ms * 1000000LL;
    long long sec = ns / 1000000000LL;
    long long rest = ns % 1000000000LL;
    if (rest < 0) {
        rest += 1000000000LL;
        sec -= 1;
    }
    time->tv_sec = (time_t) sec;
    time->tv_nsec = (long) rest;
}

int clock_gettime(clockid_t clock, struct timespec *time) {
    load_real();
    int result = real_clock_gettime(clock, time);
    if (result == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) {
        shift(time, current_offset_ms());
    }
    return result;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
    struct timespec now;
    (void) tz;
    if (clock_gettime(CLOCK_REALTIME, &now) != 0) {
        return -1;
    }
    tv->tv_sec = now.tv_sec;
    tv->tv_usec = now.tv_nsec / 1000;
    return 0;
}

time_t time(time_t *out) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (out) {
        *out = now.tv_sec;
    }
    return now.tv_sec;
}
