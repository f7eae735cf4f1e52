#include "tests/bench/ChildSpawner.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace Spawner {

int g_toHelper = -1;
int g_fromHelper = -1;

bool readFull(int fd, void *data, size_t size)
{
    auto *bytes = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t got = read(fd, bytes, size);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        bytes += got;
        size -= size_t(got);
    }
    return true;
}

bool writeFull(int fd, const void *data, size_t size)
{
    const auto *bytes = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t put = write(fd, bytes, size);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return false;
        bytes += put;
        size -= size_t(put);
    }
    return true;
}

// A request is NUL-separated fields: stdout path, stderr path, argc, argv..., env... (the rest).
[[noreturn]] void helperLoop(int in, int out)
{
    for (;;) {
        uint32_t size = 0;
        if (!readFull(in, &size, sizeof size))
            _exit(0); // the bench is gone
        std::vector<char> buffer(size);
        if (!readFull(in, buffer.data(), size))
            _exit(0);
        std::vector<char *> fields;
        for (size_t start = 0; start < buffer.size(); start += std::strlen(buffer.data() + start) + 1)
            fields.push_back(buffer.data() + start);
        const auto argc = size_t(std::strtoul(fields.at(2), nullptr, 10));
        std::vector<char *> argv(fields.begin() + 3, fields.begin() + 3 + std::ptrdiff_t(argc));
        argv.push_back(nullptr);
        std::vector<char *> envp(fields.begin() + 3 + std::ptrdiff_t(argc), fields.end());
        envp.push_back(nullptr);

        Reply reply;
        timespec begin {};
        clock_gettime(CLOCK_MONOTONIC, &begin);
        const pid_t pid = fork();
        if (pid == 0) {
            const int stdinFd = open("/dev/null", O_RDONLY);
            const int stdoutFd = open(fields.at(0), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            const int stderrFd = open(fields.at(1), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (stdinFd < 0 || stdoutFd < 0 || stderrFd < 0 || dup2(stdinFd, 0) < 0 || dup2(stdoutFd, 1) < 0
                || dup2(stderrFd, 2) < 0)
                _exit(126);
            execve(argv.front(), argv.data(), envp.data());
            _exit(127);
        }
        if (pid < 0) {
            reply.spawnErrno = errno;
        } else {
            pid_t waited = 0;
            do {
                waited = wait4(pid, &reply.status, 0, &reply.usage);
            } while (waited < 0 && errno == EINTR);
            if (waited != pid)
                reply.spawnErrno = errno;
        }
        timespec end {};
        clock_gettime(CLOCK_MONOTONIC, &end);
        reply.wallSeconds = double(end.tv_sec - begin.tv_sec) + double(end.tv_nsec - begin.tv_nsec) / 1e9;
        rusage self {};
        getrusage(RUSAGE_SELF, &self);
        reply.helperMaxRssKb = self.ru_maxrss;
        if (!writeFull(out, &reply, sizeof reply))
            _exit(0);
    }
}

// Forks the helper; call first thing in main(), while this process is single-threaded and small.
bool startHelper()
{
    int toHelper[2];
    int fromHelper[2];
    if (pipe(toHelper) != 0 || pipe(fromHelper) != 0)
        return false;
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        close(toHelper[1]);
        close(fromHelper[0]);
        helperLoop(toHelper[0], fromHelper[1]);
    }
    close(toHelper[0]);
    close(fromHelper[1]);
    // Not inherited by graphsim (QProcess) or the clients, so the helper sees EOF when the bench exits.
    fcntl(toHelper[1], F_SETFD, FD_CLOEXEC);
    fcntl(fromHelper[0], F_SETFD, FD_CLOEXEC);
    g_toHelper = toHelper[1];
    g_fromHelper = fromHelper[0];
    return true;
}

bool run(const QByteArrayList &fields, Reply *reply)
{
    const QByteArray request = fields.join('\0') + '\0';
    const auto size = uint32_t(request.size());
    return writeFull(g_toHelper, &size, sizeof size) && writeFull(g_toHelper, request.constData(), size)
           && readFull(g_fromHelper, reply, sizeof *reply);
}

} // namespace Spawner
