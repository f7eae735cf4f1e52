#include "tests/ui/UiFixture.h"

#include <QJsonObject>

UiFixture::UiFixture()
    : m_tokens(Secret(QByteArrayLiteral("ui-test-token")))
    , m_client(&m_network, &m_tokens)
{ }

QString UiFixture::setUp(int users, quint32 seed)
{
    if (!m_dir.isValid())
        return m_dir.errorString();
    m_sim.generateUsers(users, seed);
    m_sim.setAcceptedTokens({QStringLiteral("ui-test-token")});
    if (m_sim.listen() == 0)
        return QStringLiteral("graphsim did not listen: ") + m_sim.errorString();
    m_client.setBaseUrl(m_sim.baseUrl());
    // Tests must not sleep through real back-off: the policy's waits are scaled down, its decisions stay the same.
    RetryPolicy policy = m_client.retryPolicy();
    policy.setTimeScale(0.001);
    m_client.setRetryPolicy(policy);

    Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("directory.sqlite")));
    if (!store)
        return store.error().message;
    m_store = std::move(store).value();
    Integration integration;
    integration.name = QStringLiteral("Contoso (test)");
    integration.cloud = QStringLiteral("global");
    integration.graphUrl = m_sim.baseUrl().toString();
    Result<Integration> created = m_store->createIntegration(integration);
    if (!created)
        return created.error().message;
    m_integration = *created;
    return {};
}

AppContext UiFixture::context()
{
    AppContext context;
    context.store = m_store.get();
    context.graphClientFor = [this](const Integration &integration) -> GraphClient * {
        return integration.id == m_integration.id ? &m_client : nullptr;
    };
    return context;
}

int UiFixture::enabledCount() const
{
    int count = 0;
    const QList<QJsonObject> users = m_sim.users();
    for (const QJsonObject &user : users)
        count += user.value(QStringLiteral("accountEnabled")).toBool() ? 1 : 0;
    return count;
}
