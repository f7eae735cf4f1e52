#pragma once

#include "core/graph/Domain.h"

#include <QPointer>
#include <QWidget>

class GraphClient;
class GraphJob;
class QLabel;
class QPushButton;
class QTableWidget;

// The tenant's domains with their password validity (graph.md §2.6, cloud-directories.md §1.3): whether each
// verified domain's passwords never expire (2147483647), and an action to set that after a confirmation naming the
// domain (PATCH /domains/{id}). Federated and unverified domains cannot be changed.
class DomainsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsPanel)

public:
    explicit DomainsPanel(QWidget *parent = nullptr);
    ~DomainsPanel() override;

    // Loads the domains through client (nullptr clears the panel).
    void setClient(GraphClient *client);
    void reload();
    const QList<Domain> &domains() const { return m_domains; }
    // Asks for confirmation, then sets the selected domain's passwords to never expire.
    void setNeverExpire();

Q_SIGNALS:
    void loaded();

private:
    void display(const QList<Domain> &domains);
    void updateButton();
    void watch(GraphJob *job);

    QPointer<GraphClient> m_client;
    QPointer<GraphJob> m_job;
    QList<Domain> m_domains;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_neverExpire;
};
