// clouddir token-status: what is known about an integration's sign-in, and --refresh to redeem its refresh token now
// (the rotated one replaces it in the keychain). Never prints a token.
#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/auth/IntegrationSessions.h"
#include "core/auth/OAuthTokenProvider.h"
#include "core/auth/TokenStore.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenStatusCommand", text);
}

QString stateName(IntegrationAuth::State state)
{
    return IntegrationTable::stateId(state);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show an integration's sign-in: account, tenant, access-token expiry and "
                                        "whether the keychain holds a refresh token."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Directory database (SQLite file or postgresql:// URL)."), tr("DB")});
    parser.addOption({QStringLiteral("integration"), tr("Integration name."), tr("NAME")});
    parser.addOption({QStringLiteral("refresh"), tr("Redeem the refresh token now (it rotates).")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (const std::optional<int> exit = Console::parse(parser, arguments))
        return *exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("integration")))
        return Console::fail(tr("--db and --integration are required (see --help)."));

    Result<std::unique_ptr<Store>> opened = Store::open(parser.value(QStringLiteral("db")));
    if (!opened)
        return Console::fail(opened.error().message);
    Store &store = **opened;
    const QString name = parser.value(QStringLiteral("integration"));
    Result<std::optional<Integration>> found = store.integrationByName(name);
    if (!found)
        return Console::fail(found.error().message);
    if (!*found)
        return Console::fail(tr("No integration named '%1' in %2.").arg(name, store.displayName()));
    const Integration integration = **found;
    Result<IntegrationAuth> auth = store.integrationTable().auth(integration.id);
    if (!auth)
        return Console::fail(auth.error().message);

    QNetworkAccessManager network;
    TokenStore tokens;
    QEventLoop loop;
    if (parser.isSet(QStringLiteral("refresh"))) {
        if (auth->clientId.isEmpty())
            return Console::fail(tr("Integration '%1' was never signed in; run clouddir signin first.").arg(name));
        OAuthTokenProvider provider(&network, &tokens, integration.id,
                                    IntegrationSessions::settingsFor(integration, *auth));
        bool ok = false;
        provider.refresh(&loop, [&](bool result) {
            ok = result;
            loop.quit();
        });
        loop.exec();
        if (ok) {
            auth->state = IntegrationAuth::State::Authorized;
            auth->message.clear();
            auth->tokenExpiresAt = provider.expiresAt();
        } else if (provider.lastError().needsInteractiveSignIn()) {
            auth->state = IntegrationAuth::State::ReauthorizationNeeded;
            auth->message = provider.lastError().message();
        }
        if (Result<void> saved = store.integrationTable().setAuth(*auth); !saved)
            return Console::fail(saved.error().message);
        if (!ok)
            return Console::fail(provider.lastError().message());
    }

    std::optional<StoredCredentials> stored;
    OAuthError readError;
    tokens.read(integration.id, &loop, [&](const std::optional<StoredCredentials> &credentials, const OAuthError &e) {
        stored = credentials;
        readError = e;
        loop.quit();
    });
    loop.exec();
    if (readError.isError())
        return Console::fail(readError.message());

    const QString expiresAt = auth->tokenExpiresAt > 0
                                  ? QDateTime::fromMSecsSinceEpoch(auth->tokenExpiresAt, Qt::UTC).toString(Qt::ISODate)
                                  : QString();
    const QString account = stored && !stored->account.isEmpty() ? stored->account : auth->account;
    const QString tenant = stored && !stored->tenantId.isEmpty() ? stored->tenantId : auth->tenantId;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json {{QStringLiteral("account"), account},
                          {QStringLiteral("tenant"), tenant},
                          {QStringLiteral("expiresAt"), expiresAt.isEmpty() ? QJsonValue() : QJsonValue(expiresAt)},
                          {QStringLiteral("hasRefreshToken"), stored.has_value()},
                          {QStringLiteral("state"), stateName(auth->state)}};
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return 0;
    }
    Console::out(tr("account: %1").arg(account));
    Console::out(tr("tenant: %1").arg(tenant));
    Console::out(tr("access token expires: %1").arg(expiresAt.isEmpty() ? tr("unknown") : expiresAt));
    Console::out(tr("refresh token in keychain: %1").arg(stored ? tr("yes") : tr("no")));
    Console::out(tr("state: %1").arg(stateName(auth->state)));
    return 0;
}

const CommandRegistry::Registration registration({
    "token-status",
    QT_TRANSLATE_NOOP("CommandLine", "show an integration's sign-in; --refresh redeems its refresh token now"),
    run,
});

} // namespace
