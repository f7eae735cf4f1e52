// The Cloud Directories page with 100,000 bound users (issue 6): the longest GUI-thread stall and the wall time while
// the page reads the bound users and traces their UPNs, while a domain tick re-traces them, and while the Bind dialog
// reads the directory and ticks every row. Real SQLite and graphsim (UiFixture); run with QT_QPA_PLATFORM=offscreen.
//   bench_integration_tabs [users]
#include "core/directory/BindingTable.h"
#include "tests/bench/StallMonitor.h"
#include "tests/ui/UiFixture.h"
#include "ui/CloudDirectoriesPage.h"
#include "ui/integration/BindUsersDialog.h"
#include "ui/integration/DomainRulePanel.h"
#include "ui/integration/IntegrationTabs.h"
#include "ui/integration/UpnTraceModel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream out(stdout);

QList<User> directory(int n)
{
    static const QStringList domains = {QStringLiteral("northwind-labs.com"), QStringLiteral("eu.northwind-labs.com"),
                                        QStringLiteral("gmail.com")};
    QList<User> users;
    users.reserve(n);
    for (int i = 0; i < n; ++i) {
        User u;
        u.username = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        // Every 1,000th user shares a local part across domains: collisions once translated.
        const int local = i % 1000 == 1 ? i - 1 : i;
        u.email = QStringLiteral("u%1@%2").arg(local).arg(domains.at(i % domains.size()));
        u.firstname = QStringLiteral("First%1").arg(i);
        u.lastname = QStringLiteral("Last");
        users.append(u);
    }
    return users;
}

// Runs until done() or the timeout, then reports the step's wall time and the longest stall.
bool measure(const char *step, const std::function<void()> &start, const std::function<bool()> &done)
{
    StallMonitor monitor([] { return 0; });
    QElapsedTimer clock;
    bool started = false;
    monitor.start();
    clock.start();
    // From the event loop, so the monitor's next tick sees a synchronous step as a stall too.
    QTimer::singleShot(0, [&] {
        start();
        started = true;
    });
    const bool ok = QTest::qWaitFor([&] { return started && done(); }, 300000);
    const qint64 ms = clock.elapsed();
    QTest::qWait(20);
    monitor.stop();
    out << step << ": " << ms << " ms wall, longest GUI stall " << QString::number(monitor.maxStallMs(), 'f', 1)
        << " ms, p99 " << QString::number(monitor.percentileMs(0.99), 'f', 1)
        << " ms, stalls > 50 ms: " << monitor.stallsOver(50) << (ok ? "" : " (TIMED OUT)") << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    UiFixture fixture;
    if (const QString error = fixture.setUp(0); !error.isEmpty()) {
        out << error << Qt::endl;
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    if (auto inserted = fixture.store().insertUsers(directory(n)); !inserted) {
        out << inserted.error().message << Qt::endl;
        return 1;
    }
    BindingChange all;
    const Result<QList<UserKey>> keys = fixture.store().userKeys();
    for (const UserKey &key : *keys)
        all.bindUsers.append(key.id);
    if (auto bound = fixture.store().bindings().apply(fixture.integration().id, all); !bound) {
        out << bound.error().message << Qt::endl;
        return 1;
    }
    out << n << " users inserted and bound in " << setup.elapsed() << " ms" << Qt::endl;

    // The machine's own noise: the same measure over an idle event loop (other processes take the CPU too).
    QElapsedTimer idle;
    measure(
        "baseline: idle event loop for 2 s", [&] { idle.start(); }, [&] { return idle.elapsed() >= 2000; });

    CloudDirectoriesPage page(fixture.context());
    page.resize(1200, 800);
    IntegrationTabs *tabs = page.tabs();
    DomainRulePanel *rule = tabs->domainRulePanel();
    tabs->setCurrentWidget(rule);
    bool loaded = false;
    QObject::connect(tabs, &IntegrationTabs::boundLoaded, [&] { loaded = true; });
    auto *domains = page.findChild<QListWidget *>(QStringLiteral("acceptedDomains"));
    bool ok = measure(
        "page: read bound users and trace their UPNs", [&] { page.show(); },
        [&] { return loaded && domains->count() == 4 && !rule->isTracing() && rule->traceModel()->rowCount() == n; });

    int traced = 0;
    QObject::connect(rule, &DomainRulePanel::traceUpdated, [&] { ++traced; });
    ok = ok
         && measure(
             "tick northwind-labs.com + default: re-trace",
             [&] {
                 domains->findItems(QStringLiteral("northwind-labs.com"), Qt::MatchExactly)
                     .first()
                     ->setCheckState(Qt::Checked);
                 auto *combo = page.findChild<QComboBox *>(QStringLiteral("defaultDomain"));
                 combo->setCurrentIndex(combo->findText(QStringLiteral("northwind-labs.com")));
             },
             [&] { return traced > 0 && !rule->isTracing(); });
    const UpnTrace::Result &trace = rule->traceModel()->trace();
    out << "  trace: " << trace.synced << " sync, " << trace.outOfScope << " out of scope, " << trace.collisions
        << " in collisions" << Qt::endl;

    BindUsersDialog *picker = nullptr;
    ok = ok
         && measure(
             "Bind dialog: read the directory", [&] { page.bindUsers(); },
             [&] { return (picker = page.findChild<BindUsersDialog *>()) && !picker->isLoading(); });
    ok = ok
         && measure(
             "Bind dialog: select all shown", [&] { picker->checkAllShown(true); },
             [&] { return picker->model()->checkedCount() == n; });
    ok = ok
         && measure(
             "Bind dialog: search \"user09999\"", [&] { picker->search(QStringLiteral("user09999")); },
             [] { return true; });
    return ok ? 0 : 1;
}
