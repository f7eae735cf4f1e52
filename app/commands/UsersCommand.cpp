#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/auth/PasswordStore.h"
#include "core/directory/Store.h"
#include "core/sync/UserCsvImport.h"
#include "core/sync/UserEditor.h"
#include "core/sync/UserFields.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

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

// Applies ATTR=VALUE assignments to user; manager takes a username ("" clears it).
Result<void> assign(Store &store, User &user, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return makeError(tr("\"%1\" is not ATTR=VALUE.").arg(assignment));
        const QString name = assignment.left(equals);
        QString value = assignment.mid(equals + 1);
        if (name == u"password")
            return makeError(tr("a password is never passed as an argument (it would show in the process list and "
                                "shell history): use --password-stdin."));
        if (name == u"manager" && !value.isEmpty()) {
            auto manager = store.userByUsername(value);
            if (!manager)
                return manager.error();
            if (!*manager)
                return makeError(tr("manager: no directory user is named \"%1\".").arg(value));
            value = (*manager)->id;
        }
        if (auto set = UserFields::set(user, name, value, user.attributes.keys()); !set)
            return set;
    }
    return {};
}

void printEdit(const User &user, const UserEditResult &result, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const OutboxEntry &e : result.queued)
            rows.append(
                QJsonObject {{QStringLiteral("id"), e.id},
                             {QStringLiteral("integrationId"), e.integrationId},
                             {QStringLiteral("op"), e.op},
                             {QStringLiteral("upn"), e.upn},
                             {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload.toUtf8()).object()}});
        const QJsonObject out {{QStringLiteral("user"), user.username},
                               {QStringLiteral("queued"), rows},
                               {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}};
        Console::out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return;
    }
    Console::out(QCoreApplication::translate("UsersCommand", "Saved %1; queued %n change(s) for Microsoft 365.",
                                             nullptr, int(result.queued.size()))
                     .arg(user.username));
    for (const OutboxEntry &e : result.queued) {
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        QStringList properties = payload.value(QStringLiteral("body")).toObject().keys();
        if (payload.value(QStringLiteral("password")).toString() == u"keychain")
            properties.append(QStringLiteral("passwordProfile"));
        if (e.op == u"manager")
            properties.append(QStringLiteral("manager"));
        Console::out(QStringLiteral("  %1 %2 %3").arg(e.op, e.upn, properties.join(QStringLiteral(", "))));
    }
    for (const QString &note : result.notes)
        Console::out(tr("  not queued: %1").arg(note));
}

int setAttributes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Edits a directory user and queues the change for every integration that binds it (exported attributes "
           "only). Attributes: %1, or one of the user's custom attributes; manager takes a username.")
            .arg(UserFields::standardNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("password-stdin"), tr("Read a new password from the first line of stdin.")});
    parser.addOption({QStringLiteral("json"), tr("Print the queued rows as JSON.")});
    parser.addPositionalArgument(QStringLiteral("username"), tr("The user to edit."), tr("USERNAME"));
    parser.addPositionalArgument(QStringLiteral("assignments"), tr("Attributes to set."), tr("ATTR=VALUE..."));
    QStringList withVerb = arguments; // Console::parse skips the subcommand's name at [1]
    withVerb.insert(1, QStringLiteral("users-set"));
    if (auto stop = Console::parse(parser, withVerb))
        return *stop;
    if (!parser.isSet(QStringLiteral("db")))
        return Console::fail(tr("--db is required: pass the directory database."));
    const QStringList positional = parser.positionalArguments();
    const bool password = parser.isSet(QStringLiteral("password-stdin"));
    if (positional.isEmpty() || (positional.size() == 1 && !password))
        return Console::fail(tr("pass a username and at least one ATTR=VALUE (or --password-stdin)."));
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return Console::fail(store.error().message);
    auto found = (*store)->userByUsername(positional.first());
    if (!found)
        return Console::fail(found.error().message);
    if (!*found)
        return Console::fail(tr("no directory user is named \"%1\".").arg(positional.first()));
    User user = **found;
    if (auto assigned = assign(**store, user, positional.mid(1)); !assigned)
        return Console::fail(assigned.error().message);
    std::optional<Secret> secret;
    if (password) {
        QTextStream in(stdin);
        secret = Secret(in.readLine().toUtf8());
        if (secret->isEmpty())
            return Console::fail(tr("--password-stdin read an empty line: nothing was saved."));
    }
    PasswordStore passwords;
    UserEditor editor(**store, UserEditor::osActor(), &passwords);
    auto edited = editor.save(user, secret);
    if (!edited)
        return Console::fail(edited.error().message);
    printEdit(user, *edited, parser.isSet(QStringLiteral("json")));
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
    if (verb == u"set")
        return setAttributes(rest);
    if (verb.isEmpty() || verb == u"--help" || verb == u"-h") {
        Console::out(tr("Usage: clouddir users import-csv --db DB FILE.csv\n"
                        "       clouddir users set --db DB USERNAME ATTR=VALUE... [--password-stdin] [--json]"));
        return verb.isEmpty() ? 1 : 0;
    }
    return Console::fail(tr("unknown verb 'users %1'; run clouddir users --help.").arg(verb));
}

const CommandRegistry::Registration
    registration({"users", QT_TRANSLATE_NOOP("CommandLine", "Manage directory users (import-csv, set)."), users});

} // namespace
