// The Audit log page offscreen over a real SQLite audit log (issue 7): newest first, the debounced search, the
// integration filter, paging as the table scrolls, and Export CSV through the FileDialogs seam on a worker thread.
#include "core/directory/AuditTable.h"
#include "tests/ui/UiFixture.h"
#include "ui/FileDialogs.h"
#include "ui/audit/AuditModel.h"
#include "ui/audit/AuditPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

class TestAuditView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<AuditPage> m_page;

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    AuditEntry entry(qint64 at, const QString &username, const QString &property, const QString &oldValue,
                     const QString &newValue, const QString &requestId)
    {
        AuditEntry e;
        e.at = at;
        e.actor = QStringLiteral("admin@contoso.com");
        e.integrationId = m_fixture->integration().id;
        e.action = AuditEntry::ActionSent;
        e.username = username;
        e.property = property;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.requestId = requestId;
        e.result = AuditEntry::ResultDone;
        return e;
    }
    void showAndWait()
    {
        m_page = std::make_unique<AuditPage>(&m_fixture->store());
        new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
        m_page->resize(1100, 600);
        m_page->show();
        QTRY_VERIFY(!m_page->model()->isLoading() && m_page->model()->total() >= 0);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString problem = m_fixture->setUp(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_fixture->store().audit().appendMany(
            {entry(1000, QStringLiteral("ana"), QStringLiteral("jobTitle"), QStringLiteral("Clerk"),
                   QStringLiteral("Engineer"), QStringLiteral("req-a")),
             entry(2000, QStringLiteral("ben"), QStringLiteral("city"), QStringLiteral("Lagos"),
                   QStringLiteral("Abuja"), QStringLiteral("req-b")),
             entry(3000, QStringLiteral("carl"), QStringLiteral("jobTitle"), QString(), QStringLiteral("=1+1"),
                   QStringLiteral("req-c"))}));
    }
    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void listsNewestFirstWithOldToNew()
    {
        showAndWait();
        AuditModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, AuditModel::User).data().toString(), QStringLiteral("carl"));
        QCOMPARE(model->index(2, AuditModel::User).data().toString(), QStringLiteral("ana"));
        QCOMPARE(model->index(1, AuditModel::Change).data().toString(), QStringLiteral("Lagos → Abuja"));
        QCOMPARE(model->index(0, AuditModel::Change).data().toString(), QStringLiteral("(none) → =1+1"));
        QCOMPARE(model->index(1, AuditModel::RequestId).data().toString(), QStringLiteral("req-b"));
        QCOMPARE(model->index(1, AuditModel::Who).data().toString(), QStringLiteral("admin@contoso.com"));
        QCOMPARE(child<QLabel>("auditCount")->text(), QStringLiteral("3 entries"));
    }

    void searchFiltersAfterTyping()
    {
        showAndWait();
        QTest::keyClicks(child<QLineEdit>("auditSearch"), QStringLiteral("JOBTITLE"));
        // Debounced: typing alone does not query; the rows change once the pause has passed.
        QCOMPARE(m_page->model()->rowCount(), 3);
        QTRY_COMPARE(m_page->model()->query().text, QStringLiteral("JOBTITLE"));
        QTRY_VERIFY(!m_page->model()->isLoading() && m_page->model()->total() == 2);
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_page->model()->index(0, AuditModel::User).data().toString(), QStringLiteral("carl"));
        QCOMPARE(m_page->model()->index(1, AuditModel::User).data().toString(), QStringLiteral("ana"));

        child<QLineEdit>("auditSearch")->clear();
        QTest::keyClicks(child<QLineEdit>("auditSearch"), QStringLiteral("req-b"));
        QTRY_VERIFY(m_page->model()->query().text == u"req-b" && !m_page->model()->isLoading()
                    && m_page->model()->total() == 1);
        QCOMPARE(m_page->model()->index(0, AuditModel::User).data().toString(), QStringLiteral("ben"));
    }

    void fetchesFurtherPagesAsTheTableScrolls()
    {
        QList<AuditEntry> many;
        for (int i = 0; i < 450; ++i)
            many.append(entry(10000 + i, QStringLiteral("bulk%1").arg(i), QStringLiteral("department"), QString(),
                              QStringLiteral("Sales"), QStringLiteral("req-bulk-%1").arg(i)));
        QVERIFY(m_fixture->store().audit().appendMany(many));
        showAndWait();
        AuditModel *model = m_page->model();
        QCOMPARE(model->total(), 453);
        QCOMPARE(model->rowCount(), AuditModel::PageSize);
        QCOMPARE(model->index(0, AuditModel::User).data().toString(), QStringLiteral("bulk449"));
        auto *table = child<QTableView>("auditTable");
        for (int i = 0; i < 10 && model->rowCount() < 453; ++i) {
            table->scrollToBottom();
            QTRY_VERIFY(!model->isLoading());
        }
        QCOMPARE(model->rowCount(), 453);
        QCOMPARE(model->index(452, AuditModel::User).data().toString(), QStringLiteral("ana"));
    }

    void exportsTheSearchedRowsToCsv()
    {
        showAndWait();
        QTest::keyClicks(child<QLineEdit>("auditSearch"), QStringLiteral("jobtitle"));
        QTRY_VERIFY(m_page->model()->query().text == u"jobtitle" && !m_page->model()->isLoading());
        const QString path = m_fixture->tempPath(QStringLiteral("audit.csv"));
        FileDialogs::setNextFileName(path);
        QSignalSpy exported(m_page.get(), &AuditPage::exportFinished);
        QTest::mouseClick(child<QPushButton>("auditExport"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(1).toBool(), false);
        QVERIFY(exported.at(0).at(0).toString().startsWith(QStringLiteral("Exported 2 entries to ")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(QStringLiteral("time,actor,integration,action")));
        QVERIFY(lines.at(1).contains(QStringLiteral("carl")));
        QVERIFY(lines.at(1).contains(QStringLiteral("'=1+1"))); // formula guard
        QVERIFY(lines.at(2).contains(QStringLiteral("ana")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Clerk,Engineer,req-a")));
        QVERIFY(!csv.contains(QStringLiteral("ben")));
    }

    void cancelledExportWritesNothing()
    {
        showAndWait();
        FileDialogs::setNextFileName(QString());
        QSignalSpy exported(m_page.get(), &AuditPage::exportFinished);
        QTest::mouseClick(child<QPushButton>("auditExport"), Qt::LeftButton);
        QVERIFY(!m_page->isExporting());
        QCOMPARE(exported.count(), 0);
    }
};

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
