#pragma once

#include <QByteArrayList>

#include <sys/resource.h>

// Peak RSS needs care. On exec, Linux folds the old address space's high-water mark into the process's maxrss, and a
// fork/vfork child's old address space is (a copy of) ours: a client spawned from this process reports at least this
// process's own peak, which holds 100k generated users. So the clients are started by a helper forked at the top of
// main(), before Qt or the users exist: its small peak (reported as rssFloorMb) is the only floor left. The helper
// fork()s, exec()s and wait4()s; wait4 hands back the rusage of exactly that child (user+system CPU, peak RSS), with
// nothing of graphsim or of this process mixed in, and nothing is sampled, so a short peak cannot be missed.
namespace Spawner {

struct Reply
{
    int status = 0;
    int spawnErrno = 0;
    double wallSeconds = 0.0;
    rusage usage {};
    long helperMaxRssKb = 0;
};

// Forks the helper; call at the top of main(), before any thread or large allocation exists.
bool startHelper();
// Runs one child through the helper: fields are the program, its arguments and extra environment entries.
bool run(const QByteArrayList &fields, Reply *reply);

} // namespace Spawner
