#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "app/commands/PlanSupport.h"

#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BindCommand", text);
}

// Shared by bind and unbind: resolves --all / --user / --group into ids, plans, and queues with --yes.
int run(const QStringList &arguments, bool bind)
{
    QCommandLineParser parser;
    PlanSupport::addOptions(parser, true);
    parser.addOption({QStringLiteral("all"), bind ? tr("Bind every directory user.") : tr("Unbind every user.")});
    parser.addOption({QStringLiteral("user"), tr("A username (repeatable)."), tr("USER")});
    parser.addOption({QStringLiteral("group"), tr("A directory group (repeatable)."), tr("GROUP")});
    const QString description =
        bind ? tr("Binds users or groups to an integration: shows the plan (create, take over, update, …) and queues "
                  "it with --yes.")
             : tr("Unbinds users or groups: their accounts are suspended in Microsoft 365, never deleted. Shows the "
                  "plan and queues it with --yes.");
    if (const auto exit = PlanSupport::parse(parser, arguments, description))
        return *exit;
    const QStringList users = parser.values(QStringLiteral("user"));
    const QStringList groups = parser.values(QStringLiteral("group"));
    if (parser.isSet(QStringLiteral("all")) == (!users.isEmpty() || !groups.isEmpty()))
        return Console::fail(tr("pass either --all or one or more --user USER / --group GROUP."));
    auto context = PlanSupport::open(parser);
    if (!context)
        return Console::fail(context.error().message);
    Store &store = *context->store;
    QStringList userIds;
    QStringList groupIds;
    if (parser.isSet(QStringLiteral("all"))) {
        auto all = store.userKeys();
        if (!all)
            return Console::fail(all.error().message);
        for (const UserKey &k : std::as_const(*all))
            userIds.append(k.id);
        if (!bind) {
            auto bound = store.bindings().boundGroupIds(context->integration.id);
            if (!bound)
                return Console::fail(bound.error().message);
            groupIds = *bound;
        }
    }
    for (const QString &name : users) {
        auto user = store.userByUsername(name);
        if (!user)
            return Console::fail(user.error().message);
        if (!user->has_value())
            return Console::fail(tr("No directory user '%1'; nothing was changed.").arg(name));
        userIds.append((*user)->id);
    }
    for (const QString &name : groups) {
        auto group = store.groups().byName(name);
        if (!group)
            return Console::fail(group.error().message);
        if (!group->has_value())
            return Console::fail(tr("No directory group '%1'; nothing was changed.").arg(name));
        groupIds.append((*group)->id);
    }
    PlanRequest request;
    (bind ? request.change.bindUsers : request.change.unbindUsers) = userIds;
    (bind ? request.change.bindGroups : request.change.unbindGroups) = groupIds;
    return PlanSupport::planAndQueue(parser, *context, request, true);
}

int bindCommand(const QStringList &arguments)
{
    return run(arguments, true);
}

int unbindCommand(const QStringList &arguments)
{
    return run(arguments, false);
}

const CommandRegistry::Registration bindRegistration(
    {"bind", QT_TRANSLATE_NOOP("CommandLine", "Bind users or groups to an integration (plan first)."), bindCommand});
const CommandRegistry::Registration unbindRegistration(
    {"unbind", QT_TRANSLATE_NOOP("CommandLine", "Unbind users or groups; their accounts are suspended (plan first)."),
     unbindCommand});

} // namespace
