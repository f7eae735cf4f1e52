#include "app/commands/PlanSupport.h"

#include "app/Console.h"
#include "core/graph/ListDomainsJob.h"
#include "core/sync/M365StateReader.h"
#include "core/sync/PlanInputLoader.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"
#include "core/sync/UpnRule.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanSupport", text);
}

Result<QStringList> verifiedDomains(GraphClient &client)
{
    auto *job = new ListDomainsJob(&client);
    QEventLoop loop;
    QStringList verified;
    QString error;
    QObject::connect(job, &GraphJob::finished, &loop, [&](GraphJob *) {
        if (job->hasError())
            error = job->errorString();
        for (const Domain &d : job->domains()) {
            if (d.isVerified)
                verified.append(d.id);
        }
        loop.quit();
    });
    job->start();
    loop.exec();
    if (!error.isEmpty())
        return makeError(tr("Could not read the tenant's domains: %1").arg(error));
    return verified;
}

Result<M365State> readState(GraphClient &client, const QStringList &properties)
{
    M365StateReader reader(&client, properties);
    QEventLoop loop;
    QObject::connect(&reader, &M365StateReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    if (!reader.error().isEmpty())
        return makeError(tr("Could not read the tenant's accounts: %1").arg(reader.error()));
    return reader.state();
}

QString jsonText(const QJsonValue &value)
{
    // A QJsonDocument holds only arrays and objects: wrap the value, then cut the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void printText(const Plan &plan)
{
    const QMap<QString, int> counts = plan.counts();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    Console::out(
        tr("Plan for %1: %2.")
            .arg(plan.integrationName, parts.isEmpty() ? tr("nothing to do") : parts.join(QStringLiteral(", "))));
    for (const PlanOperation &o : plan.operations) {
        QString line = QStringLiteral("%1 %2 %3").arg(PlanOperation::opName(o.op), o.username, o.upn);
        for (const PlanChange &c : o.changes)
            line += QStringLiteral(" | %1: %2 -> %3").arg(c.property, jsonText(c.oldValue), jsonText(c.newValue));
        if (!o.message.isEmpty())
            line += QStringLiteral(" (%1)").arg(o.message);
        Console::out(line);
    }
}

} // namespace

namespace PlanSupport {

void addOptions(QCommandLineParser &parser, bool writes)
{
    parser.addHelpOption();
    GraphConnection::addOptions(parser);
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("integration"), tr("The integration's name."), tr("NAME")});
    parser.addOption({QStringLiteral("json"), tr("Print the plan as one JSON object.")});
    if (writes) {
        parser.addOption({QStringLiteral("yes"), tr("Queue the plan in the outbox (without it nothing changes).")});
        parser.addOption({QStringLiteral("confirm"),
                          tr("The integration's name, required with --yes when the plan suspends or renames many "
                             "accounts."),
                          tr("NAME")});
    }
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return Console::fail(parser.errorText() + tr(" (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return Console::fail(tr("--db is required: pass the directory database."));
    if (!parser.isSet(QStringLiteral("integration")))
        return Console::fail(tr("--integration is required: pass the integration's name."));
    return std::nullopt;
}

Result<Context> open(const QCommandLineParser &parser)
{
    Context context;
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return store.error();
    context.store = std::move(*store);
    const QString name = parser.value(QStringLiteral("integration"));
    auto integration = context.store->integrationByName(name);
    if (!integration)
        return integration.error();
    if (!integration->has_value())
        return makeError(tr("No integration named '%1' in %2.").arg(name, context.store->displayName()));
    context.integration = **integration;
    return context;
}

Result<std::unique_ptr<GraphConnection>> connect(const QCommandLineParser &parser, const Context &context)
{
    auto connection = GraphConnection::fromOptions(parser);
    if (!connection)
        return connection.error();
    // The integration remembers its Graph URL (integration add); --graph-url overrides it.
    if (!parser.isSet(QStringLiteral("graph-url")) && !context.integration.graphUrl.isEmpty())
        (*connection)->client().setBaseUrl(QUrl(context.integration.graphUrl));
    return connection;
}

int planAndQueue(const QCommandLineParser &parser, Context &context, const PlanRequest &request, bool writes)
{
    auto input = PlanInputLoader::load(*context.store, context.integration, request);
    if (!input)
        return Console::fail(input.error().message);
    auto connection = connect(parser, context);
    if (!connection)
        return Console::fail(connection.error().message);
    GraphClient &client = (*connection)->client();
    auto verified = verifiedDomains(client);
    if (!verified)
        return Console::fail(verified.error().message);
    input->verifiedDomains = *verified;
    const UpnRule::Config config {input->settings.domains, input->settings.defaultDomain, input->verifiedDomains};
    if (auto valid = UpnRule::validate(config); !valid)
        return Console::fail(valid.error().message);
    auto state = readState(client, Planner::exportedProperties(input->mappings));
    if (!state)
        return Console::fail(state.error().message);
    auto plan = Planner::plan(*input, *state);
    if (!plan)
        return Console::fail(plan.error().message);
    return showAndQueue(parser, context, *plan, *input, request, writes);
}

int showAndQueue(const QCommandLineParser &parser, Context &context, const Plan &plan, const PlanInput &input,
                 const PlanRequest &request, bool writes)
{
    if (parser.isSet(QStringLiteral("json")))
        Console::out(QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
    else
        printText(plan);
    if (!writes)
        return 0;
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!parser.isSet(QStringLiteral("json")))
            Console::out(tr("Nothing was queued or saved: pass --yes to confirm this plan."));
        return 0;
    }
    auto queued = PlanQueue::confirm(*context.store, plan, input, request, parser.value(QStringLiteral("confirm")));
    if (!queued)
        return Console::fail(queued.error().message);
    if (!parser.isSet(QStringLiteral("json")))
        Console::out(tr("Queued %1 operations in the outbox.").arg(*queued));
    return 0;
}

} // namespace PlanSupport
