#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "app/commands/PlanSupport.h"

#include "core/sync/PlanInputLoader.h"
#include "core/sync/RestoreReader.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <variant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RestoreCommand", text);
}

// The restore request from --user / --property / --snapshot; an exit code when the user is unknown.
std::variant<RestoreRequest, int> requestFrom(const QCommandLineParser &parser, Store &store)
{
    const QString name = parser.value(QStringLiteral("user"));
    auto user = store.userByUsername(name);
    if (!user)
        return Console::fail(user.error().message);
    if (!user->has_value())
        return Console::fail(tr("No directory user '%1'; nothing was changed.").arg(name));
    return RestoreRequest {(*user)->id, parser.value(QStringLiteral("property")),
                           parser.value(QStringLiteral("snapshot"))};
}

// Writes a user's overwritten Microsoft 365 values back: plans an update against the account's current values
// (GET /users/{id}?$select=…), prints it like `clouddir plan`, and queues it only with --yes.
int restoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    PlanSupport::addOptions(parser, true);
    parser.addOption({QStringLiteral("user"), tr("The directory user whose values to restore."), tr("USER")});
    parser.addOption({QStringLiteral("property"),
                      tr("Only this Microsoft 365 property (e.g. givenName); default: every property clouddir "
                         "overwrote."),
                      tr("PROPERTY")});
    parser.addOption({QStringLiteral("snapshot"),
                      tr("Restore this snapshot's value instead of the one Microsoft 365 had before clouddir."),
                      tr("ID")});
    if (const auto exit = PlanSupport::parse(
            parser, arguments,
            tr("Restores the Microsoft 365 values clouddir overwrote for one user: shows the plan and queues it "
               "with --yes.")))
        return *exit;
    if (!parser.isSet(QStringLiteral("user")))
        return Console::fail(tr("--user is required: pass the directory user whose values to restore."));
    auto context = PlanSupport::open(parser);
    if (!context)
        return Console::fail(context.error().message);
    const auto restore = requestFrom(parser, *context->store);
    if (const int *exit = std::get_if<int>(&restore))
        return *exit;
    PlanRequest request;
    request.restore = std::get<RestoreRequest>(restore);
    auto input = PlanInputLoader::load(*context->store, context->integration, request);
    if (!input)
        return Console::fail(input.error().message);
    auto connection = PlanSupport::connect(parser, *context);
    if (!connection)
        return Console::fail(connection.error().message);
    RestoreReader reader(&(*connection)->client(), context->store.get(), *input, *request.restore);
    QEventLoop loop;
    QObject::connect(&reader, &RestoreReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    if (!reader.error().isEmpty())
        return Console::fail(reader.error());
    return PlanSupport::showAndQueue(parser, *context, reader.plan(), *input, request, true);
}

const CommandRegistry::Registration restoreRegistration(
    {"restore", QT_TRANSLATE_NOOP("CommandLine", "Write a user's overwritten Microsoft 365 values back (plan first)."),
     restoreCommand});

} // namespace
