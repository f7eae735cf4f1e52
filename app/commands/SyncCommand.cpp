#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "app/commands/PlanSupport.h"
#include "core/auth/PasswordStore.h"
#include "core/directory/OutboxTable.h"
#include "core/sync/Executor.h"
#include "core/sync/OutboxKeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncCommand", text);
}

QJsonObject countsJson(const ExecutorCounts &c, const OutboxSummary &s)
{
    return {{QStringLiteral("done"), c.done},
            {QStringLiteral("retried"), c.retried},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("batches"), c.batches},
            {QStringLiteral("lookups"), c.lookups},
            {QStringLiteral("outbox"), QJsonObject {{QStringLiteral("pending"), s.pending},
                                                    {QStringLiteral("retrying"), s.retrying},
                                                    {QStringLiteral("done"), s.done},
                                                    {QStringLiteral("failed"), s.failed},
                                                    {QStringLiteral("dismissed"), s.dismissed},
                                                    {QStringLiteral("nextRetryAt"), s.nextRetryAt}}}};
}

// `clouddir sync`: sends the integration's outbox to Microsoft 365 with the same executor as the window.
int sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    PlanSupport::addOptions(parser, false);
    parser.addOption({QStringLiteral("until-empty"),
                      tr("Keep going, waiting for retry times, until no operation is left open (otherwise stop when "
                         "nothing more is due now).")});
    parser.addOption({QStringLiteral("random-passwords"),
                      tr("Do not read the OS keychain (for machines without one): new accounts get a random password "
                         "that must be changed at the first sign-in, and password updates fail.")});
    if (const auto exit = PlanSupport::parse(
            parser, arguments,
            tr("Sends the queued Microsoft 365 operations of an integration and prints how many were done, retried "
               "and failed. Exits with 1 when an operation failed.")))
        return *exit;
    auto context = PlanSupport::open(parser);
    if (!context)
        return Console::fail(context.error().message);
    auto connection = GraphConnection::fromOptions(parser);
    if (!connection)
        return Console::fail(connection.error().message);
    if (!parser.isSet(QStringLiteral("graph-url")) && !context->integration.graphUrl.isEmpty())
        (*connection)->client().setBaseUrl(QUrl(context->integration.graphUrl));

    PasswordStore passwordStore;
    OutboxKeychain keychain(&passwordStore);
    ExecutorOptions options;
    if (!parser.isSet(QStringLiteral("random-passwords")))
        options.passwords = &keychain;
    Executor executor(context->store->spec(), context->integration, &(*connection)->client(), options);
    QEventLoop loop;
    QObject::connect(&executor, &Executor::finished, &loop, &QEventLoop::quit);
    QObject::connect(&executor, &Executor::idle, &executor, &Executor::stop);
    if (parser.isSet(QStringLiteral("until-empty")))
        executor.runUntilEmpty();
    else
        executor.start();
    loop.exec();
    if (!executor.errorString().isEmpty())
        return Console::fail(executor.errorString());

    const ExecutorCounts &c = executor.counts();
    auto summary = context->store->outbox().summary(context->integration.id, QDateTime::currentMSecsSinceEpoch());
    if (!summary)
        return Console::fail(summary.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        Console::out(QString::fromUtf8(QJsonDocument(countsJson(c, *summary)).toJson(QJsonDocument::Compact)));
    } else {
        Console::out(tr("%1: %2 done, %3 retried, %4 failed in %5 batch requests; %6 still open, %7 failed in "
                        "all.")
                         .arg(context->integration.name)
                         .arg(c.done)
                         .arg(c.retried)
                         .arg(c.failed)
                         .arg(c.batches)
                         .arg(summary->open())
                         .arg(summary->failed));
    }
    return c.failed > 0 ? 1 : 0;
}

const CommandRegistry::Registration registration(
    {"sync", QT_TRANSLATE_NOOP("CommandLine", "Send an integration's queued operations to Microsoft 365."), sync});

} // namespace
