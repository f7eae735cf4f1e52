#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/directory/AuditTable.h"
#include "core/directory/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

QJsonObject toJson(const AuditEntry &e)
{
    return {{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("integrationId"), e.integrationId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("userId"), e.userId},
            {QStringLiteral("username"), e.username},
            {QStringLiteral("property"), e.property},
            {QStringLiteral("old"), e.oldValue},
            {QStringLiteral("new"), e.newValue},
            {QStringLiteral("requestId"), e.requestId},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("detail"), e.detail}};
}

void print(const QList<AuditEntry> &entries, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const AuditEntry &e : entries)
            rows.append(toJson(e));
        Console::out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return;
    }
    for (const AuditEntry &e : entries)
        Console::out(QStringLiteral("%1  %2  %3  %4  %5  %6 -> %7  %8")
                         .arg(QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate), e.actor, e.action,
                              e.username, e.property, e.oldValue, e.newValue, e.result));
}

// `clouddir audit`: search or export the audit log (cloud-directories.md §2.8).
int audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the audit log, newest first, or exports it to CSV."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("integration"), tr("Only this integration (its name)."), tr("NAME")});
    parser.addOption({QStringLiteral("search"),
                      tr("Only lines whose user, attribute, values, request id or detail contain TEXT."), tr("TEXT")});
    parser.addOption(
        {QStringLiteral("limit"), tr("At most N lines (default 200; 0 = all)."), tr("N"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("csv"), tr("Write every matching line to FILE (CSV, UTF-8 with BOM)."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto stop = Console::parse(parser, arguments))
        return *stop;
    if (!parser.isSet(QStringLiteral("db")))
        return Console::fail(tr("--db is required: pass the directory database."));
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return Console::fail(store.error().message);
    AuditQuery query;
    query.text = parser.value(QStringLiteral("search"));
    bool numeric = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || query.limit < 0)
        return Console::fail(
            tr("--limit takes a number of lines, not \"%1\".").arg(parser.value(QStringLiteral("limit"))));
    if (parser.isSet(QStringLiteral("integration"))) {
        auto integration = (*store)->integrationByName(parser.value(QStringLiteral("integration")));
        if (!integration)
            return Console::fail(integration.error().message);
        if (!*integration)
            return Console::fail(
                tr("no integration is named \"%1\".").arg(parser.value(QStringLiteral("integration"))));
        query.integrationId = (*integration)->id;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        auto written = (*store)->audit().exportCsv(query, parser.value(QStringLiteral("csv")));
        if (!written)
            return Console::fail(written.error().message);
        Console::out(tr("Wrote %1 audit lines to %2.").arg(*written).arg(parser.value(QStringLiteral("csv"))));
        return 0;
    }
    auto found = (*store)->audit().search(query);
    if (!found)
        return Console::fail(found.error().message);
    print(*found, parser.isSet(QStringLiteral("json")));
    return 0;
}

const CommandRegistry::Registration
    registration({"audit", QT_TRANSLATE_NOOP("CommandLine", "Search or export the audit log."), audit});

} // namespace
