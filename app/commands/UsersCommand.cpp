#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/directory/Store.h"
#include "core/sync/UserCsvImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UsersCommand", text);
}

int importCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates directory users from a CSV file whose header names directory attributes (%1). All rows are "
           "imported, or none.")
            .arg(UserCsvImport::knownColumns().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."), tr("FILE.csv"));
    if (!parser.parse(arguments))
        return Console::fail(parser.errorText() + tr(" (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return Console::fail(tr("--db is required: pass the directory database."));
    if (parser.positionalArguments().size() != 1)
        return Console::fail(tr("pass exactly one CSV file."));
    Result<std::unique_ptr<Store>> store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return Console::fail(store.error().message);
    Result<int> imported = UserCsvImport::importFile(**store, parser.positionalArguments().first());
    if (!imported)
        return Console::fail(imported.error().message);
    Console::out(tr("Imported %1 users into %2.").arg(*imported).arg(store.value()->displayName()));
    return 0;
}

// `clouddir users <verb>`: directory user management without the window.
int users(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    // The verb's own parser sees "clouddir users-<verb> options…".
    QStringList rest = arguments;
    rest.remove(1, std::min<qsizetype>(2, rest.size() - 1));
    if (verb == u"import-csv")
        return importCsv(rest);
    if (verb.isEmpty() || verb == u"--help" || verb == u"-h") {
        Console::out(tr("Usage: clouddir users import-csv --db DB FILE.csv"));
        return verb.isEmpty() ? 1 : 0;
    }
    return Console::fail(tr("unknown verb 'users %1'; run clouddir users --help.").arg(verb));
}

const CommandRegistry::Registration
    registration({"users", QT_TRANSLATE_NOOP("CommandLine", "Manage directory users (import-csv)."), users});

} // namespace
