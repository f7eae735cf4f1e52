#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "core/directory/OutboxTable.h"
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
    return QCoreApplication::translate("OutboxCommand", text);
}

QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject entryJson(const OutboxEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("planId"), e.planId},
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("userId"), e.userId},
            {QStringLiteral("op"), e.op},
            {QStringLiteral("m365Id"), e.m365Id},
            {QStringLiteral("upn"), e.upn},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("attempt"), e.attempt},
            {QStringLiteral("nextAt"), time(e.nextAt)},
            {QStringLiteral("lastError"), e.lastError},
            {QStringLiteral("httpStatus"), e.httpStatus},
            {QStringLiteral("graphCode"), e.graphCode},
            {QStringLiteral("requestId"), e.requestId},
            {QStringLiteral("createdAt"), time(e.createdAt)},
            {QStringLiteral("finishedAt"), time(e.finishedAt)},
            {QStringLiteral("leaseOwner"), e.leaseOwner}};
}

QString entryLine(const OutboxEntry &e)
{
    QString line = QStringLiteral("%1 %2 %3 %4").arg(e.state, e.op, e.upn.isEmpty() ? e.userId : e.upn, e.id);
    if (e.state == u"retrying")
        line += u' ' + tr("(attempt %1, next at %2: %3)").arg(e.attempt).arg(time(e.nextAt), e.lastError);
    else if (e.state == u"failed" || e.state == u"dismissed")
        line +=
            u' ' + tr("(HTTP %1 %2: %3, request-id %4)").arg(e.httpStatus).arg(e.graphCode, e.lastError, e.requestId);
    return line;
}

// `clouddir outbox`: lists an integration's queued and finished Graph operations. Reads only. The payloads (the
// values sent) are left out: they are in the plan and the audit log.
int outbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the outbox of an integration: every queued Microsoft 365 operation "
                                        "with its state (pending, retrying, done, failed, dismissed)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("integration"), tr("The integration's name."), tr("NAME")});
    parser.addOption({QStringLiteral("state"), tr("Only rows in this state (repeatable)."), tr("STATE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (const auto exit = Console::parse(parser, arguments))
        return *exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("integration")))
        return Console::fail(tr("--db and --integration are required: pass the directory database and the "
                                "integration's name."));
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return Console::fail(store.error().message);
    const QString name = parser.value(QStringLiteral("integration"));
    auto integration = (*store)->integrationByName(name);
    if (!integration)
        return Console::fail(integration.error().message);
    if (!integration->has_value())
        return Console::fail(tr("No integration named '%1' in %2.").arg(name, (*store)->displayName()));
    const QString id = (*integration)->id;
    OutboxTable table = (*store)->outbox();
    const QStringList states = parser.values(QStringLiteral("state"));
    auto entries = states.isEmpty() ? table.entries(id) : table.entriesInState(id, states, 1'000'000);
    if (!entries)
        return Console::fail(entries.error().message);
    auto summary = table.summary(id, QDateTime::currentMSecsSinceEpoch());
    if (!summary)
        return Console::fail(summary.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const OutboxEntry &e : *entries)
            rows.append(entryJson(e));
        const QJsonObject counts {{QStringLiteral("pending"), summary->pending},
                                  {QStringLiteral("retrying"), summary->retrying},
                                  {QStringLiteral("done"), summary->done},
                                  {QStringLiteral("failed"), summary->failed},
                                  {QStringLiteral("dismissed"), summary->dismissed}};
        Console::out(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("integration"), (*integration)->name},
                                                                  {QStringLiteral("counts"), counts},
                                                                  {QStringLiteral("entries"), rows}})
                                           .toJson(QJsonDocument::Compact)));
        return 0;
    }
    Console::out(tr("%1: %2 pending, %3 retrying, %4 done, %5 failed, %6 dismissed.")
                     .arg((*integration)->name)
                     .arg(summary->pending)
                     .arg(summary->retrying)
                     .arg(summary->done)
                     .arg(summary->failed)
                     .arg(summary->dismissed));
    for (const OutboxEntry &e : *entries)
        Console::out(entryLine(e));
    return 0;
}

const CommandRegistry::Registration registration(
    {"outbox", QT_TRANSLATE_NOOP("CommandLine", "List an integration's queued Microsoft 365 operations."), outbox});

} // namespace
