#include "app/Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Console {

void out(const QString &line)
{
    QTextStream stream(stdout);
    stream << line << '\n';
}

int fail(const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream stream(stderr);
    stream << "clouddir: " << oneLine.trimmed() << '\n';
    return 1;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    QStringList withoutCommand = arguments;
    if (withoutCommand.size() > 1)
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return fail(parser.errorText() + QCoreApplication::translate("Console", " (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

} // namespace Console
