// Edit… on the Users page offscreen (issue 7): the dialog's checks, saving through UserEditor (the user row and its
// outbox rows in one transaction), and the window's executor pushing the change to graphsim over HTTP.
#include "core/directory/BindingTable.h"
#include "core/directory/OutboxTable.h"
#include "tests/ui/UiFixture.h"
#include "ui/UsersPage.h"
#include "ui/activity/ExecutorHost.h"
#include "ui/users/UserEditDialog.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

class TestUserEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<UsersPage> m_page;

    Store &store() { return m_fixture->store(); }
    QString integrationId() const { return m_fixture->integration().id; }
    QString userId(const QString &username)
    {
        auto user = store().userByUsername(username);
        return user && *user ? (**user).id : QString();
    }
    // ben is bound and linked to the existing account m-ben, as after a confirmed bind.
    void linkedBen()
    {
        m_fixture->sim().setUsers(
            {QJsonObject {{QStringLiteral("id"), QStringLiteral("m-ben")},
                          {QStringLiteral("userPrincipalName"), QStringLiteral("ben@northwind-labs.com")},
                          {QStringLiteral("displayName"), QStringLiteral("Ben Test")},
                          {QStringLiteral("givenName"), QStringLiteral("Ben")},
                          {QStringLiteral("surname"), QStringLiteral("Test")},
                          {QStringLiteral("accountEnabled"), true}}});
        User ben;
        ben.username = QStringLiteral("ben");
        ben.email = QStringLiteral("ben@northwind-labs.com");
        ben.firstname = QStringLiteral("Ben");
        ben.lastname = QStringLiteral("Test");
        QVERIFY(store().insertUsers({ben}));
        BindingChange change;
        change.bindUsers.append(userId(QStringLiteral("ben")));
        QVERIFY(store().bindings().apply(integrationId(), change));
        BindingLink link;
        link.userId = userId(QStringLiteral("ben"));
        link.m365Id = QStringLiteral("m-ben");
        link.upn = QStringLiteral("ben@northwind-labs.com");
        QVERIFY(store().bindings().saveLinks(integrationId(), {link}));
    }
    void showPage()
    {
        m_page = std::make_unique<UsersPage>(m_fixture->context());
        m_page->resize(1000, 600);
        m_page->show();
        QTRY_VERIFY(!m_page->isLoading() && m_page->proxyModel()->rowCount() > 0);
    }
    UserEditDialog *openEditor(const QString &username)
    {
        if (!m_page->selectUser(username))
            qFatal("no row for %s", qPrintable(username));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("usersEdit")), Qt::LeftButton);
        auto *dialog = m_page->findChild<UserEditDialog *>();
        if (!dialog || !dialog->isVisible())
            qFatal("the edit dialog did not open");
        return dialog;
    }
    static QLineEdit *field(UserEditDialog *dialog, const QString &key)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit_") + key);
        if (!edit)
            qFatal("no field %s", qPrintable(key));
        return edit;
    }
    static void clickSave(UserEditDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("userEditButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString problem = m_fixture->setUp(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup()
    {
        m_page.reset();
        m_fixture.reset();
    }

    void editQueuesAnUpdateAndTheExecutorPushesIt()
    {
        linkedBen();
        ExecutorOptions options;
        options.timeScale = 0.001;
        ExecutorHost executors(m_fixture->context(), options);
        showPage();
        connect(m_page.get(), &UsersPage::changesQueued, &executors, &ExecutorHost::wake);
        QSignalSpy queued(m_page.get(), &UsersPage::changesQueued);

        QPointer<UserEditDialog> dialog = openEditor(QStringLiteral("ben")); // deletes itself on close
        QCOMPARE(field(dialog, QStringLiteral("firstname"))->text(), QStringLiteral("Ben"));
        QVERIFY(field(dialog, QStringLiteral("password"))->text().isEmpty());
        field(dialog, QStringLiteral("firstname"))->clear();
        QTest::keyClicks(field(dialog, QStringLiteral("firstname")), QStringLiteral("Benjamin"));
        clickSave(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.at(0).at(0).toString(), integrationId());

        Result<std::optional<User>> saved = store().userByUsername(QStringLiteral("ben"));
        QVERIFY(saved && *saved);
        QCOMPARE((**saved).firstname, QStringLiteral("Benjamin"));
        Result<QList<OutboxEntry>> rows = store().outbox().entries(integrationId());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).op, QStringLiteral("update"));
        QCOMPARE(rows->at(0).m365Id, QStringLiteral("m-ben"));

        // The window's executor sends it within seconds.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fixture->sim().user(QStringLiteral("m-ben")).value(QStringLiteral("givenName")).toString(),
            QStringLiteral("Benjamin"), 15000);
        QTRY_COMPARE(store().outbox().entries(integrationId())->at(0).state, QStringLiteral("done"));
    }

    void rejectsABlankUsernameAndKeepsWhatWasTyped()
    {
        linkedBen();
        showPage();
        UserEditDialog *dialog = openEditor(QStringLiteral("ben"));
        field(dialog, QStringLiteral("username"))->clear();
        QTest::keyClicks(field(dialog, QStringLiteral("department")), QStringLiteral("Research"));
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("userEditError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("username cannot be empty")));
        QCOMPARE(field(dialog, QStringLiteral("department"))->text(), QStringLiteral("Research"));
        Result<QList<OutboxEntry>> rows = store().outbox().entries(integrationId());
        QVERIFY(rows && rows->isEmpty());
    }

    void passwordNeedsTheKeychainAndIsNeverShownBack()
    {
        linkedBen();
        showPage(); // the fixture's context has no PasswordStore, like --sandbox
        UserEditDialog *dialog = openEditor(QStringLiteral("ben"));
        QTest::keyClicks(field(dialog, QStringLiteral("password")), QStringLiteral("S3cret!pass"));
        QTest::keyClicks(field(dialog, QStringLiteral("passwordAgain")), QStringLiteral("S3cret!pass"));
        QCOMPARE(field(dialog, QStringLiteral("password"))->echoMode(), QLineEdit::Password);
        clickSave(dialog);
        QTRY_VERIFY(!dialog->isSaving());
        QVERIFY(dialog->isVisible());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("userEditError"))->text().contains(QStringLiteral("keychain")));
        Result<QList<OutboxEntry>> rows = store().outbox().entries(integrationId());
        QVERIFY(rows && rows->isEmpty());
    }
};

QTEST_MAIN(TestUserEdit)
#include "TestUserEdit.moc"
