#include "app/Console.h"

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

} // namespace Console
