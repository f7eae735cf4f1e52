#pragma once

#include "core/common/Result.h"
#include "ui/integration/DirectoryChoiceModel.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;

// Picks the directory groups and users to bind to an integration (binding a group binds its members). The directory
// is read on a worker thread with its own Store, so a directory of 100,000 users does not freeze the window; the
// list is a model with search, select all shown / none and keyboard ticking (Space). Binding is planned before
// anything is written, so the accept button only says what; the plan view comes next.
class BindUsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindUsersDialog)

public:
    // storeSpec: Store::spec() of the directory; integrationId marks what is bound already.
    BindUsersDialog(const QString &storeSpec, const QString &integrationId, const QString &integrationName,
                    QWidget *parent = nullptr);

    QStringList selectedUserIds() const;
    QStringList selectedGroupIds() const;
    DirectoryChoiceModel *model() const { return m_model; }
    // Until the directory was read and shown (or its error).
    bool isLoading() const { return !m_loaded; }
    // Filters the list (as typing in Search does, without the typing delay).
    void search(const QString &text);
    void checkAllShown(bool checked);

Q_SIGNALS:
    void loaded();

private:
    void onLoaded();
    void updateCount();
    QList<int> allRows() const;

    QFutureWatcher<Result<QList<DirectoryChoiceModel::Choice>>> m_loader;
    bool m_loaded = false;
    DirectoryChoiceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_view;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_all;
    QPushButton *m_none;
    QPushButton *m_ok;
};
