#pragma once

#include "core/directory/Integration.h"
#include "core/directory/IntegrationAuth.h"
#include "ui/AppContext.h"

#include <QWidget>

class DomainsPanel;
class IntegrationTabs;
class GraphClient;
class IntegrationAuthorizer;
class QLabel;
class QListWidget;
class QPushButton;

// Cloud Directories: the Microsoft 365 / Entra ID integrations side by side, and for the selected one its sign-in
// details (tenant, consenting account, token health and expiry, state), the lifecycle: Add (name, cloud, client id →
// Authorize), Re-authorize, Rename, Deactivate (after a confirmation that offers a JSON export first) and Import users
// (cloud-directories.md §1.2–§1.4, §2.7), and its tabs (IntegrationTabs): domains and password validity, the domain
// rule with every bound user's UPN, the exported attributes and what is bound — changes through the plan (§2.3).
//
// Sign-in runs in core (IntegrationAuthorizer); this page only opens the browser (AppContext::openUrl or
// QDesktopServices) and shows the outcome.
class CloudDirectoriesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDirectoriesPage)

public:
    explicit CloudDirectoriesPage(const AppContext &context, QWidget *parent = nullptr);
    ~CloudDirectoriesPage() override;

    void reload();
    // The buttons' actions, on the selected integration.
    void openImport();
    // Opens the attribute mappings editor (Direct / Constant / Expression) of the selected integration.
    void openMappings();
    // Picks directory groups and users, plans binding them and queues the plan once the admin confirmed it.
    void bindUsers();
    void addIntegration();
    void authorizeSelected();
    void cancelSignIn();
    void renameSelected();
    void deactivateSelected();
    DomainsPanel *domainsPanel() const;
    IntegrationTabs *tabs() const { return m_tabs; }

Q_SIGNALS:
    void usersImported();
    // After each sign-in attempt started here; message is empty on success.
    void authorizationFinished(const QString &integrationId, const QString &message);

private:
    const Integration *selected() const;
    GraphClient *clientFor(const Integration &integration);
    IntegrationAuth authOf(const Integration &integration) const;
    void showSelected();
    void select(const QString &integrationId);
    void startSignIn(const Integration &integration, const QString &clientId);
    void onSignInFinished(const QString &integrationId, const QString &message);

    AppContext m_context;
    QList<Integration> m_integrations;
    IntegrationAuthorizer *m_authorizer = nullptr;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_signInStatus;
    QPushButton *m_addButton;
    QPushButton *m_authorizeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_renameButton;
    QPushButton *m_deactivateButton;
    QPushButton *m_importButton;
    QPushButton *m_mappingsButton;
    QPushButton *m_bindButton;
    IntegrationTabs *m_tabs;
};
