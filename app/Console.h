#pragma once

#include <QString>

// Output of the command-line subcommands: results on stdout, one-line reasons on stderr. Nothing secret is ever
// passed here (tokens stay inside core).
namespace Console {

void out(const QString &line);
// Prints "clouddir: <message>" on stderr as one line (newlines in the message are folded) and returns 1, so a
// command can `return Console::fail(...)`.
int fail(const QString &message);

} // namespace Console
