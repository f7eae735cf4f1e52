// clouddir signin: the interactive OAuth sign-in of an integration from the command line (issue 4). Same core code as
// the window: SignInFlow, TokenStore (keychain only) and IntegrationTable.
//
// The integration is created on its first sign-in with the given --cloud, --login-url and --graph-url; a later
// sign-in is a re-authorization that keeps the integration (its id, bindings and settings) and its stored cloud and
// endpoints, and refuses options that disagree with them.
#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/auth/OAuthSettings.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenStore.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SigninCommand", text);
}

Result<QUrl> httpUrl(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return QUrl();
    const QUrl url(parser.value(option), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return makeError(tr("--%1 %2 is not an http(s) URL.").arg(option, parser.value(option)));
    return url;
}

// The integration to sign in: found by name, or created from the options.
Result<Integration> integrationFor(Store &store, const QCommandLineParser &parser, const QString &cloud,
                                   const QUrl &loginUrl, const QUrl &graphUrl)
{
    const QString name = parser.value(QStringLiteral("integration"));
    Result<std::optional<Integration>> found = store.integrationByName(name);
    if (!found)
        return found.error();
    if (!*found) {
        Integration integration;
        integration.name = name;
        integration.cloud = cloud;
        integration.loginUrl = loginUrl.toString();
        integration.graphUrl = graphUrl.toString();
        return store.createIntegration(integration);
    }
    const Integration &existing = **found;
    if (parser.isSet(QStringLiteral("cloud")) && existing.cloud != cloud)
        return makeError(tr("Integration '%1' is on the %2 cloud; a re-authorization keeps it (deactivate and add it "
                            "again to change clouds).")
                             .arg(existing.name, existing.cloud));
    if ((parser.isSet(QStringLiteral("login-url")) && existing.loginUrl != loginUrl.toString())
        || (parser.isSet(QStringLiteral("graph-url")) && existing.graphUrl != graphUrl.toString()))
        return makeError(tr("Integration '%1' keeps the endpoints it was created with; --login-url and --graph-url "
                            "must match them.")
                             .arg(existing.name));
    return existing;
}

void printFlushed(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout); // a script waits for this line before it opens the URL
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign in to Microsoft 365 for an integration (OAuth authorization code with "
                                        "PKCE in the system browser); the refresh token goes to the OS keychain."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption(
        {QStringLiteral("integration"), tr("Integration name (created on its first sign-in)."), tr("NAME")});
    parser.addOption({QStringLiteral("client-id"),
                      tr("Application (client) id of your app registration (Mobile and desktop applications, "
                         "redirect http://localhost)."),
                      tr("ID")});
    parser.addOption({QStringLiteral("cloud"), tr("global (default), usgov, dod or china."), tr("CLOUD")});
    parser.addOption({QStringLiteral("tenant"), tr("Tenant id or domain (default: organizations)."), tr("T")});
    parser.addOption({QStringLiteral("login-url"), tr("Replaces the authority (scheme, host, port)."), tr("URL")});
    parser.addOption({QStringLiteral("graph-url"), tr("Replaces the Microsoft Graph base URL."), tr("URL")});
    parser.addOption({QStringLiteral("no-browser"), tr("Print the sign-in URL instead of opening a browser.")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for the browser (default 300)."), tr("S")});
    if (const std::optional<int> exit = Console::parse(parser, arguments))
        return *exit;
    for (const char *required : {"db", "integration", "client-id"}) {
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return Console::fail(tr("--%1 is required (see --help).").arg(QString::fromLatin1(required)));
    }
    const QString cloudId = parser.isSet(QStringLiteral("cloud")) ? parser.value(QStringLiteral("cloud")).toLower()
                                                                  : QStringLiteral("global");
    const std::optional<CloudEndpoints::Cloud> cloud = OAuthSettings::cloudFromStoreId(cloudId);
    if (!cloud)
        return Console::fail(tr("--cloud %1 is not one of global, usgov, dod, china.").arg(cloudId));
    const Result<QUrl> loginUrl = httpUrl(parser, QStringLiteral("login-url"));
    const Result<QUrl> graphUrl = httpUrl(parser, QStringLiteral("graph-url"));
    if (!loginUrl || !graphUrl)
        return Console::fail(!loginUrl ? loginUrl.error().message : graphUrl.error().message);
    int timeoutSeconds = 300;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
            return Console::fail(tr("--timeout must be 1 to 3600 seconds."));
    }

    Result<std::unique_ptr<Store>> opened = Store::open(parser.value(QStringLiteral("db")));
    if (!opened)
        return Console::fail(opened.error().message);
    Store &store = **opened;
    Result<Integration> integration = integrationFor(store, parser, cloudId, *loginUrl, *graphUrl);
    if (!integration)
        return Console::fail(integration.error().message);
    Result<IntegrationAuth> previous = store.integrationTable().auth(integration->id);
    if (!previous)
        return Console::fail(previous.error().message);

    OAuthSettings settings;
    settings.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    settings.cloud = OAuthSettings::cloudFromStoreId(integration->cloud).value_or(*cloud);
    if (parser.isSet(QStringLiteral("tenant")))
        settings.tenant = parser.value(QStringLiteral("tenant"));
    settings.loginUrl = QUrl(integration->loginUrl);
    settings.graphUrl = QUrl(integration->graphUrl);

    QNetworkAccessManager network;
    TokenStore tokens;
    SignInFlow flow(&network, settings);
    flow.setTimeout(std::chrono::seconds(timeoutSeconds));
    const bool openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    QObject::connect(&flow, &SignInFlow::authorizationUrlReady, &flow, [openBrowser](const QUrl &url) {
        printFlushed(QString::fromLatin1(url.toEncoded()));
        // The command runs without a GUI application, so the desktop's opener is asked directly.
        if (openBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"), {QString::fromLatin1(url.toEncoded())}))
            printFlushed(tr("Open the URL above in a browser to sign in."));
    });
    QEventLoop loop;
    QObject::connect(&flow, &SignInFlow::finished, &loop, &QEventLoop::quit);
    flow.start();
    loop.exec();
    if (flow.hasError())
        return Console::fail(flow.error().message());

    const TokenResponse result = flow.result();
    OAuthError stored = OAuthError::make(OAuthError::Kind::Keychain, tr("no answer"));
    tokens.write(integration->id, StoredCredentials {result.refreshToken, result.tenantId, result.account}, &loop,
                 [&](const OAuthError &error) {
                     stored = error;
                     loop.quit();
                 });
    loop.exec();
    if (stored.isError())
        return Console::fail(stored.message());

    IntegrationAuth auth = *previous;
    auth.clientId = settings.clientId;
    auth.tenantId = result.tenantId;
    auth.account = result.account;
    auth.state = IntegrationAuth::State::Authorized;
    auth.message.clear();
    auth.tokenExpiresAt = result.expiresAt;
    auth.authorizedAt = QDateTime::currentMSecsSinceEpoch();
    if (Result<void> saved = store.integrationTable().setAuth(auth); !saved)
        return Console::fail(saved.error().message);
    Console::out(QStringLiteral("signed in: %1 tenant %2").arg(result.account, result.tenantId));
    return 0;
}

const CommandRegistry::Registration registration({
    "signin",
    QT_TRANSLATE_NOOP("CommandLine", "sign in to Microsoft 365 for an integration (browser, PKCE, keychain)"),
    run,
});

} // namespace
