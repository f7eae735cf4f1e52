#pragma once

#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class AuditModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Store;

// The audit log (cloud-directories.md §2.8): newest first, searched as you type (debounced), filtered by integration,
// fetched page by page as the table scrolls, and exported to CSV on a worker thread.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    static constexpr int SearchDelayMs = 300;

    explicit AuditPage(Store *store, QWidget *parent = nullptr);
    ~AuditPage() override;

    // Reads the integrations for the filter again and the log from the top.
    void reload();
    AuditModel *model() const { return m_model; }
    bool isExporting() const { return m_export.isRunning(); }

Q_SIGNALS:
    void exportFinished(const QString &message, bool isError);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyQuery();
    void onPageLoaded(const QString &error);
    void exportCsv();
    void onExported();

    Store *m_store;
    AuditModel *m_model;
    QTimer m_searchDelay;
    QFutureWatcher<Result<int>> m_export;
    QString m_exportPath;
    QLineEdit *m_search;
    QComboBox *m_integration;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_exportButton;
};
