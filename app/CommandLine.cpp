#include "app/CommandLine.h"

#include "app/CommandRegistry.h"
#include "app/Console.h"

#include <QCoreApplication>

#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString usage()
{
    QString text = tr("Usage: clouddir [options]               open the window\n"
                      "       clouddir <command> [options]     run a command without a window\n\n"
                      "Window options:\n"
                      "  --db <file|postgresql://...>  the directory database (default: clouddir's data folder)\n"
                      "  --sandbox                     open a demo tenant served by graphsim\n"
                      "  --log-rules <rules>           logging rules, e.g. \"clouddir.graph.debug=true\"\n"
                      "  -h, --help                    show this help\n"
                      "  -v, --version                 show the version\n\n"
                      "Commands (clouddir <command> --help for their options):\n");
    for (const CommandRegistry::Command &command : CommandRegistry::commands())
        text +=
            QStringLiteral("  %1%2\n").arg(QString::fromLatin1(command.name).leftJustified(17), tr(command.summary));
    return text;
}

} // namespace

namespace CommandLine {

bool wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (!first.startsWith(QLatin1Char('-')))
        return true;
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))
           || arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"));
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        Console::out(QStringLiteral("clouddir %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        Console::out(usage());
        return 0;
    }
    for (const CommandRegistry::Command &command : CommandRegistry::commands()) {
        if (first == QLatin1String(command.name))
            return command.run(arguments);
    }
    return Console::fail(tr("unknown command '%1'; run clouddir --help for the list.").arg(first));
}

} // namespace CommandLine
