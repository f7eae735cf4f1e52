// Migration 0003 and MappingTable on SQLite and PostgreSQL: round trip, one mapping per property (upsert), removal,
// locked defaults refused, cascade with the integration, and the built-in defaults merged on read.
#include "../directory/StoreTestSupport.h"
#include "../directory/TestDatabase.h"

#include "core/directory/MappingTable.h"
#include "core/directory/Store.h"
#include "core/mapping/BuiltInMappings.h"

#include <QRegularExpression>
#include <QTest>

class TestMappingTable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QString m_integration;

    static Mapping custom(const QString &integrationId, const QString &property, const QString &expression)
    {
        Mapping m;
        m.integrationId = integrationId;
        m.targetProperty = property;
        m.type = Mapping::Type::Expression;
        m.source = expression;
        return m;
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
        Integration integration;
        integration.name = QStringLiteral("Contoso");
        auto created = m_store->createIntegration(integration);
        QVERIFY_RESULT(created);
        m_integration = created->id;
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void roundTripsEveryField_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("hasDefault");
        QTest::addColumn<int>("apply");
        QTest::newRow("direct") << int(Mapping::Type::Direct) << "department" << false << int(Mapping::Apply::Always);
        QTest::newRow("constant with default")
            << int(Mapping::Type::Constant) << "DE" << true << int(Mapping::Apply::CreateOnly);
        QTest::newRow("expression with quotes") << int(Mapping::Type::Expression) << "Join(\"'\", [a], \"O'Neil\\\"s\")"
                                                << true << int(Mapping::Apply::Always);
        QTest::newRow("unicode") << int(Mapping::Type::Constant) << "Zürich 😀" << false << int(Mapping::Apply::Always);
    }

    void roundTripsEveryField()
    {
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(bool, hasDefault);
        QFETCH(int, apply);
        Mapping m = custom(m_integration, QStringLiteral("companyName"), source);
        m.type = Mapping::Type(type);
        m.apply = Mapping::Apply(apply);
        if (hasDefault)
            m.defaultValue = QStringLiteral("");
        m.builtIn = QStringLiteral("user_department");
        auto saved = m_store->mappings().save(m);
        QVERIFY_RESULT(saved);
        QVERIFY(!saved->id.isEmpty());
        QVERIFY(saved->createdAt > 0);
        auto read = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first(), *saved);
        QCOMPARE(read->first().defaultValue.has_value(), hasDefault); // "" default is not the same as none
    }

    void oneMappingPerProperty()
    {
        auto first =
            m_store->mappings().save(custom(m_integration, QStringLiteral("usageLocation"), QStringLiteral("\"DE\"")));
        QVERIFY_RESULT(first);
        Mapping second = custom(m_integration, QStringLiteral("usageLocation"), QStringLiteral("\"FR\""));
        auto replaced = m_store->mappings().save(second);
        QVERIFY_RESULT(replaced);
        QCOMPARE(replaced->id, first->id); // the property's row was updated, not duplicated
        QCOMPARE(replaced->createdAt, first->createdAt);
        auto read = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().source, QStringLiteral("\"FR\""));
    }

    void separatesIntegrations()
    {
        Integration other;
        other.name = QStringLiteral("Fabrikam");
        auto created = m_store->createIntegration(other);
        QVERIFY_RESULT(created);
        QVERIFY_RESULT(
            m_store->mappings().save(custom(m_integration, QStringLiteral("jobTitle"), QStringLiteral("[a]"))));
        QVERIFY_RESULT(
            m_store->mappings().save(custom(created->id, QStringLiteral("jobTitle"), QStringLiteral("[b]"))));
        auto mine = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().source, QStringLiteral("[a]"));
    }

    void removes()
    {
        QVERIFY_RESULT(
            m_store->mappings().save(custom(m_integration, QStringLiteral("jobTitle"), QStringLiteral("[a]"))));
        QVERIFY_RESULT(m_store->mappings().save(custom(m_integration, QStringLiteral("city"), QStringLiteral("[b]"))));
        QVERIFY_RESULT(m_store->mappings().remove(m_integration, QStringLiteral("jobTitle")));
        QVERIFY_RESULT(m_store->mappings().remove(m_integration, QStringLiteral("notThere")));
        auto read = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().targetProperty, QStringLiteral("city"));
    }

    void refusesLockedAndIncomplete()
    {
        const Mapping locked = BuiltInMappings::locked(m_integration).first();
        auto refused = m_store->mappings().save(locked);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("always exported")),
                 qPrintable(refused.error().message));
        auto incomplete = m_store->mappings().save(custom(m_integration, QString(), QStringLiteral("[a]")));
        QVERIFY(!incomplete);
        // The foreign key refuses a mapping of an integration that does not exist (the Store logs the failure).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("(?i)foreign key")));
        auto unknownIntegration =
            m_store->mappings().save(custom(QStringLiteral("nope"), QStringLiteral("city"), QStringLiteral("[a]")));
        QVERIFY(!unknownIntegration); // foreign key
    }

    void defaultsAreMergedOnRead()
    {
        QVERIFY_RESULT(m_store->mappings().save(custom(m_integration, QStringLiteral("city"), QStringLiteral("[b]"))));
        auto stored = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(stored);
        const QList<Mapping> all = BuiltInMappings::withDefaults(m_integration, *stored);
        QStringList properties;
        for (const Mapping &m : all)
            properties.append(m.targetProperty + (m.locked ? QStringLiteral("*") : QString()));
        QCOMPARE(properties,
                 (QStringList {QStringLiteral("city"), QStringLiteral("displayName*"), QStringLiteral("givenName*"),
                               QStringLiteral("surname*"), QStringLiteral("userPrincipalName*")}));
        // Ticking "UPN from alternate email" replaces the locked UPN default.
        Mapping upn = BuiltInMappings::optional(m_integration).last();
        QCOMPARE(upn.builtIn, QStringLiteral("user_principal_name_from_alternate_email"));
        QVERIFY_RESULT(m_store->mappings().save(upn));
        auto again = m_store->mappings().forIntegration(m_integration);
        QVERIFY_RESULT(again);
        const QList<Mapping> merged = BuiltInMappings::withDefaults(m_integration, *again);
        const auto it = std::find_if(merged.cbegin(), merged.cend(),
                                     [](const Mapping &m) { return m.targetProperty == u"userPrincipalName"; });
        QVERIFY(it != merged.cend());
        QCOMPARE(it->source, QStringLiteral("alternateEmail"));
        QVERIFY(!it->locked);
    }
};

QTEST_GUILESS_MAIN(TestMappingTable)
#include "TestMappingTable.moc"
