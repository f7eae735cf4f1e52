// The Cloud Directories page's integration tabs offscreen, clicking the real widgets against graphsim and SQLite
// (issue 6): export ticks, the domain rule with its UPN trace, unbinding and binding groups, every change through the
// plan dialog; and the Bind dialog reading a large directory on a worker thread.
#include "core/directory/BindingTable.h"
#include "core/directory/GroupTable.h"
#include "core/directory/IntegrationSettingsTable.h"
#include "core/directory/MappingTable.h"
#include "core/directory/OutboxTable.h"
#include "tests/ui/UiFixture.h"
#include "ui/CloudDirectoriesPage.h"
#include "ui/integration/BindUsersDialog.h"
#include "ui/integration/BoundPanel.h"
#include "ui/integration/DomainRulePanel.h"
#include "ui/integration/IntegrationTabs.h"
#include "ui/integration/UpnTraceModel.h"
#include "ui/plan/PlanDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QJsonObject graphUser(const QString &id, const QString &upn, const QString &first, const QString &last)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userPrincipalName"), upn},
            {QStringLiteral("displayName"), first + u' ' + last},
            {QStringLiteral("givenName"), first},
            {QStringLiteral("surname"), last},
            {QStringLiteral("accountEnabled"), true}};
}

User directoryUser(const QString &username, const QString &email)
{
    User u;
    u.username = username;
    u.email = email;
    u.firstname = username;
    u.lastname = QStringLiteral("Test");
    u.workLocality = QStringLiteral("Oslo");
    return u;
}

} // namespace

