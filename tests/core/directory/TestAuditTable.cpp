// Migration 0006 and AuditTable on SQLite and PostgreSQL: append inside a caller's transaction, search newest first
// with filters and case-insensitive text, count, and the CSV export with its formula guard.
#include "StoreTestSupport.h"
#include "TestDatabase.h"

#include "core/directory/AuditTable.h"
#include "core/directory/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

AuditEntry entry(qint64 at, const QString &username, const QString &property, const QString &oldValue,
                 const QString &newValue, const QString &integrationId = QStringLiteral("i1"))
{
    AuditEntry e;
    e.at = at;
    e.actor = QStringLiteral("os:tester");
    e.integrationId = integrationId;
    e.action = AuditEntry::ActionEdit;
    e.userId = QStringLiteral("u-") + username;
    e.username = username;
    e.property = property;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.result = AuditEntry::ResultOk;
    return e;
}

QStringList usernames(const QList<AuditEntry> &entries)
{
    QStringList names;
    for (const AuditEntry &e : entries)
        names.append(e.username + u'/' + e.property);
    return names;
}

} // namespace

class TestAuditTable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

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

    void appendsAndReadsBackEveryField()
    {
        AuditEntry e = entry(1000, QStringLiteral("ana"), QStringLiteral("department"), QStringLiteral("Sales"),
                             QStringLiteral("Marketing"));
        e.requestId = QStringLiteral("req-1");
        e.detail = QStringLiteral("plan p1");
        QVERIFY_RESULT(m_store->audit().append(e));
        auto found = m_store->audit().search({});
        QVERIFY_RESULT(found);
        QCOMPARE(found->size(), 1);
        QVERIFY(found->first().id > 0);
        e.id = found->first().id;
        QCOMPARE(found->first(), e);
    }

    void stampsNowAndRefusesAnEntryWithoutAction()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY_RESULT(m_store->audit().append(entry(0, QStringLiteral("ana"), {}, {}, {})));
        auto found = m_store->audit().search({});
        QVERIFY_RESULT(found);
        QVERIFY(found->first().at >= before);
        AuditEntry bad = entry(1, QStringLiteral("ben"), {}, {}, {});
        bad.action.clear();
        auto refused = m_store->audit().append(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("action")));
        QCOMPARE(*m_store->audit().count({}), 1);
    }

    void searchesNewestFirstWithFilters()
    {
        QList<AuditEntry> entries = {
            entry(100, QStringLiteral("ana"), QStringLiteral("jobTitle"), QStringLiteral("Clerk"),
                  QStringLiteral("Lead")),
            entry(200, QStringLiteral("Ben"), QStringLiteral("department"), QStringLiteral("Straße"),
                  QStringLiteral("Vertrieb")),
            entry(200, QStringLiteral("carl"), QStringLiteral("jobTitle"), {}, QStringLiteral("100% sure")),
            entry(300, QStringLiteral("dee"), QStringLiteral("department"), {}, QStringLiteral("x"),
                  QStringLiteral("i2"))};
        QVERIFY_RESULT(m_store->audit().appendMany(entries));

        auto all = m_store->audit().search({});
        QVERIFY_RESULT(all);
        // Same millisecond: the later append comes first.
        QCOMPARE(usernames(*all), QStringList({QStringLiteral("dee/department"), QStringLiteral("carl/jobTitle"),
                                               QStringLiteral("Ben/department"), QStringLiteral("ana/jobTitle")}));

        AuditQuery byIntegration;
        byIntegration.integrationId = QStringLiteral("i1");
        QCOMPARE(*m_store->audit().count(byIntegration), 3);

        AuditQuery text;
        text.text = QStringLiteral("BEN");
        QCOMPARE(usernames(*m_store->audit().search(text)), QStringList({QStringLiteral("Ben/department")}));
        text.text = QStringLiteral("STRASSE"); // not a match: no locale folding beyond lower case
        QCOMPARE(*m_store->audit().count(text), 0);
        text.text = QStringLiteral("STRAßE"); // non-ASCII case folding on both engines
        QCOMPARE(*m_store->audit().count(text), 1);
        text.text = QStringLiteral("%"); // wildcards are literal
        QCOMPARE(usernames(*m_store->audit().search(text)), QStringList({QStringLiteral("carl/jobTitle")}));
        text.text = QStringLiteral("jobtitle");
        QCOMPARE(*m_store->audit().count(text), 2);

        AuditQuery window;
        window.since = 200;
        window.until = 300;
        QCOMPARE(*m_store->audit().count(window), 2);

        AuditQuery page;
        page.limit = 2;
        page.offset = 1;
        QCOMPARE(usernames(*m_store->audit().search(page)),
                 QStringList({QStringLiteral("carl/jobTitle"), QStringLiteral("Ben/department")}));
        QCOMPARE(*m_store->audit().count(page), 4); // count ignores paging
    }

    void exportsCsvWithBomAndFormulaGuard()
    {
        QVERIFY_RESULT(m_store->audit().appendMany({entry(1000, QStringLiteral("ana"), QStringLiteral("jobTitle"),
                                                          QStringLiteral("=cmd()"), QStringLiteral("Lead, \"senior\"")),
                                                    entry(2000, QStringLiteral("ben"), QStringLiteral("department"), {},
                                                          QStringLiteral("@Sales"), QStringLiteral("i2"))}));
        const QString path = m_db->folder() + QStringLiteral("/audit.csv");
        AuditQuery query;
        query.integrationId = QStringLiteral("i1");
        query.limit = 0;
        auto written = m_store->audit().exportCsv(query, path);
        QVERIFY_RESULT(written);
        QCOMPARE(*written, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "time,actor,integration,action,"));
        QVERIFY(csv.contains("1970-01-01T00:00:01.000Z,os:tester,i1,edit,u-ana,ana,jobTitle,'=cmd(),"
                             "\"Lead, \"\"senior\"\"\",,ok,\r\n"));
        QVERIFY(!csv.contains("ben"));
    }

    void logsInsideOneTransactionWithTheChangeItRecords()
    {
        User ana;
        ana.username = QStringLiteral("ana");
        User ben;
        ben.username = QStringLiteral("ben");
        QVERIFY_RESULT(m_store->insertUsers({ana, ben}));
        auto stored = m_store->userByUsername(QStringLiteral("ana"));
        QVERIFY_RESULT(stored);
        User edited = **stored;
        edited.department = QStringLiteral("Sales");

        // Both inner steps succeed: the user and the log line are written together.
        QVERIFY_RESULT(m_store->inTransaction([&]() -> Result<void> {
            if (auto updated = m_store->updateUser(edited); !updated) // its own transaction joins this one
                return updated;
            return m_store->audit().append(
                entry(1, QStringLiteral("ana"), QStringLiteral("department"), {}, QStringLiteral("Sales")));
        }));
        QCOMPARE((*m_store->userById(edited.id))->department, QStringLiteral("Sales"));
        QCOMPARE(*m_store->audit().count({}), 1);

        // The log line is appended, then the user update fails: neither is kept.
        User broken = edited;
        broken.department = QStringLiteral("Marketing");
        broken.username = QStringLiteral("BEN"); // taken: fails inside the update's own (joined) transaction
        auto failed = m_store->inTransaction([&]() -> Result<void> {
            if (auto logged = m_store->audit().append(entry(2, QStringLiteral("ana"), QStringLiteral("department"),
                                                            QStringLiteral("Sales"), QStringLiteral("Marketing")));
                !logged)
                return logged;
            return m_store->updateUser(broken);
        });
        QVERIFY(!failed);
        QCOMPARE(*m_store->audit().count({}), 1);
        QCOMPARE((*m_store->userById(edited.id))->department, QStringLiteral("Sales"));

        // An inner step that failed but was ignored still keeps the outer transaction from committing.
        auto ignored = m_store->inTransaction([&]() -> Result<void> {
            if (auto logged = m_store->audit().append(entry(3, QStringLiteral("ana"), {}, {}, {})); !logged)
                return logged;
            (void)m_store->updateUser(broken);
            return {};
        });
        QVERIFY(!ignored);
        QVERIFY(ignored.error().message.contains(QStringLiteral("none of it was saved")));
        QCOMPARE(*m_store->audit().count({}), 1);
        // The connection is usable again afterwards.
        QVERIFY_RESULT(m_store->audit().append(entry(4, QStringLiteral("ana"), {}, {}, {})));
        QCOMPARE(*m_store->audit().count({}), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditTable)
#include "TestAuditTable.moc"
