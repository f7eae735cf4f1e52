// bench_import_modal: the Import users modal against a 100k-user tenant. graphsim runs as a child process so its
// page rendering never lands on our GUI thread; the dialog, models and view are the real ones, painted offscreen.
// Measures the GUI thread's longest event-loop stall while pages arrive, search times on the full listing and sort
// times. Prints one JSON object; exits 1 when the listing fails or the row count is wrong. See tests/bench/README.md.
//
//   QT_QPA_PLATFORM=offscreen build-bench/bin/bench_import_modal [--users N]

#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "core/sync/ImportSession.h"
#include "tests/bench/BenchSupport.h"
#include "ui/ImportDialog.h"
#include "ui/ImportFilterModel.h"
#include "ui/ImportModel.h"

#include "tests/bench/StallMonitor.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <QThread>
#include <QTimer>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <functional>

using BenchSupport::fail;
using BenchSupport::settle;
using BenchSupport::timeMs;

namespace {

constexpr quint32 Seed = 1;

// The most frequent non-empty value of a column: a "common" search term taken from the data, not guessed.
QString mostCommon(const ImportMatcher &matcher, QString M365User::*field)
{
    QHash<QString, int> counts;
    for (int row = 0; row < matcher.rowCount(); ++row) {
        const QString &value = matcher.row(row).*field;
        // Skip the generator's CSV-injection bait (=, +, -, @): a department an admin would type starts with a letter.
        if (!value.isEmpty() && value.front().isLetter())
            ++counts[value];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// Times every top-level event delivered on the GUI thread, so a stall can be pinned on what ran: a queued call on a
// network reply (a page being handled, all the way down to the view), an UpdateRequest (painting), a timer. Thread
// CPU time beside wall time tells real work from the scheduler preempting us on a busy machine.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Dispatch
    {
        QString receiver;
        int eventType = 0;
        double wallMs = 0.0;
        double cpuMs = 0.0;
        int rows = 0;
    };

    void record(std::function<int()> rowsNow)
    {
        m_rowsNow = std::move(rowsNow);
        m_recording = true;
    }
    void stopRecording() { m_recording = false; }
    // The longest dispatches, longest first.
    QList<Dispatch> longest(int count) const
    {
        QList<Dispatch> sorted = m_dispatches;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Dispatch &a, const Dispatch &b) { return a.wallMs > b.wallMs; });
        return sorted.mid(0, count);
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        const int type = int(event->type()); // the event may be gone after delivery
        const QString name = QString::fromLatin1(receiver->metaObject()->className());
        const bool handled = QApplication::notify(receiver, event);
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        --m_depth;
        if (wallMs >= 10.0)
            m_dispatches.append({name, type, wallMs, double(threadCpuNs() - cpuStart) / 1e6, m_rowsNow()});
        return handled;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    std::function<int()> m_rowsNow;
    QList<Dispatch> m_dispatches;
    int m_depth = 0;
    bool m_recording = false;
};

// Structural signals a proxy emits for one change: thousands of small rowsRemoved/rowsInserted ranges cost every
// attached view a pass each, one layoutChanged or reset does not.
struct ProxySignals
{
    explicit ProxySignals(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, &m_context, [this] { ++removed; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context, [this] { ++inserted; });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &m_context, [this] { ++layouts; });
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context, [this] { ++resets; });
    }
    void clear() { removed = inserted = layouts = resets = 0; }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("rowsRemoved"), removed},
                {QStringLiteral("rowsInserted"), inserted},
                {QStringLiteral("layoutChanged"), layouts},
                {QStringLiteral("modelReset"), resets}};
    }

    int removed = 0;
    int inserted = 0;
    int layouts = 0;
    int resets = 0;

private:
    QObject m_context;
};

} // namespace

