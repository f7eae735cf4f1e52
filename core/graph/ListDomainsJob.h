#pragma once

#include "core/graph/Domain.h"
#include "core/graph/GraphJob.h"

#include <QList>

// GET /v1.0/domains: every domain of the tenant, verified or not, with its password policy (graph.md §2.6).
// Not paged by Graph. domains() is valid after a successful finished.
class ListDomainsJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListDomainsJob)

public:
    explicit ListDomainsJob(GraphClient *client, QObject *parent = nullptr);

    const QList<Domain> &domains() const { return m_domains; }

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    QList<Domain> m_domains;
};
