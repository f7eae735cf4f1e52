#include "core/csv/CsvReader.h"
#include "core/directory/OutboxTable.h"
#include "core/sync/ImportSession.h"
#include "tests/ui/UiFixture.h"
#include "ui/CloudDirectoriesPage.h"
#include "ui/FileDialogs.h"
#include "ui/ImportDialog.h"
#include "ui/ImportFilterModel.h"
#include "ui/ImportModel.h"
#include "ui/MainWindow.h"
#include "ui/UsersPage.h"
#include "ui/integration/BindUsersDialog.h"
#include "ui/mapping/MappingsDialog.h"
#include "ui/plan/PlanDialog.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<ImportDialog> m_dialog;

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    // Opens the modal on the fixture's tenant and waits until every page arrived.
    void openAndWait()
    {
        m_dialog = std::make_unique<ImportDialog>(&m_fixture->client(), &m_fixture->store(), m_fixture->integration());
        m_dialog->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->session()->state(), ImportSession::State::Finished, 20000);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString error = m_fixture->setUp(2500);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        m_dialog.reset();
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        m_fixture.reset();
    }

    void listsEveryEnabledAccountWithProgress()
    {
        openAndWait();
        const int enabled = m_fixture->enabledCount();
        QVERIFY(enabled > 2000 && enabled < 2500); // the generator disables about 10 %
        QCOMPARE(m_dialog->filterModel()->rowCount(), enabled);
        auto *progress = child<QProgressBar>("progressBar");
        QCOMPARE(progress->maximum(), enabled);
        QCOMPARE(progress->value(), enabled);
        QVERIFY(child<QLabel>("statusLabel")->text().contains(QString::number(enabled)));
        QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
        // $top=999: three pages, and the bearer token on each of them (a 401 would have failed the listing).
        QCOMPARE(m_fixture->sim().countRequests(QStringLiteral("GET"), QStringLiteral("^/v1\\.0/users$")), 3);
    }

    void searchFiltersRowsCaseInsensitively()
    {
        openAndWait();
        const ImportMatcher &matcher = m_dialog->session()->matcher();
        // An ASCII piece of a UPN (QTest::keyClicks types Latin-1 only): "oster" of bruno.oster.1@...
        const QString needle = matcher.row(5).userPrincipalName.section(QLatin1Char('.'), 1, 1);
        QVERIFY(!needle.isEmpty());
        int expected = 0;
        for (int i = 0; i < matcher.rowCount(); ++i) {
            const M365User &user = matcher.row(i);
            const QString all = QStringList {user.displayName, user.userPrincipalName, user.givenName, user.surname,
                                             user.mail,        user.jobTitle,          user.department}
                                    .join(QLatin1Char('\n'));
            expected += all.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        }
        QTest::keyClicks(child<QLineEdit>("searchEdit"), needle.toUpper());
        QCOMPARE(m_dialog->filterModel()->rowCount(), expected);
        QVERIFY(expected < matcher.rowCount());

        QTest::keyClicks(child<QLineEdit>("searchEdit"), QStringLiteral(" no-such-term-anywhere"));
        QCOMPARE(m_dialog->filterModel()->rowCount(), 0);
        QVERIFY(!child<QPushButton>("exportButton")->isEnabled());
    }

    void clickingHeaderSortsRows()
    {
        openAndWait();
        auto *table = child<QTableView>("previewTable");
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(ImportModel::UserPrincipalName) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QAbstractItemModel *model = table->model();
        QCOMPARE(header->sortIndicatorSection(), int(ImportModel::UserPrincipalName));
        for (int row = 1; row < model->rowCount(); ++row) {
            const QString previous = model->index(row - 1, ImportModel::UserPrincipalName).data().toString();
            const QString current = model->index(row, ImportModel::UserPrincipalName).data().toString();
            QVERIFY2(previous.compare(current, Qt::CaseInsensitive) <= 0, qPrintable(previous + " > " + current));
        }
    }

    void exportWritesTheRowsShown()
    {
        openAndWait();
        QTest::keyClicks(child<QLineEdit>("searchEdit"), QStringLiteral("contoso"));
        const QString path = m_fixture->tempPath(QStringLiteral("preview.csv"));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains(QStringLiteral("Exported")));
        QVERIFY(!child<QLabel>("messageLabel")->property("error").toBool());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        Result<QList<QStringList>> rows = CsvReader::parse(bytes);
        QVERIFY2(rows.hasValue(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->first().join(QLatin1Char(',')),
                 QStringLiteral("id,userPrincipalName,givenName,surname,displayName,mail,jobTitle,department,match"));
        QCOMPARE(rows->size() - 1, m_dialog->filterModel()->rowCount());
        const ImportMatcher &matcher = m_dialog->session()->matcher();
        const QList<int> shown = m_dialog->filterModel()->visibleSourceRows();
        bool sawGuard = false;
        for (int i = 0; i < shown.size(); ++i) {
            const QStringList &cells = rows->at(i + 1);
            const M365User &user = matcher.row(shown.at(i));
            QCOMPARE(cells.at(0), user.id);
            QCOMPARE(cells.at(4), user.displayName.isEmpty() || !QStringLiteral("=+-@").contains(user.displayName[0])
                                      ? user.displayName
                                      : QLatin1Char('\'') + user.displayName);
            sawGuard = sawGuard || cells.at(6).startsWith(QLatin1Char('\''));
            QCOMPARE(cells.at(8), QStringLiteral("new"));
        }
        QVERIFY2(sawGuard, "the generated tenant has formula-like job titles; the guard must show in the CSV");
    }

    void importsTheTickedRowsIntoTheDirectory()
    {
        MainWindow window(m_fixture->context());
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("importUsersButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->session()->state(), ImportSession::State::Finished, 20000);

        const QString name = dialog->session()->matcher().row(0).userPrincipalName.section(QLatin1Char('.'), 0, 0);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit")), name);
        const int shown = dialog->filterModel()->rowCount();
        QVERIFY(shown > 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectAllButton")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text().contains(QString::number(shown)));
        QSignalSpy importDone(dialog, &ImportDialog::importFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(importDone.wait(20000));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->property("error").toBool());

        QCOMPARE(m_fixture->store().userCount().value(), shown);
        const QString username = dialog->session()->matcher().match(0).username;
        QCOMPARE(dialog->session()->matcher().match(0).text(), QStringLiteral("matches ") + username);
        const std::optional<User> imported = m_fixture->store().userByUsername(username).value();
        QVERIFY(imported.has_value());
        QCOMPARE(imported->firstname, dialog->session()->matcher().row(0).givenName);

        dialog->close();
        window.showPage(MainWindow::Users);
        QTRY_COMPARE(window.usersPage()->proxyModel()->rowCount(), shown);
    }

    void mappingsButtonOpensTheEditorOfTheSelectedIntegration()
    {
        MainWindow window(m_fixture->context());
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("mappingsButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        MappingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MappingsDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(m_fixture->integration().name));
        dialog->close();
    }

    void bindingShowsThePlanAndQueuesOnlyAfterConfirm()
    {
        User nina;
        nina.username = QStringLiteral("nina");
        nina.email = QStringLiteral("nina.new@northwind-labs.com"); // a verified domain of the tenant: create
        nina.firstname = QStringLiteral("Nina");
        nina.lastname = QStringLiteral("New");
        User omar;
        omar.username = QStringLiteral("omar");
        omar.email = QStringLiteral("omar@gmail.com"); // not verified: skipped, with the reason
        QCOMPARE(m_fixture->store().insertUsers({nina, omar}).value(), 2);

        MainWindow window(m_fixture->context());
        window.show();
        auto *bind = window.findChild<QPushButton *>(QStringLiteral("bindUsersButton"));
        QVERIFY(bind && bind->isEnabled());
        QTest::mouseClick(bind, Qt::LeftButton);
        BindUsersDialog *picker = nullptr;
        QTRY_VERIFY((picker = window.findChild<BindUsersDialog *>()) != nullptr);
        QTRY_VERIFY(!picker->isLoading()); // the directory is read on a worker thread
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("bindSelectAll")), Qt::LeftButton);
        QCOMPARE(picker->selectedUserIds().size(), 2);
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("bindPlan")), Qt::LeftButton);

        PlanDialog *plan = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((plan = window.findChild<PlanDialog *>()) != nullptr, 20000);
        QCOMPARE(plan->findChild<QLabel *>(QStringLiteral("planSummary"))->text(), QStringLiteral("Create 1 · Skip 1"));
        // Nothing is written while the plan is only shown.
        QCOMPARE(m_fixture->store().outbox().entries(m_fixture->integration().id).value().size(), 0);

        QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planConfirm")), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("signInStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Queued 1 operation")));
        const QList<OutboxEntry> queued = m_fixture->store().outbox().entries(m_fixture->integration().id).value();
        QCOMPARE(queued.size(), 1);
    }

    void failureShowsGraphMessageAndRetryRecovers()
    {
        GraphSimFault fault;
        fault.method = QStringLiteral("GET");
        fault.pathPattern = QStringLiteral("^/v1\\.0/users$");
        fault.status = 403;
        m_fixture->sim().addFault(fault);
        m_dialog = std::make_unique<ImportDialog>(&m_fixture->client(), &m_fixture->store(), m_fixture->integration());
        m_dialog->show();
        QTRY_COMPARE(m_dialog->session()->state(), ImportSession::State::Failed);
        auto *message = child<QLabel>("messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("403")), qPrintable(message->text()));
        auto *retry = child<QPushButton>("retryButton");
        QVERIFY(retry->isVisible());
        QCOMPARE(m_fixture->store().userCount().value(), 0);

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->session()->state(), ImportSession::State::Finished, 20000);
        QVERIFY(!message->isVisible());
        QCOMPARE(m_dialog->filterModel()->rowCount(), m_fixture->enabledCount());
    }

    void cancelStopsListingAndKeepsRows()
    {
        GraphSimChaos slow;
        slow.latencyMs = 400;
        m_fixture->sim().setChaos(slow);
        m_dialog = std::make_unique<ImportDialog>(&m_fixture->client(), &m_fixture->store(), m_fixture->integration());
        m_dialog->show();
        QTRY_VERIFY(m_dialog->session()->matcher().rowCount() > 0);
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->session()->state(), ImportSession::State::Cancelled);
        const int rows = m_dialog->filterModel()->rowCount();
        QVERIFY(rows > 0 && rows < m_fixture->enabledCount());
        QVERIFY(child<QPushButton>("retryButton")->isVisible());
        QCOMPARE(m_fixture->store().userCount().value(), 0);
    }

    void everyControlHasAnAccessibleName()
    {
        openAndWait();
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_dialog.get())
                || qobject_cast<QLabel *>(widget) || widget->parent() != m_dialog.get())
                continue;
            bool named = !widget->accessibleName().isEmpty();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                named = named || !button->text().isEmpty();
            for (QLabel *label : labels)
                named = named || label->buddy() == widget;
            QVERIFY2(named, qPrintable(widget->objectName() + " (" + widget->metaObject()->className()
                                       + ") has no accessible name, text or buddy label"));
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
