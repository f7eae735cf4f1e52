// The Cloud Directories page offscreen, clicking the real widgets (run under scripts/with-keyring.sh: sign-in stores
// into a real Secret Service). The test plays the browser: AppContext::openUrl GETs the authorize URL with a second
// QNAM, so graphsim's redirect lands in the page's loopback listener.
#include "core/auth/IntegrationSessions.h"
#include "core/auth/TokenStore.h"
#include "core/directory/IntegrationTable.h"
#include "core/sync/ImportSession.h"
#include "tests/graphsim/GraphSimIdentity.h"
#include "tests/graphsim/GraphSimTenantRoute.h"
#include "tests/ui/UiFixture.h"
#include "ui/CloudDirectoriesPage.h"
#include "ui/FileDialogs.h"
#include "ui/ImportDialog.h"
#include "ui/integration/AddIntegrationDialog.h"
#include "ui/integration/DomainsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

// Runs `act` on the modal widget of type T as soon as one is open (the caller then triggers the modal).
template <typename T>
void whenModal(std::function<void(T *)> act, bool *done)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, done] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(modal);
            *done = true;
        }
    });
    timer->start();
}

} // namespace

class TestCloudDirectoriesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<IntegrationSessions> m_sessions;
    std::unique_ptr<CloudDirectoriesPage> m_page;
    QNetworkAccessManager m_browser;

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QString details() const { return child<QLabel>("integrationDetails")->text(); }
    QString selectedName() const { return child<QListWidget>("integrationList")->currentItem()->text(); }

    // Adds an integration through the dialog and waits for the sign-in to finish; returns its message.
    QString addAndAuthorize(const QString &name)
    {
        bool filled = false;
        whenModal<AddIntegrationDialog>(
            [name](AddIntegrationDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
                dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("app-1"));
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("authorizeButton")), Qt::LeftButton);
            },
            &filled);
        QSignalSpy finished(m_page.get(), &CloudDirectoriesPage::authorizationFinished);
        QTest::mouseClick(child<QPushButton>("addIntegrationButton"), Qt::LeftButton);
        if (!filled || !finished.wait(20000))
            return QStringLiteral("sign-in did not finish");
        return finished.at(0).at(1).toString();
    }
    bool keychainHas(const QString &integrationId)
    {
        bool done = false;
        bool has = false;
        m_tokens->read(integrationId, m_page.get(), [&](const std::optional<StoredCredentials> &c, const OAuthError &) {
            has = c.has_value();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && has;
    }
    QString idOf(const QString &name)
    {
        auto found = m_fixture->store().integrationByName(name);
        return found && *found ? (**found).id : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString error = m_fixture->setUp(300);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_tokens = std::make_unique<TokenStore>();
        m_tokens->setServiceName(QStringLiteral("clouddir-uitest-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_sessions = std::make_unique<IntegrationSessions>(m_fixture->client().networkAccessManager(), m_tokens.get());
        AppContext context = m_fixture->context();
        context.sessions = m_sessions.get();
        context.loginUrl = m_fixture->sim().baseUrl();
        context.graphUrl = m_fixture->sim().baseUrl();
        context.openUrl = [this](const QUrl &url) {
            // Later, like a browser: the page is still inside the signal that announced the URL.
            QTimer::singleShot(0, this, [this, url] {
                QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            });
        };
        m_page = std::make_unique<CloudDirectoriesPage>(context);
        m_page->resize(1100, 700);
        m_page->show();
    }
    void cleanup()
    {
        m_page.reset();
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        m_sessions.reset();
        m_tokens.reset();
        m_fixture.reset();
    }

    void addDialogValidatesInline()
    {
        bool done = false;
        QString blank, duplicate, tooLong, noClient;
        whenModal<AddIntegrationDialog>(
            [&](AddIntegrationDialog *dialog) {
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
                auto *authorize = dialog->findChild<QPushButton *>(QStringLiteral("authorizeButton"));
                auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
                name->setText(QStringLiteral("   "));
                QTest::mouseClick(authorize, Qt::LeftButton);
                blank = nameError->isVisible() ? nameError->text() : QString();
                name->setText(QStringLiteral("contoso (TEST)")); // the fixture's integration, other case
                QTest::mouseClick(authorize, Qt::LeftButton);
                duplicate = nameError->text();
                name->setText(QString(256, QLatin1Char('n')));
                QTest::mouseClick(authorize, Qt::LeftButton);
                tooLong = nameError->text();
                name->setText(QStringLiteral("Fine"));
                QTest::mouseClick(authorize, Qt::LeftButton);
                noClient = dialog->findChild<QLabel *>(QStringLiteral("clientIdError"))->text();
                QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("cloudCombo"))->count(), 4);
                QVERIFY(dialog->isVisible()); // still open: nothing was acceptable
                dialog->reject();
            },
            &done);
        QTest::mouseClick(child<QPushButton>("addIntegrationButton"), Qt::LeftButton);
        QVERIFY(done);
        QVERIFY(blank.contains(QStringLiteral("Enter a name")));
        QVERIFY(duplicate.contains(QStringLiteral("already exists")));
        QVERIFY(tooLong.contains(QStringLiteral("255")));
        QVERIFY(noClient.contains(QStringLiteral("client")));
        QCOMPARE(child<QListWidget>("integrationList")->count(), 1);
    }

    void authorizeShowsDetailsDomainsAndImports()
    {
        QCOMPARE(addAndAuthorize(QStringLiteral("Northwind")), QString());
        QCOMPARE(child<QListWidget>("integrationList")->count(), 2); // side by side with the fixture's
        QCOMPARE(selectedName(), QStringLiteral("Northwind"));
        const GraphSimAccount account = m_fixture->sim().identity().account();
        QVERIFY2(details().contains(account.username), qPrintable(details()));
        QVERIFY(details().contains(account.tenantId));
        QVERIFY(details().contains(QStringLiteral("valid until")));
        QVERIFY(keychainHas(idOf(QStringLiteral("Northwind"))));
        QTRY_COMPARE(child<QTableWidget>("domainsTable")->rowCount(), 4);
        QCOMPARE(child<QTableWidget>("domainsTable")->item(0, 2)->text(), QStringLiteral("Never expire"));
        QCOMPARE(child<QPushButton>("authorizeButton")->text().remove(QLatin1Char('&')),
                 QStringLiteral("Re-authorize"));

        // Import users works for the signed-in integration...
        QVERIFY(child<QPushButton>("importUsersButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("importUsersButton"), Qt::LeftButton);
        ImportDialog *import = nullptr;
        QTRY_VERIFY((import = m_page->findChild<ImportDialog *>()) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(import->session()->state(), ImportSession::State::Finished, 20000);
        QCOMPARE(import->session()->matcher().rowCount(), m_fixture->enabledCount());
        import->close();
        // ... and still for the fixed-token (sandbox-style) one.
        child<QListWidget>("integrationList")->setCurrentRow(0);
        QVERIFY(child<QPushButton>("importUsersButton")->isEnabled());
    }

    void neverExpireAfterConfirmation()
    {
        QCOMPARE(addAndAuthorize(QStringLiteral("Northwind")), QString());
        auto *table = child<QTableWidget>("domainsTable");
        QTRY_COMPARE(table->rowCount(), 4);
        auto *button = child<QPushButton>("neverExpireButton");
        table->selectRow(0);
        QVERIFY(!button->isEnabled()); // already never expires
        table->selectRow(3);
        QVERIFY(!button->isEnabled()); // unverified
        table->selectRow(1);
        QVERIFY(button->isEnabled());

        bool asked = false;
        QString question;
        whenModal<QMessageBox>(
            [&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::Cancel)->click();
            },
            &asked);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(question.contains(QStringLiteral("northwind-labs.com")));
        QCOMPARE(m_fixture->sim().countRequests(QStringLiteral("PATCH"), QStringLiteral(".*")), 0);

        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); }, &asked);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(table->item(1, 2) ? table->item(1, 2)->text() : QString(), QStringLiteral("Never expire"));
        QCOMPARE(
            m_fixture->sim().tenant().domains().at(1).value(QLatin1String("passwordValidityPeriodInDays")).toInteger(),
            Domain::NeverExpires);
    }

    void renameThenDeactivateWithExport()
    {
        QCOMPARE(addAndAuthorize(QStringLiteral("Northwind")), QString());
        const QString id = idOf(QStringLiteral("Northwind"));
        bool renamed = false;
        whenModal<QInputDialog>(
            [](QInputDialog *dialog) {
                dialog->setTextValue(QStringLiteral("Northwind Labs"));
                dialog->accept();
            },
            &renamed);
        QTest::mouseClick(child<QPushButton>("renameButton"), Qt::LeftButton);
        QVERIFY(renamed);
        QCOMPARE(selectedName(), QStringLiteral("Northwind Labs"));

        const QString path = m_fixture->tempPath(QStringLiteral("northwind.json"));
        FileDialogs::setNextFileName(path);
        bool confirmed = false;
        QString text;
        whenModal<QMessageBox>(
            [&](QMessageBox *box) {
                text = box->text();
                box->findChild<QPushButton *>(QStringLiteral("exportAndDeactivateButton"))->click();
            },
            &confirmed);
        QTest::mouseClick(child<QPushButton>("deactivateButton"), Qt::LeftButton);
        QVERIFY(confirmed);
        QVERIFY(text.contains(QStringLiteral("\"Northwind Labs\"")));
        QTRY_COMPARE(child<QListWidget>("integrationList")->count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(exported.value(QLatin1String("name")).toString(), QStringLiteral("Northwind Labs"));
        QCOMPARE(exported.value(QLatin1String("clientId")).toString(), QStringLiteral("app-1"));
        QVERIFY(!keychainHas(id));
    }

    void reauthorizeKeepsBindings()
    {
        QCOMPARE(addAndAuthorize(QStringLiteral("Northwind")), QString());
        const QString id = idOf(QStringLiteral("Northwind"));
        User user;
        user.username = QStringLiteral("alice");
        QVERIFY(m_fixture->store().insertUsers({user}));
        auto alice = m_fixture->store().userByUsername(QStringLiteral("alice"));
        QVERIFY(alice && *alice);
        QVERIFY(m_fixture->store().bind(id, (**alice).id, QStringLiteral("m365-alice")));

        m_fixture->sim().identity().revokeRefreshTokens();
        QSignalSpy finished(m_page.get(), &CloudDirectoriesPage::authorizationFinished);
        QTest::mouseClick(child<QPushButton>("authorizeButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(idOf(QStringLiteral("Northwind")), id);
        auto bound = m_fixture->store().boundM365Ids(id);
        QVERIFY(bound);
        QCOMPARE(*bound, QSet<QString> {QStringLiteral("m365-alice")});
        QVERIFY(keychainHas(id));
    }

    void signInErrorIsShownWithItsAction()
    {
        m_fixture->sim().identity().injectTokenError(QStringLiteral("invalid_client"), 7000218);
        const QString message = addAndAuthorize(QStringLiteral("Northwind"));
        QVERIFY2(message.contains(QStringLiteral("register it as Mobile and desktop")), qPrintable(message));
        QVERIFY(child<QLabel>("signInStatus")->text().contains(QStringLiteral("Mobile and desktop")));
        QVERIFY(details().contains(QStringLiteral("not authorized")));
        QVERIFY(!child<QPushButton>("importUsersButton")->isEnabled());
    }
};

QTEST_MAIN(TestCloudDirectoriesPage)
#include "TestCloudDirectoriesPage.moc"
