#pragma once

#include "core/directory/Integration.h"

#include <QObject>

class IntegrationSessions;
class Store;
class QWidget;

// Deactivating an integration (cloud-directories.md §1.2.6, §2.7): a confirmation that names it and offers to export
// its configuration (JSON) first; then its keychain entry is removed and, only if that worked, the integration and
// its bindings leave the directory. Accounts in Microsoft 365 are untouched.
//
// finished(message) fires once, with what happened (also when the admin cancelled). The parent widget hosts the
// dialogs.
class DeactivateIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeactivateIntegration)

public:
    DeactivateIntegration(Store *store, IntegrationSessions *sessions, Integration integration, QWidget *parent);

    void start();

Q_SIGNALS:
    void finished(const QString &message);

private:
    void exportTo(const QString &path);
    void remove();

    Store *m_store;
    IntegrationSessions *m_sessions;
    Integration m_integration;
    QWidget *m_parent;
};
