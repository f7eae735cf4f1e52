#pragma once

#include <QList>
#include <QStringList>

#include <functional>

// The subcommands of the clouddir binary. Each lives in its own file under app/commands/ and registers itself with a
// static CommandRegistry::Registration, so adding a command touches no shared list. (The app's sources are linked
// into the executable directly, not through a static library, so every registration runs.)
//
// A command parses its own options from `arguments` (arguments[0] is the program, [1] the subcommand name) and
// returns the process exit code: 0 success, 1 a failure explained in one line on stderr.
namespace CommandRegistry {

struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("CommandLine", ...)
    std::function<int(const QStringList &arguments)> run;
};

// Commands in name order.
QList<Command> commands();

struct Registration
{
    explicit Registration(Command command);
};

} // namespace CommandRegistry
