#pragma once

#include "core/graph/GraphJob.h"

#include <QJsonObject>
#include <QStringList>

// GET /v1.0/users/{id or userPrincipalName}?$select=id,userPrincipalName,accountEnabled,onPremisesSyncEnabled
// (graph.md §2.2): finds an account, e.g. a create whose reply was lost, or the owner of a UPN that caused an
// ObjectConflict. A 404 finishes with that error: isNotFound() tells "no such account" from a failed read. The key is
// percent-encoded ('#' of guest UPNs becomes %23). Reads are retried by GraphJob on 429/503/504 and dropped
// connections. The second constructor selects other properties (id is always added), e.g. the current values a
// restore overwrites.
class GetUserJob final : public GraphJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetUserJob)

public:
    GetUserJob(GraphClient *client, QString key, QObject *parent = nullptr);
    GetUserJob(GraphClient *client, QString key, QStringList select, QObject *parent = nullptr);

    const QString &key() const { return m_key; }
    bool isFound() const { return !m_user.isEmpty(); }
    bool isNotFound() const { return error().kind == GraphError::Kind::Http && error().httpStatus == 404; }
    QString id() const { return m_user.value(QLatin1String("id")).toString(); }
    bool isOnPremisesSynced() const { return m_user.value(QLatin1String("onPremisesSyncEnabled")).toBool(); }
    const QJsonObject &user() const { return m_user; }

    // "/users/" + the key percent-encoded for a path segment.
    static QString path(const QString &key);

protected:
    void begin() override;
    void handleResponse(const Response &response) override;

private:
    QString m_key;
    QStringList m_select;
    QJsonObject m_user;
};
