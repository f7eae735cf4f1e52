#pragma once

#include "core/directory/Integration.h"
#include "core/sync/UserImporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class GraphClient;
class ImportFilterModel;
class ImportModel;
class ImportSession;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Store;

// The Import users modal (cloud-directories.md §1.4, §2.2): pages the tenant's enabled accounts in with progress and
// Cancel, lets the admin search, sort and tick rows, shows per row whether it is new or already in the directory,
// exports the preview as CSV and imports the ticked rows into the directory (never into M365).
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(GraphClient *client, Store *store, const Integration &integration, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportSession *session() const { return m_session; }
    ImportFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    // The directory gained users.
    void usersImported(int count);
    // An import finished (successfully or not); the message line says how it went.
    void importFinished();

private:
    void buildLayout();
    void loadDirectory();
    void startListing();
    void updateProgress();
    void updateButtons();
    void showMessage(const QString &text, bool isError);
    void onFinished();
    void onFailed(const QString &message);
    void onCancelled();
    void exportCsv();
    void importChecked();
    void onImportFinished();
    void checkVisible(bool checked);

    Store *m_store;
    Integration m_integration;
    ImportSession *m_session;
    ImportModel *m_model;
    ImportFilterModel *m_filter;
    QFutureWatcher<QString> m_exportWatcher;
    QTimer m_progressTimer;
    QFutureWatcher<Result<UserImporter::Summary>> m_importWatcher;
    QList<int> m_importing;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_selectAllButton = nullptr;
    QPushButton *m_selectNoneButton = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
