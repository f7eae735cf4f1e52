#include "ui/ImportDialog.h"

#include "core/directory/Store.h"
#include "core/sync/ImportPreviewCsv.h"
#include "core/sync/ImportSession.h"
#include "core/sync/UserImporter.h"
#include "ui/FileDialogs.h"
#include "ui/ImportFilterModel.h"
#include "ui/ImportModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportDialog::ImportDialog(GraphClient *client, Store *store, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_integration(integration)
    , m_session(new ImportSession(client, this))
    , m_model(new ImportModel(m_session, this))
    , m_filter(new ImportFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import users from %1").arg(integration.name));
    setModal(true);
    resize(1100, 680);
    buildLayout();

    // QProgressBar::setValue repaints synchronously; painting once per page inside the page handler doubled the
    // longest GUI stall, so progress is shown at most ten times a second, outside it.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ImportDialog::updateProgress);
    auto scheduleProgress = [this] {
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    };
    connect(m_session, &ImportSession::totalKnown, this, scheduleProgress);
    connect(m_session, &ImportSession::rowsAppended, this, scheduleProgress);
    connect(m_session, &ImportSession::finished, this, &ImportDialog::onFinished);
    connect(m_session, &ImportSession::failed, this, &ImportDialog::onFailed);
    connect(m_session, &ImportSession::cancelled, this, &ImportDialog::onCancelled);
    connect(m_model, &ImportModel::checkedCountChanged, this, &ImportDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ImportDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ImportDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ImportDialog::updateButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ImportDialog::updateButtons);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        showMessage(error.isEmpty() ? tr("Exported the preview as CSV.") : error, !error.isEmpty());
        updateButtons();
    });

    connect(&m_importWatcher, &QFutureWatcher<Result<UserImporter::Summary>>::finished, this,
            &ImportDialog::onImportFinished);

    loadDirectory();
    startListing();
}

ImportDialog::~ImportDialog()
{
    // A running export or import holds a copy of the rows; let it finish (or fail) before the dialog goes, so a
    // transaction is never cut off halfway by the process ending.
    m_exportWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ImportDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_statusLabel);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Accounts listed"));
    m_progress->setFormat(tr("%v of %m"));
    progressRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop listing accounts; the rows received so far stay."));
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    auto *messageRow = new QHBoxLayout;
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    messageRow->addWidget(m_messageLabel, 1);
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("List the accounts again from the start."));
    m_retryButton->hide();
    messageRow->addWidget(m_retryButton);
    layout->addLayout(messageRow);

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Name, user principal name, email, department or match"));
    m_searchEdit->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_searchEdit);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    layout->addLayout(searchRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Microsoft 365 accounts"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    // No sort until the admin clicks a header: the listing order is Graph's.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_selectAllButton = new QPushButton(tr("Select &all"), this);
    m_selectAllButton->setObjectName(QStringLiteral("selectAllButton"));
    m_selectAllButton->setToolTip(tr("Tick every row shown (the search applies)."));
    m_selectNoneButton = new QPushButton(tr("Select &none"), this);
    m_selectNoneButton->setObjectName(QStringLiteral("selectNoneButton"));
    m_selectNoneButton->setToolTip(tr("Untick every row shown (the search applies)."));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the rows shown, in the order shown, as a CSV file."));
    m_importButton = new QPushButton(tr("&Import selected"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        tr("Copy first name, last name, username and email of the ticked new accounts into the directory. "
           "Nothing is written to Microsoft 365."));
    m_closeButton = new QPushButton(tr("C&lose"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(m_selectAllButton);
    buttons->addWidget(m_selectNoneButton);
    buttons->addWidget(m_selectionLabel);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_selectAllButton);
    setTabOrder(m_selectAllButton, m_selectNoneButton);
    setTabOrder(m_selectNoneButton, m_exportButton);
    setTabOrder(m_exportButton, m_importButton);
    setTabOrder(m_importButton, m_closeButton);
    setTabOrder(m_closeButton, m_cancelButton);
    m_searchEdit->setFocus();

    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &ImportFilterModel::setSearchText);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_searchEdit,
            qOverload<>(&QWidget::setFocus));
    connect(m_cancelButton, &QPushButton::clicked, m_session, &ImportSession::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &ImportDialog::startListing);
    connect(m_selectAllButton, &QPushButton::clicked, this, [this] { checkVisible(true); });
    connect(m_selectNoneButton, &QPushButton::clicked, this, [this] { checkVisible(false); });
    connect(m_exportButton, &QPushButton::clicked, this, &ImportDialog::exportCsv);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

void ImportDialog::loadDirectory()
{
    Result<QList<UserKey>> users = m_store->userKeys();
    Result<QSet<QString>> bound =
        m_integration.id.isEmpty() ? Result<QSet<QString>>(QSet<QString>()) : m_store->boundM365Ids(m_integration.id);
    if (!users || !bound) {
        showMessage(tr("Cannot read the directory to match accounts: %1")
                        .arg(!users ? users.error().message : bound.error().message),
                    true);
        return;
    }
    m_session->setDirectory(*users, *bound);
}

void ImportDialog::startListing()
{
    m_messageLabel->hide();
    m_retryButton->hide();
    m_progress->setRange(0, 0); // busy until $count arrives
    m_statusLabel->setText(tr("Listing the enabled accounts of %1…").arg(m_integration.name));
    m_session->start();
    updateButtons();
}

void ImportDialog::updateProgress()
{
    const int rows = m_session->matcher().rowCount();
    const qint64 total = m_session->totalCount();
    if (total >= 0) {
        m_progress->setRange(0, int(std::max<qint64>(total, rows)));
        m_progress->setValue(rows);
    }
    m_statusLabel->setText(total >= 0 ? tr("Listing accounts: %1 of %2…").arg(rows).arg(total)
                                      : tr("Listing accounts: %1…").arg(rows));
}

void ImportDialog::updateButtons()
{
    const bool running = m_session->state() == ImportSession::State::Running;
    const bool exporting = m_exportWatcher.isRunning();
    const int shown = m_filter->rowCount();
    const int checked = m_model->checkedCount();
    m_cancelButton->setEnabled(running);
    m_selectAllButton->setEnabled(shown > 0);
    m_selectNoneButton->setEnabled(checked > 0);
    m_exportButton->setEnabled(shown > 0 && !exporting);
    m_importButton->setEnabled(checked > 0 && !m_importWatcher.isRunning());
    m_selectionLabel->setText(tr("%n selected", nullptr, checked));
}

void ImportDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", isError);
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                                           "padding: 6px; border-radius: 4px;")
                                          : QString());
    m_messageLabel->show();
}

