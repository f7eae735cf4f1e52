#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// Output of the command-line subcommands: results on stdout, one-line reasons on stderr. Nothing secret is ever
// passed here (tokens stay inside core).
namespace Console {

void out(const QString &line);
// Prints "clouddir: <message>" on stderr as one line (newlines in the message are folded) and returns 1, so a
// command can `return Console::fail(...)`.
int fail(const QString &message);

// Parses a subcommand's options (arguments[1], the subcommand's name, is skipped). Returns the exit code when the
// command must stop now — 1 after a one-line usage error, 0 after printing --help (add it with addHelpOption()) —
// or nothing when the command should go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

} // namespace Console
