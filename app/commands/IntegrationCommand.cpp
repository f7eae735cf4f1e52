#include "app/CommandRegistry.h"
#include "app/Console.h"
#include "app/commands/PlanSupport.h"

#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/ExportSelection.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationCommand", text);
}

// `clouddir integration add`: the automation path without sign-in. The token file is checked but never stored:
// later commands take --access-token-file again (DESIGN.md "Secrets").
int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds an integration that reaches Graph at --graph-url with the token of "
                                        "--access-token-file (which is not stored)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("name"), tr("The integration's name."), tr("NAME")});
    parser.addOption({QStringLiteral("graph-url"), tr("Microsoft Graph base URL."), tr("URL")});
    parser.addOption({QStringLiteral("access-token-file"), tr("File holding a Graph access token."), tr("FILE")});
    if (!parser.parse(arguments))
        return Console::fail(parser.errorText() + tr(" (see --help)"));
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    for (const char *required : {"db", "name", "graph-url", "access-token-file"}) {
        if (!parser.isSet(QLatin1String(required)))
            return Console::fail(tr("--%1 is required.").arg(QLatin1String(required)));
    }
    const QUrl url(parser.value(QStringLiteral("graph-url")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return Console::fail(
            tr("--graph-url %1 is not an http(s) URL.").arg(parser.value(QStringLiteral("graph-url"))));
    if (auto token = StaticTokenProvider::readTokenFile(parser.value(QStringLiteral("access-token-file"))); !token)
        return Console::fail(token.error().message);
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return Console::fail(store.error().message);
    Integration integration;
    integration.name = parser.value(QStringLiteral("name"));
    integration.graphUrl = url.toString();
    auto created = (*store)->createIntegration(integration);
    if (!created)
        return Console::fail(created.error().message);
    Console::out(tr("Added integration %1 (%2).").arg(created->name, created->id));
    return 0;
}

int set(const QStringList &arguments)
{
    QCommandLineParser parser;
    PlanSupport::addOptions(parser, true);
    parser.addOption({QStringLiteral("domains"), tr("Accepted domains, comma-separated (empty = all)."), tr("LIST")});
    parser.addOption({QStringLiteral("default-domain"), tr("Default domain (one of --domains)."), tr("D")});
    parser.addOption({QStringLiteral("no-default-domain"), tr("Remove the default domain.")});
    parser.addOption({QStringLiteral("export"),
                      tr("Optional attributes to export, comma-separated (%1).")
                          .arg(ExportSelection::names().join(QStringLiteral(", "))),
                      tr("LIST")});
    if (const auto exit = PlanSupport::parse(parser, arguments,
                                             tr("Changes an integration's domains, default domain or export "
                                                "selection: shows the plan and saves it with --yes.")))
        return *exit;
    if (parser.isSet(QStringLiteral("default-domain")) && parser.isSet(QStringLiteral("no-default-domain")))
        return Console::fail(tr("pass --default-domain or --no-default-domain, not both."));
    auto context = PlanSupport::open(parser);
    if (!context)
        return Console::fail(context.error().message);
    const QString id = context->integration.id;
    auto settings = context->store->integrationSettings().get(id);
    if (!settings)
        return Console::fail(settings.error().message);
    IntegrationSettings changed = *settings;
    if (parser.isSet(QStringLiteral("domains"))) {
        changed.domains.clear();
        for (const QString &d : parser.value(QStringLiteral("domains")).split(u',', Qt::SkipEmptyParts))
            changed.domains.append(d.trimmed());
    }
    if (parser.isSet(QStringLiteral("default-domain")))
        changed.defaultDomain = parser.value(QStringLiteral("default-domain")).trimmed();
    if (parser.isSet(QStringLiteral("no-default-domain")))
        changed.defaultDomain.clear();
    PlanRequest request;
    if (parser.isSet(QStringLiteral("export"))) {
        auto stored = context->store->mappings().forIntegration(id);
        if (!stored)
            return Console::fail(stored.error().message);
        auto exported = ExportSelection::request(
            id, parser.value(QStringLiteral("export")).split(u',', Qt::SkipEmptyParts), *stored, changed);
        if (!exported)
            return Console::fail(exported.error().message);
        request = *exported;
        if (request.settings)
            changed = *request.settings;
    }
    if (changed != *settings)
        request.settings = changed;
    return PlanSupport::planAndQueue(parser, *context, request, true);
}

int integration(const QStringList &arguments)
{
    const QString verb = arguments.value(2);
    QStringList rest = arguments;
    rest.remove(1, std::min<qsizetype>(1, rest.size() - 1)); // the verb's parser sees "clouddir <verb> options…"
    if (verb == u"add") {
        rest.removeAt(1);
        return add(rest);
    }
    if (verb == u"set")
        return set(rest);
    if (verb.isEmpty() || verb == u"--help" || verb == u"-h") {
        Console::out(tr("Usage: clouddir integration add|set … (see clouddir integration add --help)"));
        return verb.isEmpty() ? 1 : 0;
    }
    return Console::fail(tr("unknown verb 'integration %1'; run clouddir integration --help.").arg(verb));
}

const CommandRegistry::Registration registration(
    {"integration", QT_TRANSLATE_NOOP("CommandLine", "Add an integration, or change its domains and exports."),
     integration});

} // namespace
