#pragma once

#include "app/GraphConnection.h"
#include "core/common/Result.h"
#include "core/directory/Integration.h"
#include "core/directory/Store.h"
#include "core/sync/Plan.h"
#include "core/sync/PlanInput.h"
#include "core/sync/PlanRequest.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

// What the commands that plan M365 writes share (integration set, bind, unbind, plan): the options, opening the
// directory and the integration, reading the tenant (GET /domains, one paged /users listing), planning, printing
// the plan, and queueing it only with --yes (and --confirm NAME when the brake applies).
namespace PlanSupport {

struct Context
{
    std::unique_ptr<Store> store;
    Integration integration;
};

void addOptions(QCommandLineParser &parser, bool writes);
// Parses arguments (without the subcommand name); an exit code when done (help, bad options).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);
[[nodiscard]] Result<Context> open(const QCommandLineParser &parser);
// The integration's Graph connection from the options (--graph-url overrides the integration's URL).
[[nodiscard]] Result<std::unique_ptr<GraphConnection>> connect(const QCommandLineParser &parser,
                                                               const Context &context);
// Plans request against the tenant, prints the plan, and with --yes queues it. Returns the exit code.
int planAndQueue(const QCommandLineParser &parser, Context &context, const PlanRequest &request, bool writes);
// Prints a plan made elsewhere (e.g. a restore) and with --yes queues it. Returns the exit code.
int showAndQueue(const QCommandLineParser &parser, Context &context, const Plan &plan, const PlanInput &input,
                 const PlanRequest &request, bool writes);

} // namespace PlanSupport