int main(int argc, char *argv[])
{
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import_modal"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Import users modal on a large tenant (offscreen)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("users"), QStringLiteral("Users in the tenant (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("listing-only"),
                      QStringLiteral("Stop after the listing (for profiling it: valgrind --dump-before=...onPage).")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the listing (default 600)."),
                      QStringLiteral("S"), QStringLiteral("600")});
    parser.process(app);
    bool ok = false;
    const int users = parser.value(QStringLiteral("users")).toInt(&ok);
    if (!ok || users < 1)
        return fail(QStringLiteral("--users must be a positive number"));
    const int timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSeconds < 1)
        return fail(QStringLiteral("--timeout must be a positive number"));

    const int expected = BenchSupport::expectedEnabledUsers(users, Seed);
    const QString token = QStringLiteral("bench-token");
    BenchSupport::GraphSimProcess graphsim;
    if (const QString error = graphsim.start(users, Seed, token, {}); !error.isEmpty())
        return fail(error);

    // The same wiring as tests/ui/UiFixture, with the server out of process.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory: ") + dir.errorString());
    Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("directory.sqlite")));
    if (!opened)
        return fail(opened.error().message);
    std::unique_ptr<Store> store = std::move(opened).value();
    Integration integration;
    integration.name = QStringLiteral("Contoso (bench)");
    integration.cloud = QStringLiteral("global");
    integration.graphUrl = graphsim.baseUrl();
    Result<Integration> created = store->createIntegration(integration);
    if (!created)
        return fail(created.error().message);
    QNetworkAccessManager network;
    StaticTokenProvider tokens(Secret(token.toUtf8()));
    GraphClient client(&network, &tokens);
    client.setBaseUrl(QUrl(graphsim.baseUrl()));

    // (a) Stalls while the pages arrive, from the dialog's construction (it starts listing at once) to the last row.
    std::unique_ptr<ImportDialog> dialog;
    StallMonitor monitor([&dialog] { return dialog ? dialog->session()->matcher().rowCount() : 0; });
    QElapsedTimer listing;
    QString failure;
    bool timedOut = false;
    double constructMs = 0.0;
    QEventLoop loop;
    monitor.start();
    app.record([&dialog] { return dialog ? dialog->session()->matcher().rowCount() : 0; });
    QTimer::singleShot(0, &app, [&] {
        listing.start();
        QElapsedTimer construct;
        construct.start();
        dialog = std::make_unique<ImportDialog>(&client, store.get(), *created);
        dialog->show();
        constructMs = double(construct.nsecsElapsed()) / 1e6;
        QObject::connect(dialog->session(), &ImportSession::finished, &loop, &QEventLoop::quit);
        QObject::connect(dialog->session(), &ImportSession::failed, &loop, [&](const QString &message) {
            failure = message;
            loop.quit();
        });
    });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    const double listingSeconds = double(listing.nsecsElapsed()) / 1e9;
    settle(); // the paint after the last page is part of the listing
    monitor.stop();
    app.stopRecording();
    QJsonArray dispatches;
    for (const BenchApplication::Dispatch &d : app.longest(5)) {
        dispatches.append(QJsonObject {{QStringLiteral("receiver"), d.receiver},
                                       {QStringLiteral("eventType"), d.eventType},
                                       {QStringLiteral("wallMs"), d.wallMs},
                                       {QStringLiteral("threadCpuMs"), d.cpuMs},
                                       {QStringLiteral("rows"), d.rows}});
    }
    graphsim.stop();
    if (timedOut)
        return fail(QStringLiteral("the listing did not finish within %1 s").arg(timeoutSeconds));
    if (!failure.isEmpty())
        return fail(QStringLiteral("the listing failed: ") + failure);

    ImportSession *session = dialog->session();
    ImportFilterModel *filter = dialog->filterModel();
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
    if (!search || !table)
        return fail(QStringLiteral("the dialog has no searchEdit/previewTable"));
    const int rows = session->matcher().rowCount();
    const int shown = filter->rowCount();
    if (parser.isSet(QStringLiteral("listing-only"))) {
        const QJsonObject result {{QStringLiteral("n"), users},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("expectedRows"), expected},
                                  {QStringLiteral("listingSeconds"), listingSeconds},
                                  {QStringLiteral("stallMaxMs"), monitor.maxStallMs()},
                                  {QStringLiteral("commit"), BenchSupport::commit()}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        dialog.reset();
        return rows == expected && shown == expected ? 0 : 1;
    }

    // (b) Searches on the full listing, typed into the real search field (textChanged -> setSearchText). Terms come
    // from the data: the commonest surname, one account's unique UPN number, the commonest department.
    const ImportMatcher &matcher = session->matcher();
    const QString upn = matcher.row(rows / 2).userPrincipalName;
    const QString rareUpnPiece = upn.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), -1) + QLatin1Char('@');
    const QList<std::pair<QString, QString>> terms {
        {QStringLiteral("commonSurname"), mostCommon(matcher, &M365User::surname)},
        {QStringLiteral("rareUpnPiece"), QLatin1Char('.') + rareUpnPiece},
        {QStringLiteral("department"), mostCommon(matcher, &M365User::department)},
        {QStringLiteral("clear"), QString()},
    };
    // The same search on a second proxy over the same model with no view attached: what the filter itself costs,
    // so the rest of a search's time is the view absorbing the proxy's signals.
    auto *model = dialog->findChild<ImportModel *>();
    ImportFilterModel bare(model);
    // A proxy builds its mapping lazily on the first rowCount(); build it now so every timed search takes the same
    // incremental invalidateFilter() path as the dialog's proxy.
    (void)bare.rowCount();
    ProxySignals viewSignals(filter);
    auto runSearches = [&](const QString &suffix, QJsonArray *out) {
        double worst = 0.0;
        for (const auto &[kind, term] : terms) {
            viewSignals.clear();
            const double ms = timeMs([&] { search->setText(term); });
            const double bareMs = timeMs([&] {
                bare.setSearchText(term);
                (void)bare.rowCount();
            });
            worst = std::max(worst, ms);
            out->append(QJsonObject {{QStringLiteral("kind"), kind + suffix},
                                     {QStringLiteral("term"), term},
                                     {QStringLiteral("matches"), filter->rowCount()},
                                     {QStringLiteral("ms"), ms},
                                     {QStringLiteral("msWithoutView"), bareMs},
                                     {QStringLiteral("proxySignals"), viewSignals.toJson()}});
        }
        return worst;
    };
    QJsonArray searches;
    const double searchMaxMs = runSearches(QString(), &searches);

    // Typing the common surname key by key: each keystroke re-filters everything, the way an admin searches.
    double keystrokeMaxMs = 0.0;
    QJsonArray keystrokes;
    const QString typed = terms.first().second;
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        viewSignals.clear();
        const double ms = timeMs([&] { search->setText(typed.left(i)); });
        keystrokeMaxMs = std::max(keystrokeMaxMs, ms);
        keystrokes.append(QJsonObject {{QStringLiteral("text"), typed.left(i)},
                                       {QStringLiteral("matches"), filter->rowCount()},
                                       {QStringLiteral("ms"), ms},
                                       {QStringLiteral("proxySignals"), viewSignals.toJson()}});
    }
    search->clear();
    settle();

    // (c) Sorting the full listing by a header click's equivalent, then searching while sorted (the proxy re-sorts
    // whatever the filter lets through).
    QJsonArray sorts;
    double sortMaxMs = 0.0;
    for (const int column : {int(ImportModel::DisplayName), int(ImportModel::Department)}) {
        const double ms = timeMs([&] { table->sortByColumn(column, Qt::AscendingOrder); });
        const double bareMs = timeMs([&] {
            bare.sort(column, Qt::AscendingOrder);
            (void)bare.rowCount();
        });
        sortMaxMs = std::max(sortMaxMs, ms);
        sorts.append(QJsonObject {{QStringLiteral("column"), filter->headerData(column, Qt::Horizontal).toString()},
                                  {QStringLiteral("ms"), ms},
                                  {QStringLiteral("msWithoutView"), bareMs}});
    }
    QJsonArray sortedSearches;
    const double sortedSearchMaxMs = runSearches(QStringLiteral("WhileSorted"), &sortedSearches);
    const int shownAfterClear = filter->rowCount();

    const QJsonObject result {
        {QStringLiteral("n"), users},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("expectedRows"), expected},
        {QStringLiteral("listingSeconds"), listingSeconds},
        {QStringLiteral("pages"), session->pagesReceived()},
        {QStringLiteral("dialogConstructMs"), constructMs},
        {QStringLiteral("stall"), QJsonObject {{QStringLiteral("maxMs"), monitor.maxStallMs()},
                                               {QStringLiteral("p99Ms"), monitor.percentileMs(0.99)},
                                               {QStringLiteral("p50Ms"), monitor.percentileMs(0.50)},
                                               {QStringLiteral("over50Ms"), monitor.stallsOver(50.0)},
                                               {QStringLiteral("rowsAtMax"), monitor.rowsAtMaxStall()},
                                               {QStringLiteral("ticks"), qint64(monitor.ticks())},
                                               {QStringLiteral("longestDispatches"), dispatches},
                                               {QStringLiteral("goalMs"), 50}}},
        {QStringLiteral("search"), QJsonObject {{QStringLiteral("maxMs"), searchMaxMs},
                                                {QStringLiteral("terms"), searches},
                                                {QStringLiteral("keystrokeMaxMs"), keystrokeMaxMs},
                                                {QStringLiteral("keystrokes"), keystrokes},
                                                {QStringLiteral("goalMs"), 100}}},
        {QStringLiteral("sort"),
         QJsonObject {{QStringLiteral("maxMs"), sortMaxMs}, {QStringLiteral("columns"), sorts}}},
        {QStringLiteral("searchWhileSorted"),
         QJsonObject {{QStringLiteral("maxMs"), sortedSearchMaxMs}, {QStringLiteral("terms"), sortedSearches}}},
        {QStringLiteral("commit"), BenchSupport::commit()},
        {QStringLiteral("dirty"), BenchSupport::sourceTreeDirty()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    dialog.reset();
    if (rows != expected || shown != expected || shownAfterClear != expected) {
        return fail(QStringLiteral("wrong row count: expected %1 enabled users, the session has %2, the view showed "
                                   "%3 after listing and %4 after clearing the search")
                        .arg(expected)
                        .arg(rows)
                        .arg(shown)
                        .arg(shownAfterClear));
    }
    return 0;
}
