#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "app/commands/PlanSupport.h"

#include <QCoreApplication>

namespace {

// `clouddir plan`: what would be pushed to M365 now, for the integration as it is. Writes nothing.
int plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    PlanSupport::addOptions(parser, false);
    if (const auto exit = PlanSupport::parse(
            parser, arguments,
            QCoreApplication::translate("PlanCommand",
                                        "Shows every Microsoft 365 change the integration would make now: per user "
                                        "the operation and each attribute's old and new value. Writes nothing.")))
        return *exit;
    auto context = PlanSupport::open(parser);
    if (!context)
        return Console::fail(context.error().message);
    return PlanSupport::planAndQueue(parser, *context, PlanRequest(), false);
}

const CommandRegistry::Registration registration({"plan",
                                                  QT_TRANSLATE_NOOP("CommandLine",
                                                                    "Show what an integration would change in "
                                                                    "Microsoft 365 now."),
                                                  plan});

} // namespace