class TestIntegrationTabs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<CloudDirectoriesPage> m_page;

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QString integrationId() const { return m_fixture->integration().id; }
    Store &store() { return m_fixture->store(); }

    QString userId(const QString &username)
    {
        auto user = store().userByUsername(username);
        return user && *user ? (**user).id : QString();
    }
    void addUsers(const QList<User> &users)
    {
        auto inserted = store().insertUsers(users);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    }
    void bindDirectly(const QStringList &usernames)
    {
        BindingChange change;
        for (const QString &name : usernames)
            change.bindUsers.append(userId(name));
        QVERIFY(store().bindings().apply(integrationId(), change));
    }
    // ben is bound and linked to the existing account m-ben (ben@northwind-labs.com), as after a confirmed bind.
    void linkedBen()
    {
        m_fixture->sim().setUsers({graphUser(QStringLiteral("m-ben"), QStringLiteral("ben@northwind-labs.com"),
                                             QStringLiteral("ben"), QStringLiteral("Test"))});
        addUsers({directoryUser(QStringLiteral("ben"), QStringLiteral("ben@northwind-labs.com"))});
        bindDirectly({QStringLiteral("ben")});
        BindingLink link;
        link.userId = userId(QStringLiteral("ben"));
        link.m365Id = QStringLiteral("m-ben");
        link.upn = QStringLiteral("ben@northwind-labs.com");
        QVERIFY(store().bindings().saveLinks(integrationId(), {link}));
    }
    // Shows the page and waits until the tenant's domains and the bound users were read.
    void showPage()
    {
        m_page = std::make_unique<CloudDirectoriesPage>(m_fixture->context());
        m_page->resize(1200, 800);
        m_page->show();
        QTRY_COMPARE(child<QListWidget>("acceptedDomains")->count(), 4);
        QTRY_VERIFY(!m_page->tabs()->domainRulePanel()->isTracing());
        QTRY_COMPARE(child<QLabel>("boundStatus")->text().contains(QStringLiteral("bound")), true);
    }
    PlanDialog *waitForPlan()
    {
        PlanDialog *dialog = nullptr;
        const auto visible = [&] {
            const QList<PlanDialog *> dialogs = m_page->findChildren<PlanDialog *>();
            for (PlanDialog *d : dialogs) {
                if (d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        };
        return QTest::qWaitFor(visible, 20000) ? dialog : nullptr;
    }
    QString planSummary(PlanDialog *dialog)
    {
        return dialog->findChild<QLabel *>(QStringLiteral("planSummary"))->text();
    }
    void confirm(PlanDialog *dialog)
    {
        if (auto *brake = dialog->findChild<QLineEdit *>(QStringLiteral("planBrakeEdit")))
            brake->setText(m_fixture->integration().name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("planConfirm")), Qt::LeftButton);
    }
    QStringList outboxOps()
    {
        auto entries = store().outbox().entries(integrationId());
        QStringList ops;
        for (const OutboxEntry &e : entries ? *entries : QList<OutboxEntry>())
            ops.append(e.op);
        return ops;
    }
    QStringList storedBuiltIns()
    {
        auto mappings = store().mappings().forIntegration(integrationId());
        QStringList names;
        for (const Mapping &m : mappings ? *mappings : QList<Mapping>())
            names.append(m.builtIn);
        return names;
    }
    const UpnTrace::Row &traceRow(const QString &username)
    {
        const UpnTraceModel *model = m_page->tabs()->domainRulePanel()->traceModel();
        const int row = model->rowOf(username);
        if (row < 0)
            qFatal("no trace row for %s", qPrintable(username));
        return model->trace().rows.at(row);
    }
    // Ticks or clears a domain as a click on its check box does, and waits for the trace of the new rule.
    void tick(const QString &domain, bool on)
    {
        QSignalSpy traced(m_page->tabs()->domainRulePanel(), &DomainRulePanel::traceUpdated);
        auto *list = child<QListWidget>("acceptedDomains");
        const QList<QListWidgetItem *> items = list->findItems(domain, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        QVERIFY(traced.wait(10000));
    }
    void chooseDefault(const QString &domain)
    {
        QSignalSpy traced(m_page->tabs()->domainRulePanel(), &DomainRulePanel::traceUpdated);
        auto *combo = child<QComboBox>("defaultDomain");
        const int index = domain.isEmpty() ? 0 : combo->findText(domain);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        QVERIFY(traced.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        const QString error = m_fixture->setUp(0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup()
    {
        m_page.reset();
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        m_fixture.reset();
    }

    void exportTickCancelledChangesNothing()
    {
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com"))});
        bindDirectly({QStringLiteral("ana")});
        showPage();
        auto *city = child<QCheckBox>("export_user_city");
        QVERIFY(!city->isChecked());
        QTest::mouseClick(city, Qt::LeftButton, {}, QPoint(6, city->height() / 2));
        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("user_city"))
                     || dialog->findChild<QLabel *>(QStringLiteral("planTitle"))->text().contains(u"user_city"),
                 qPrintable(dialog->windowTitle()));
        QVERIFY(!city->isChecked()); // not ticked before the plan is confirmed
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("planCancel")), Qt::LeftButton);
        QTRY_VERIFY(m_page->tabs()->currentFlow() == nullptr);
        QVERIFY(!city->isChecked());
        QCOMPARE(storedBuiltIns(), QStringList());
        QCOMPARE(outboxOps(), QStringList());
        QVERIFY(child<QLabel>("signInStatus")->text().contains(QStringLiteral("nothing was changed")));
    }

    void exportTickConfirmedIsStoredAndQueued()
    {
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com"))});
        bindDirectly({QStringLiteral("ana")});
        showPage();
        auto *city = child<QCheckBox>("export_user_city");
        QTest::mouseClick(city, Qt::LeftButton, {}, QPoint(6, city->height() / 2));
        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        confirm(dialog);
        QTRY_VERIFY(city->isChecked());
        QCOMPARE(storedBuiltIns(), QStringList {QStringLiteral("user_city")});
        QCOMPARE(outboxOps(), QStringList {QStringLiteral("create")});
        QVERIFY(child<QLabel>("signInStatus")->text().contains(QStringLiteral("Queued 1")));
    }

    void exportTickWithoutBoundUsersIsStored()
    {
        showPage();
        auto *manager = child<QCheckBox>("export_user_manager");
        QTest::mouseClick(manager, Qt::LeftButton, {}, QPoint(6, manager->height() / 2));
        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("planConfirm"))->isEnabled());
        confirm(dialog);
        QTRY_VERIFY(manager->isChecked());
        QVERIFY(store().integrationSettings().get(integrationId())->exportManager);
        QCOMPARE(outboxOps(), QStringList());
    }

    void domainTicksUpdateTheTraceAndNameBothUsersOfACollision()
    {
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com")),
                  directoryUser(QStringLiteral("ana.eu"), QStringLiteral("ana@eu.northwind-labs.com")),
                  directoryUser(QStringLiteral("bob"), QStringLiteral("bob@gmail.com"))});
        bindDirectly({QStringLiteral("ana"), QStringLiteral("ana.eu"), QStringLiteral("bob")});
        showPage();
        QTRY_COMPARE(m_page->tabs()->domainRulePanel()->traceModel()->rowCount(), 3);

        // Unverified domains cannot be ticked, and say why.
        QListWidgetItem *staging = child<QListWidget>("acceptedDomains")
                                       ->findItems(QStringLiteral("northwind-staging.dev"), Qt::MatchExactly)
                                       .first();
        QVERIFY(!(staging->flags() & Qt::ItemIsEnabled));
        QVERIFY(staging->toolTip().contains(QStringLiteral("not a verified domain")));

        // Config 1: emails as they are; gmail.com is not verified in the tenant.
        QCOMPARE(traceRow(QStringLiteral("ana")).upn, QStringLiteral("ana@northwind-labs.com"));
        QCOMPARE(traceRow(QStringLiteral("bob")).reason, UpnRule::Reason::NotVerified);
        QVERIFY(traceRow(QStringLiteral("bob")).message.contains(QStringLiteral("gmail.com")));

        // Config 2: only the ticked domain syncs.
        tick(QStringLiteral("northwind-labs.com"), true);
        QCOMPARE(traceRow(QStringLiteral("ana")).reason, UpnRule::Reason::Listed);
        QCOMPARE(traceRow(QStringLiteral("ana.eu")).reason, UpnRule::Reason::NotListed);
        QVERIFY(!traceRow(QStringLiteral("ana.eu")).sync);
        QVERIFY(child<QLabel>("domainConfiguration")->text().contains(QStringLiteral("Only users")));

        // Config 3: translation to the default, and ana.eu collides with ana.
        chooseDefault(QStringLiteral("northwind-labs.com"));
        QCOMPARE(traceRow(QStringLiteral("bob")).upn, QStringLiteral("bob@northwind-labs.com"));
        QCOMPARE(traceRow(QStringLiteral("bob")).reason, UpnRule::Reason::Translated);
        const UpnTrace::Row &blocked = traceRow(QStringLiteral("ana.eu"));
        QCOMPARE(blocked.reason, UpnRule::Reason::Collision);
        QVERIFY2(blocked.message.contains(QStringLiteral("ana@northwind-labs.com"))
                     && blocked.message.contains(QStringLiteral("of ana;")),
                 qPrintable(blocked.message));
        QVERIFY2(traceRow(QStringLiteral("ana")).message.contains(QStringLiteral("ana.eu")),
                 qPrintable(traceRow(QStringLiteral("ana")).message));
        QVERIFY(child<QLabel>("traceSummary")->text().contains(QStringLiteral("2 in a collision")));

        // Nothing is stored until saved; Revert shows the stored rule again.
        QCOMPARE(*store().integrationSettings().get(integrationId()), IntegrationSettings());
        QVERIFY(child<QPushButton>("saveDomainsButton")->isEnabled());
        QSignalSpy traced(m_page->tabs()->domainRulePanel(), &DomainRulePanel::traceUpdated);
        QTest::mouseClick(child<QPushButton>("revertDomainsButton"), Qt::LeftButton);
        QVERIFY(traced.wait(10000));
        QCOMPARE(m_page->tabs()->domainRulePanel()->edited(), IntegrationSettings());
        QCOMPARE(traceRow(QStringLiteral("ana.eu")).reason, UpnRule::Reason::NoDomains);
        QVERIFY(!child<QPushButton>("saveDomainsButton")->isEnabled());
    }

    void savingDomainsPlansTheRenames()
    {
        linkedBen();
        showPage();
        tick(QStringLiteral("eu.northwind-labs.com"), true);
        chooseDefault(QStringLiteral("eu.northwind-labs.com"));
        QCOMPARE(traceRow(QStringLiteral("ben")).upn, QStringLiteral("ben@eu.northwind-labs.com"));

        QTest::mouseClick(child<QPushButton>("saveDomainsButton"), Qt::LeftButton);
        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        QVERIFY2(planSummary(dialog).contains(QStringLiteral("Rename 1")), qPrintable(planSummary(dialog)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("planCancel")), Qt::LeftButton);
        QTRY_VERIFY(m_page->tabs()->currentFlow() == nullptr);
        QCOMPARE(*store().integrationSettings().get(integrationId()), IntegrationSettings());
        QCOMPARE(outboxOps(), QStringList());
        QCOMPARE(m_page->tabs()->domainRulePanel()->edited(), IntegrationSettings()); // Cancel shows the stored rule

        QTRY_VERIFY(!m_page->tabs()->domainRulePanel()->isTracing());
        tick(QStringLiteral("eu.northwind-labs.com"), true);
        chooseDefault(QStringLiteral("eu.northwind-labs.com"));
        QTest::mouseClick(child<QPushButton>("saveDomainsButton"), Qt::LeftButton);
        dialog = waitForPlan();
        QVERIFY(dialog);
        confirm(dialog);
        QTRY_VERIFY(m_page->tabs()->currentFlow() == nullptr);
        const IntegrationSettings stored = *store().integrationSettings().get(integrationId());
        QCOMPARE(stored.domains, QStringList {QStringLiteral("eu.northwind-labs.com")});
        QCOMPARE(stored.defaultDomain, QStringLiteral("eu.northwind-labs.com"));
        QCOMPARE(outboxOps(), QStringList {QStringLiteral("rename")});
        QVERIFY(!m_page->tabs()->domainRulePanel()->isModified());
    }

    void unbindQueuesASuspension()
    {
        linkedBen();
        showPage();
        auto *panel = m_page->tabs()->boundPanel();
        QCOMPARE(panel->bound().users.size(), 1);
        panel->selectUsers({QStringLiteral("ben")});
        QVERIFY(child<QPushButton>("unbindUsersButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("unbindUsersButton"), Qt::LeftButton);
        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        QVERIFY2(planSummary(dialog).contains(QStringLiteral("Suspend 1")), qPrintable(planSummary(dialog)));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("planBrakeEdit"))); // 1 of 1 bound users: the brake
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("planConfirm"))->isEnabled());
        QSignalSpy loaded(m_page->tabs(), &IntegrationTabs::boundLoaded);
        confirm(dialog);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(outboxOps(), QStringList {QStringLiteral("suspend")});
        QVERIFY(store().bindings().effectiveUserIds(integrationId())->isEmpty());
        QCOMPARE(panel->bound().users.size(), 0);
    }

    void bindingAGroupBindsItsMembers()
    {
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com")),
                  directoryUser(QStringLiteral("bob"), QStringLiteral("bob@northwind-labs.com")),
                  directoryUser(QStringLiteral("cy"), QStringLiteral("cy@northwind-labs.com"))});
        auto sales = store().groups().create(QStringLiteral("Sales"));
        QVERIFY(sales);
        QVERIFY(store().groups().addMembers(sales->id, {userId(QStringLiteral("ana")), userId(QStringLiteral("bob"))}));
        showPage();

        QTest::mouseClick(child<QPushButton>("bindUsersButton"), Qt::LeftButton);
        BindUsersDialog *picker = m_page->findChild<BindUsersDialog *>();
        QVERIFY(picker);
        QTRY_VERIFY(!picker->isLoading());
        QVERIFY2(picker->model()->rowCount() == 4,
                 qPrintable(picker->findChild<QLabel *>(QStringLiteral("bindStatus"))->text()));
        const QModelIndex first = picker->model()->index(0);
        QVERIFY2(first.data().toString().startsWith(QStringLiteral("Group: Sales (2 member")),
                 qPrintable(first.data().toString()));
        // Keyboard: the list has the focus on the first row; Space ticks it.
        auto *view = picker->findChild<QListView *>(QStringLiteral("bindUserList"));
        QTRY_VERIFY(view->hasFocus() || QApplication::focusWidget() == view);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(picker->selectedGroupIds(), QStringList {sales->id});
        QCOMPARE(picker->selectedUserIds(), QStringList());
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("bindPlan")), Qt::LeftButton);

        PlanDialog *dialog = waitForPlan();
        QVERIFY(dialog);
        QVERIFY2(planSummary(dialog).contains(QStringLiteral("Create 2")), qPrintable(planSummary(dialog)));
        QSignalSpy loaded(m_page->tabs(), &IntegrationTabs::boundLoaded);
        confirm(dialog);
        QVERIFY(loaded.wait(10000));
        const QSet<QString> bound = *store().bindings().effectiveUserIds(integrationId());
        QCOMPARE(bound, (QSet<QString> {userId(QStringLiteral("ana")), userId(QStringLiteral("bob"))}));
        auto *groups = child<QListWidget>("boundGroups");
        QCOMPARE(groups->count(), 1);
        QCOMPARE(groups->item(0)->text(), QStringLiteral("Sales"));
        QCOMPARE(m_page->tabs()->boundPanel()->bound().users.size(), 2);
        QCOMPARE(outboxOps(), (QStringList {QStringLiteral("create"), QStringLiteral("create")}));
    }

    // CLOUDDIR_TABS_SHOT=DIR: saves each tab as DIR/tab-N.png, to look at the page as a person would.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CLOUDDIR_TABS_SHOT");
        if (dir.isEmpty())
            QSKIP("set CLOUDDIR_TABS_SHOT to a folder to take screenshots");
        addUsers({directoryUser(QStringLiteral("ana"), QStringLiteral("ana@northwind-labs.com")),
                  directoryUser(QStringLiteral("ana.eu"), QStringLiteral("ana@eu.northwind-labs.com")),
                  directoryUser(QStringLiteral("bob"), QStringLiteral("bob@gmail.com"))});
        bindDirectly({QStringLiteral("ana"), QStringLiteral("ana.eu"), QStringLiteral("bob")});
        showPage();
        tick(QStringLiteral("northwind-labs.com"), true);
        chooseDefault(QStringLiteral("northwind-labs.com"));
        for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
            m_page->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            QVERIFY(m_page->grab().save(QStringLiteral("%1/tab-%2.png").arg(dir).arg(tab)));
        }
        QTest::mouseClick(child<QPushButton>("bindUsersButton"), Qt::LeftButton);
        BindUsersDialog *picker = m_page->findChild<BindUsersDialog *>();
        QTRY_VERIFY(picker && !picker->isLoading());
        QVERIFY(picker->grab().save(QStringLiteral("%1/bind.png").arg(dir)));
    }

    void bindDialogReadsALargeDirectoryOffTheGuiThread()
    {
        QList<User> users;
        for (int i = 0; i < 20000; ++i)
            users.append(directoryUser(QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0')),
                                       QStringLiteral("user%1@northwind-labs.com").arg(i)));
        addUsers(users);
        BindUsersDialog picker(store().spec(), integrationId(), QStringLiteral("Contoso"));
        QSignalSpy loaded(&picker, &BindUsersDialog::loaded);
        picker.show();
        QVERIFY(picker.isLoading()); // the constructor returned before the directory was read
        QVERIFY(!picker.findChild<QPushButton *>(QStringLiteral("bindPlan"))->isEnabled());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(picker.model()->rowCount(), 20000);
        picker.search(QStringLiteral("user1999"));
        picker.checkAllShown(true);
        QCOMPARE(picker.selectedUserIds().size(), 11); // user01999, user19990 … user19999
        picker.search(QString());
        QTest::mouseClick(picker.findChild<QPushButton *>(QStringLiteral("bindSelectNone")), Qt::LeftButton);
        QCOMPARE(picker.model()->checkedCount(), 0);
        QTest::mouseClick(picker.findChild<QPushButton *>(QStringLiteral("bindSelectAll")), Qt::LeftButton);
        QCOMPARE(picker.model()->checkedCount(), 20000);
        QVERIFY(picker.findChild<QPushButton *>(QStringLiteral("bindPlan"))->isEnabled());
    }
};

QTEST_MAIN(TestIntegrationTabs)
#include "TestIntegrationTabs.moc"
