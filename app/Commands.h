#pragma once

#include <QStringList>

// Each subcommand parses its own options from `arguments` (arguments[0] is the program, [1] the subcommand name)
// and returns the process exit code: 0 success, 1 a failure explained in one line on stderr.
namespace Commands {

int importPreview(const QStringList &arguments);
int import(const QStringList &arguments);

} // namespace Commands
