#pragma once

#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "tests/graphsim/GraphSim.h"
#include "ui/AppContext.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// A demo tenant in graphsim, a fresh SQLite directory with one integration pointing at it, and a Graph client with
// the tenant's token: the real parts the GUI suites and the screenshot tool drive.
class UiFixture final
{
public:
    UiFixture();
    Q_DISABLE_COPY_MOVE(UiFixture)

    // Returns an empty string on success, else what failed.
    QString setUp(int users, quint32 seed = 7);

    GraphSim &sim() { return m_sim; }
    Store &store() { return *m_store; }
    GraphClient &client() { return m_client; }
    const Integration &integration() const { return m_integration; }
    AppContext context();
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // Enabled accounts in the tenant: what the import lists.
    int enabledCount() const;

private:
    QTemporaryDir m_dir;
    GraphSim m_sim;
    std::unique_ptr<Store> m_store;
    QNetworkAccessManager m_network;
    StaticTokenProvider m_tokens;
    GraphClient m_client;
    Integration m_integration;
};
