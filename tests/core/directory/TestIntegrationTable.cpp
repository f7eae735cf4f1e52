// Migration 0002 and IntegrationTable on SQLite and PostgreSQL: sign-in state round trip, rename rules, removal with
// its bindings, the configuration export, and that re-authorizing (setAuth again) keeps bindings.
#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestIntegrationTable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    Integration create(const QString &name)
    {
        Integration integration;
        integration.name = name;
        integration.cloud = QStringLiteral("usgov");
        auto created = m_store->createIntegration(integration);
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created ? *created : Integration();
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QFETCH_GLOBAL(QString, backend);
        SKIP_OR_FAIL_WITHOUT_PG(backend);
        m_db = std::make_unique<TestDatabase>(backend);
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        auto store = Store::open(m_db->spec());
        QVERIFY_RESULT(store);
        m_store = std::move(*store);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void newIntegrationIsUnauthorized()
    {
        const Integration i = create(QStringLiteral("Contoso"));
        auto auth = m_store->integrationTable().auth(i.id);
        QVERIFY_RESULT(auth);
        QCOMPARE(auth->state, IntegrationAuth::State::Unauthorized);
        QVERIFY(auth->clientId.isEmpty());
        QCOMPARE(auth->tokenExpiresAt, 0);
    }

    void authRoundTripsAndReauthorizeKeepsBindings()
    {
        const Integration i = create(QStringLiteral("Contoso"));
        User user;
        user.username = QStringLiteral("alice");
        QVERIFY_RESULT(m_store->insertUsers({user}));
        auto alice = m_store->userByUsername(QStringLiteral("alice"));
        QVERIFY_RESULT(alice);
        QVERIFY_RESULT(m_store->bind(i.id, (*alice)->id, QStringLiteral("m365-1")));

        IntegrationAuth auth;
        auth.integrationId = i.id;
        auth.clientId = QStringLiteral("  11111111-2222-3333-4444-555555555555 ");
        auth.tenantId = QStringLiteral("0c79b541-eb65-4d87-931a-36e5ae809944");
        auth.account = QStringLiteral("admin@northwind-labs.com");
        auth.state = IntegrationAuth::State::Authorized;
        auth.tokenExpiresAt = 1'800'000'000'000;
        auth.authorizedAt = 1'700'000'000'000;
        QVERIFY_RESULT(m_store->integrationTable().setAuth(auth));
        auto read = m_store->integrationTable().auth(i.id);
        QVERIFY_RESULT(read);
        auth.clientId = auth.clientId.trimmed();
        QCOMPARE(*read, auth);
        // tenant_id is the integration's own column too.
        auto byName = m_store->integrationByName(QStringLiteral("contoso"));
        QVERIFY_RESULT(byName);
        QCOMPARE((*byName)->tenantId, auth.tenantId);

        // Needing re-authorization, then re-authorizing: bindings stay.
        auth.state = IntegrationAuth::State::ReauthorizationNeeded;
        auth.message = QStringLiteral("revoked");
        QVERIFY_RESULT(m_store->integrationTable().setAuth(auth));
        auth.state = IntegrationAuth::State::Authorized;
        auth.message.clear();
        QVERIFY_RESULT(m_store->integrationTable().setAuth(auth));
        auto bound = m_store->boundM365Ids(i.id);
        QVERIFY_RESULT(bound);
        QCOMPARE(*bound, QSet<QString> {QStringLiteral("m365-1")});
    }

    void setAuthOnMissingIntegrationFails()
    {
        IntegrationAuth auth;
        auth.integrationId = QStringLiteral("nope");
        QVERIFY(!m_store->integrationTable().setAuth(auth));
    }

    void renameFollowsNameRules()
    {
        const Integration a = create(QStringLiteral("Alpha"));
        create(QStringLiteral("Beta"));
        IntegrationTable &table = m_store->integrationTable();
        QVERIFY(!table.rename(a.id, QStringLiteral("   ")));
        QVERIFY(!table.rename(a.id, QString(256, QLatin1Char('x'))));
        const auto duplicate = table.rename(a.id, QStringLiteral("BETA"));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("already exists")));
        QVERIFY_RESULT(table.rename(a.id, QStringLiteral(" Gamma ")));
        auto renamed = table.byId(a.id);
        QVERIFY_RESULT(renamed);
        QCOMPARE((*renamed)->name, QStringLiteral("Gamma"));
        QVERIFY(!table.rename(QStringLiteral("missing"), QStringLiteral("Delta")));
    }

    void exportThenRemove()
    {
        const Integration i = create(QStringLiteral("Contoso"));
        User user;
        user.username = QStringLiteral("bob");
        QVERIFY_RESULT(m_store->insertUsers({user}));
        auto bob = m_store->userByUsername(QStringLiteral("bob"));
        QVERIFY_RESULT(bob);
        QVERIFY_RESULT(m_store->bind(i.id, (*bob)->id, QStringLiteral("m365-b")));
        IntegrationAuth auth;
        auth.integrationId = i.id;
        auth.clientId = QStringLiteral("app");
        auth.account = QStringLiteral("admin@contoso.example");
        QVERIFY_RESULT(m_store->integrationTable().setAuth(auth));

        auto exported = m_store->integrationTable().exportConfiguration(i.id);
        QVERIFY_RESULT(exported);
        QCOMPARE(exported->value(QLatin1String("name")).toString(), QStringLiteral("Contoso"));
        QCOMPARE(exported->value(QLatin1String("cloud")).toString(), QStringLiteral("usgov"));
        QCOMPARE(exported->value(QLatin1String("clientId")).toString(), QStringLiteral("app"));
        QCOMPARE(exported->value(QLatin1String("bindings")).toArray().size(), 1);

        QVERIFY_RESULT(m_store->integrationTable().remove(i.id));
        auto gone = m_store->integrationTable().byId(i.id);
        QVERIFY_RESULT(gone);
        QVERIFY(!gone->has_value());
        auto bound = m_store->boundM365Ids(i.id);
        QVERIFY_RESULT(bound);
        QVERIFY(bound->isEmpty());
        QVERIFY(!m_store->integrationTable().remove(i.id));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationTable)
#include "TestIntegrationTable.moc"
