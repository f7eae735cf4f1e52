#pragma once

#include <QStringList>

// The subcommands of the clouddir binary (automation and display-less tests of the same core code).
namespace CommandLine {

// True when the arguments ask for a subcommand, --help or --version: run() handles them without a display.
bool wantsCommand(const QStringList &arguments);
// Runs the subcommand on a QCoreApplication that already exists; returns the exit code.
int run(const QStringList &arguments);

} // namespace CommandLine
