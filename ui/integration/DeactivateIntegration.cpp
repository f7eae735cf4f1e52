#include "ui/integration/DeactivateIntegration.h"

#include "core/auth/IntegrationSessions.h"
#include "core/auth/TokenStore.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"
#include "ui/FileDialogs.h"

#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>

DeactivateIntegration::DeactivateIntegration(Store *store, IntegrationSessions *sessions, Integration integration,
                                             QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessions(sessions)
    , m_integration(std::move(integration))
    , m_parent(parent)
{ }

void DeactivateIntegration::start()
{
    QMessageBox box(QMessageBox::Warning, tr("Deactivate integration"),
                    tr("Deactivate \"%1\"?\n\nIts name, configuration and every binding to directory users are "
                       "deleted, and its sign-in is removed from the keychain. Accounts in Microsoft 365 stay as "
                       "they are. Re-activating later does not bring the configuration back.")
                        .arg(m_integration.name),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("deactivateConfirmation"));
    QPushButton *exportFirst = box.addButton(tr("&Export configuration, then deactivate…"), QMessageBox::AcceptRole);
    exportFirst->setObjectName(QStringLiteral("exportAndDeactivateButton"));
    QPushButton *deactivate = box.addButton(tr("&Deactivate"), QMessageBox::DestructiveRole);
    deactivate->setObjectName(QStringLiteral("deactivateNowButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == exportFirst) {
        QString name = m_integration.name;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString path = FileDialogs::saveFileName(m_parent, tr("Export integration configuration"),
                                                       name + QStringLiteral(".json"), tr("JSON (*.json)"));
        if (path.isEmpty()) {
            Q_EMIT finished(tr("Deactivation cancelled."));
            return;
        }
        exportTo(path);
        return;
    }
    if (box.clickedButton() == deactivate) {
        remove();
        return;
    }
    Q_EMIT finished(tr("Deactivation cancelled."));
}

void DeactivateIntegration::exportTo(const QString &path)
{
    Result<QJsonObject> json = m_store->integrationTable().exportConfiguration(m_integration.id);
    if (!json) {
        Q_EMIT finished(json.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*json).toJson()) < 0 || !file.commit()) {
        Q_EMIT finished(
            tr("Could not write %1: %2. The integration was not deactivated.").arg(path, file.errorString()));
        return;
    }
    remove();
}

void DeactivateIntegration::remove()
{
    m_sessions->drop(m_integration.id);
    m_sessions->tokenStore()->remove(m_integration.id, this, [this](const OAuthError &error) {
        if (error.isError()) {
            Q_EMIT finished(tr("The integration was not deactivated: %1").arg(error.message()));
            return;
        }
        if (Result<void> removed = m_store->integrationTable().remove(m_integration.id); !removed) {
            Q_EMIT finished(removed.error().message);
            return;
        }
        Q_EMIT finished(tr("Deactivated \"%1\".").arg(m_integration.name));
    });
}
