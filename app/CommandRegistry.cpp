#include "app/CommandRegistry.h"

#include <algorithm>

namespace {

// A function-local static, so registrations from other files' static initializers find it constructed.
QList<CommandRegistry::Command> &registry()
{
    static QList<CommandRegistry::Command> list;
    return list;
}

} // namespace

namespace CommandRegistry {

QList<Command> commands()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return sorted;
}

Registration::Registration(Command command)
{
    registry().append(std::move(command));
}

} // namespace CommandRegistry