void ImportDialog::onFinished()
{
    m_progressTimer.stop();
    const int rows = m_session->matcher().rowCount();
    m_progress->setRange(0, std::max(rows, 1));
    m_progress->setValue(rows);
    m_statusLabel->setText(tr("%n enabled accounts listed.", nullptr, rows));
    updateButtons();
}

void ImportDialog::onFailed(const QString &message)
{
    m_progressTimer.stop();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_statusLabel->setText(tr("Listing stopped after %n accounts.", nullptr, m_session->matcher().rowCount()));
    showMessage(message, true);
    m_retryButton->show();
    updateButtons();
}

void ImportDialog::onCancelled()
{
    m_progressTimer.stop();
    m_statusLabel->setText(
        tr("Cancelled after %n accounts; Retry lists them again.", nullptr, m_session->matcher().rowCount()));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_retryButton->show();
    updateButtons();
}

void ImportDialog::checkVisible(bool checked)
{
    m_model->setChecked(m_filter->visibleSourceRows(), checked);
}

void ImportDialog::exportCsv()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export the import preview"),
                                                   QStringLiteral("import-preview.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The writer runs on a copy (cheap: the lists are shared until the session changes them) off the GUI thread.
    const ImportMatcher snapshot = m_session->matcher();
    const QList<int> rows = m_filter->visibleSourceRows();
    m_exportWatcher.setFuture(QtConcurrent::run([snapshot, rows, path] {
        const Result<void> written = ImportPreviewCsv::write(path, snapshot, rows);
        return written ? QString() : written.error().message;
    }));
    showMessage(tr("Exporting %n rows…", nullptr, int(rows.size())), false);
    updateButtons();
}

void ImportDialog::importChecked()
{
    m_importing = m_model->checkedRows();
    // Off the GUI thread, on a Store connection of its own (connections never cross threads); the matcher is a
    // cheap copy-on-write snapshot, so pages may keep arriving meanwhile.
    const ImportMatcher snapshot = m_session->matcher();
    const QString spec = m_store->spec();
    const QList<int> rows = m_importing;
    m_importWatcher.setFuture(QtConcurrent::run([snapshot, spec, rows]() -> Result<UserImporter::Summary> {
        Result<std::unique_ptr<Store>> store = Store::open(spec);
        if (!store)
            return store.error();
        return UserImporter::importRows(**store, snapshot, rows);
    }));
    showMessage(tr("Importing %n users…", nullptr, int(rows.size())), false);
    updateButtons();
}

void ImportDialog::onImportFinished()
{
    const Result<UserImporter::Summary> summary = m_importWatcher.result();
    const QList<int> rows = std::exchange(m_importing, {});
    updateButtons();
    Q_EMIT importFinished();
    if (!summary) {
        showMessage(tr("Nothing was imported: %1").arg(summary.error().message), true);
        return;
    }
    m_model->setChecked(rows, false);
    loadDirectory();
    QString text = tr("Imported %n users into the directory.", nullptr, summary->imported);
    if (summary->alreadyInDirectory > 0)
        text += QLatin1Char(' ') + tr("%n were already there.", nullptr, summary->alreadyInDirectory);
    if (summary->refused > 0)
        text += QLatin1Char(' ') + tr("%n conflicts were skipped.", nullptr, summary->refused);
    showMessage(text, false);
    if (summary->imported > 0)
        Q_EMIT usersImported(summary->imported);
}
