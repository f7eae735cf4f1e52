#pragma once

#include "core/directory/IntegrationSettings.h"
#include "core/directory/UserKey.h"
#include "core/graph/Domain.h"
#include "core/sync/UpnTrace.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UpnTraceModel;

// The domains an integration accepts and its default domain (cloud-directories.md §1.7, §2.4): the tenant's
// verified domains as ticks (unverified ones cannot be ticked, and say why), a default among the ticked ones or
// none, which of the three configurations that makes, and below it, for every bound user, the resulting user
// principal name or why the user is out of scope, with collisions naming both users. The trace is recomputed on a
// worker thread as the ticks change. Save does not store anything: saveRequested() asks the page, which shows the
// plan (renames, users falling out of scope) first; Revert shows the stored settings again.
class DomainRulePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainRulePanel)

public:
    explicit DomainRulePanel(QWidget *parent = nullptr);
    ~DomainRulePanel() override;

    // The tenant's domains (from GET /domains); an empty list until they are read.
    void setTenantDomains(const QList<Domain> &domains);
    // The stored settings; the editor shows them (dropping unsaved edits).
    void setStored(const IntegrationSettings &settings);
    void setBoundUsers(QList<UserKey> users);
    // The settings as edited (exportManager as stored).
    IntegrationSettings edited() const;
    bool isModified() const { return edited() != m_stored; }
    void revert();
    UpnTraceModel *traceModel() const { return m_model; }
    bool isTracing() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void saveRequested(const IntegrationSettings &settings);
    // After each trace was shown.
    void traceUpdated();

private:
    void showDomains();
    void onEdited();
    void updateDefaults();
    void retrace();
    void onTraced();
    void updateState();

    QList<Domain> m_tenantDomains;
    IntegrationSettings m_stored;
    QList<UserKey> m_users;
    bool m_retraceAgain = false;
    bool m_updating = false;
    QFutureWatcher<UpnTrace::Result> m_watcher;
    QListWidget *m_domainList;
    QComboBox *m_default;
    QLabel *m_configuration;
    QLabel *m_summary;
    QLineEdit *m_search;
    UpnTraceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_save;
    QPushButton *m_revert;
};
