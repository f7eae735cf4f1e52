#include "ui/CloudDirectoriesPage.h"

#include "core/auth/IntegrationAuthorizer.h"
#include "core/auth/IntegrationSessions.h"
#include "core/auth/OAuthTokenProvider.h"
#include "core/directory/IntegrationTable.h"
#include "core/directory/Store.h"
#include "ui/ImportDialog.h"
#include "ui/integration/AddIntegrationDialog.h"
#include "ui/integration/DeactivateIntegration.h"
#include "ui/integration/DomainsPanel.h"
#include "ui/integration/IntegrationSummary.h"
#include "ui/integration/IntegrationTabs.h"
#include "ui/mapping/MappingsDialog.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

} // namespace

CloudDirectoriesPage::CloudDirectoriesPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_signInStatus(new QLabel(this))
    , m_addButton(button(tr("&Add integration…"), "addIntegrationButton", this))
    , m_authorizeButton(button(tr("Au&thorize"), "authorizeButton", this))
    , m_cancelButton(button(tr("Cancel sign-in"), "cancelSignInButton", this))
    , m_renameButton(button(tr("Re&name…"), "renameButton", this))
    , m_deactivateButton(button(tr("&Deactivate…"), "deactivateButton", this))
    , m_importButton(button(tr("&Import users…"), "importUsersButton", this))
    , m_mappingsButton(button(tr("Attribute &mappings…"), "mappingsButton", this))
    , m_bindButton(button(tr("&Bind users…"), "bindUsersButton", this))
    , m_tabs(new IntegrationTabs(context.store, this))
{
    setObjectName(QStringLiteral("cloudDirectoriesPage"));
    if (m_context.sessions && m_context.store) {
        m_authorizer = new IntegrationAuthorizer(m_context.sessions, m_context.store, this);
        connect(m_authorizer, &IntegrationAuthorizer::authorizationUrlReady, this, [this](const QUrl &url) {
            m_signInStatus->setText(tr("Waiting for the sign-in in your browser…"));
            if (m_context.openUrl)
                m_context.openUrl(url);
            else if (!QDesktopServices::openUrl(url))
                m_signInStatus->setText(
                    tr("Open this address in a browser to sign in: %1").arg(QString::fromLatin1(url.toEncoded())));
        });
        connect(m_authorizer, &IntegrationAuthorizer::finished, this,
                [this](const QString &id, const OAuthError &error) { onSignInFinished(id, error.message()); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Cloud Directories</h2>"), this));

    auto *body = new QHBoxLayout;
    auto *listLabel = new QLabel(tr("&Microsoft 365 / Entra ID integrations:"), this);
    listLabel->setBuddy(m_list);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    m_list->setObjectName(QStringLiteral("integrationList"));
    m_list->setAccessibleName(tr("Integrations"));
    left->addWidget(m_list, 1);
    left->addWidget(m_addButton);
    m_addButton->setEnabled(m_authorizer != nullptr);
    body->addLayout(left, 1);

    auto *detail = new QGroupBox(tr("Integration"), this);
    auto *detailLayout = new QVBoxLayout(detail);
    m_title->setObjectName(QStringLiteral("integrationTitle"));
    m_details->setObjectName(QStringLiteral("integrationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_signInStatus->setWordWrap(true);
    m_signInStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_signInStatus);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_authorizeButton, m_cancelButton, m_renameButton, m_deactivateButton, m_importButton,
                           m_mappingsButton, m_bindButton})
        actions->addWidget(b);
    m_mappingsButton->setToolTip(tr("Choose how each Microsoft 365 property gets its value: the exported attributes "
                                    "and your own Direct, Constant or Expression mappings."));
    actions->addStretch(1);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_tabs, 1);
    body->addWidget(detail, 3);
    layout->addLayout(body, 1);
    m_cancelButton->hide();

    connect(m_list, &QListWidget::currentRowChanged, this, &CloudDirectoriesPage::showSelected);
    connect(m_addButton, &QPushButton::clicked, this, &CloudDirectoriesPage::addIntegration);
    connect(m_authorizeButton, &QPushButton::clicked, this, &CloudDirectoriesPage::authorizeSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &CloudDirectoriesPage::cancelSignIn);
    connect(m_renameButton, &QPushButton::clicked, this, &CloudDirectoriesPage::renameSelected);
    connect(m_deactivateButton, &QPushButton::clicked, this, &CloudDirectoriesPage::deactivateSelected);
    connect(m_importButton, &QPushButton::clicked, this, &CloudDirectoriesPage::openImport);
    connect(m_mappingsButton, &QPushButton::clicked, this, &CloudDirectoriesPage::openMappings);
    connect(m_bindButton, &QPushButton::clicked, this, &CloudDirectoriesPage::bindUsers);
    connect(m_tabs, &IntegrationTabs::status, this,
            [this](const QString &message, bool) { m_signInStatus->setText(message); });
    reload();
}

CloudDirectoriesPage::~CloudDirectoriesPage() = default;

DomainsPanel *CloudDirectoriesPage::domainsPanel() const
{
    return m_tabs->domainsPanel();
}

void CloudDirectoriesPage::reload()
{
    const QString current = selected() ? selected()->id : QString();
    m_list->blockSignals(true);
    m_list->clear();
    Result<QList<Integration>> integrations = m_context.store->integrations();
    m_integrations = integrations ? *integrations : QList<Integration>();
    for (const Integration &integration : std::as_const(m_integrations))
        m_list->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/cloud.svg")), integration.name));
    m_list->blockSignals(false);
    if (!integrations)
        m_details->setText(tr("Cannot read the integrations: %1").arg(integrations.error().message));
    select(current);
}

void CloudDirectoriesPage::select(const QString &integrationId)
{
    int row = m_integrations.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_integrations.size(); ++i) {
        if (m_integrations.at(i).id == integrationId)
            row = i;
    }
    m_list->setCurrentRow(row);
    showSelected();
}

const Integration *CloudDirectoriesPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_integrations.size() ? &m_integrations.at(row) : nullptr;
}

IntegrationAuth CloudDirectoriesPage::authOf(const Integration &integration) const
{
    Result<IntegrationAuth> auth = m_context.store->integrationTable().auth(integration.id);
    return auth ? *auth : IntegrationAuth();
}

GraphClient *CloudDirectoriesPage::clientFor(const Integration &integration)
{
    if (m_context.graphClientFor) {
        if (GraphClient *fixed = m_context.graphClientFor(integration))
            return fixed;
    }
    if (!m_context.sessions)
        return nullptr;
    const bool known = m_context.sessions->provider(integration.id) != nullptr;
    GraphClient *client = m_context.sessions->clientFor(integration, authOf(integration));
    OAuthTokenProvider *provider = m_context.sessions->provider(integration.id);
    if (client && !known && provider) {
        // Keep the directory's view of the sign-in in step with refreshes and failures (for the page and the CLI).
        const QString id = integration.id;
        connect(provider, &OAuthTokenProvider::stateChanged, this, [this, id, provider] {
            Result<IntegrationAuth> auth = m_context.store->integrationTable().auth(id);
            if (!auth)
                return;
            if (provider->state() == OAuthTokenProvider::State::Valid) {
                auth->tokenExpiresAt = provider->expiresAt();
            } else if (provider->state() == OAuthTokenProvider::State::ReauthorizationNeeded) {
                auth->state = IntegrationAuth::State::ReauthorizationNeeded;
                auth->message = provider->lastError().message();
            }
            (void)m_context.store->integrationTable().setAuth(*auth);
            if (selected() && selected()->id == id)
                showSelected();
        });
    }
    return client;
}

void CloudDirectoriesPage::showSelected()
{
    const Integration *integration = selected();
    const bool signingIn = m_authorizer && m_authorizer->isRunning();
    m_cancelButton->setVisible(signingIn);
    m_addButton->setEnabled(m_authorizer && !signingIn);
    if (!integration) {
        m_title->setText(tr("<b>No integration selected</b>"));
        m_details->setText(m_integrations.isEmpty() ? tr("No Microsoft 365 integration yet. Add one and authorize it "
                                                         "with your app registration; see the README.")
                                                    : QString());
        for (QPushButton *b :
             {m_authorizeButton, m_renameButton, m_deactivateButton, m_importButton, m_mappingsButton, m_bindButton})
            b->setEnabled(false);
        m_tabs->setIntegration(std::nullopt, nullptr);
        return;
    }
    const IntegrationAuth auth = authOf(*integration);
    const bool fixed = m_context.graphClientFor && m_context.graphClientFor(*integration);
    GraphClient *client = clientFor(*integration);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(integration->name.toHtmlEscaped()));
    m_details->setText(IntegrationSummary::text(
        *integration, auth, m_context.sessions ? m_context.sessions->provider(integration->id) : nullptr, fixed));
    m_authorizeButton->setText(auth.state == IntegrationAuth::State::Unauthorized ? tr("Au&thorize")
                                                                                  : tr("Re-au&thorize"));
    m_authorizeButton->setEnabled(m_authorizer && !fixed && !signingIn);
    m_renameButton->setEnabled(!signingIn);
    m_mappingsButton->setEnabled(m_context.store != nullptr);
    m_deactivateButton->setEnabled(!signingIn && !fixed);
    m_importButton->setEnabled(client != nullptr);
    m_bindButton->setEnabled(client != nullptr);
    m_bindButton->setToolTip(client ? tr("Choose users whose Microsoft 365 accounts this integration manages; the "
                                         "changes are shown before anything is written.")
                                    : tr("Authorize this integration first."));
    m_importButton->setToolTip(client ? tr("List the tenant's enabled accounts and import them into the directory.")
                                      : tr("Authorize this integration first."));
    m_tabs->setIntegration(*integration, client);
}

void CloudDirectoriesPage::openImport()
{
    const Integration *integration = selected();
    GraphClient *client = integration ? clientFor(*integration) : nullptr;
    if (!client)
        return;
    auto *dialog = new ImportDialog(client, m_context.store, *integration, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::usersImported, this, &CloudDirectoriesPage::usersImported);
    dialog->open();
}

void CloudDirectoriesPage::openMappings()
{
    const Integration *integration = selected();
    if (!integration || !m_context.store)
        return;
    auto *dialog = new MappingsDialog(m_context.store, *integration, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CloudDirectoriesPage::bindUsers()
{
    m_tabs->bindUsers();
}

void CloudDirectoriesPage::addIntegration()
{
    QStringList names;
    for (const Integration &integration : std::as_const(m_integrations))
        names.append(integration.name);
    AddIntegrationDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Integration integration;
    integration.name = dialog.name();
    integration.cloud = dialog.cloudId();
    integration.loginUrl = m_context.loginUrl.toString();
    integration.graphUrl = m_context.graphUrl.toString();
    Result<Integration> created = m_context.store->createIntegration(integration);
    if (!created) {
        QMessageBox::warning(this, tr("Add integration"), created.error().message);
        return;
    }
    IntegrationAuth auth;
    auth.integrationId = created->id;
    auth.clientId = dialog.clientId();
    (void)m_context.store->integrationTable().setAuth(auth);
    reload();
    select(created->id);
    startSignIn(*created, dialog.clientId());
}

void CloudDirectoriesPage::authorizeSelected()
{
    const Integration *integration = selected();
    if (!integration || !m_authorizer)
        return;
    QString clientId = authOf(*integration).clientId;
    if (clientId.isEmpty()) {
        bool ok = false;
        clientId = QInputDialog::getText(this, tr("Authorize"), tr("Application (client) id of your app registration:"),
                                         QLineEdit::Normal, QString(), &ok)
                       .trimmed();
        if (!ok || clientId.isEmpty())
            return;
    }
    startSignIn(*integration, clientId);
}

void CloudDirectoriesPage::startSignIn(const Integration &integration, const QString &clientId)
{
    m_signInStatus->setText(tr("Starting sign-in…"));
    m_authorizer->start(integration, clientId);
    showSelected();
}

void CloudDirectoriesPage::cancelSignIn()
{
    if (m_authorizer)
        m_authorizer->cancel();
}

void CloudDirectoriesPage::onSignInFinished(const QString &integrationId, const QString &message)
{
    m_signInStatus->setText(message.isEmpty() ? tr("Signed in.") : message);
    reload();
    select(integrationId);
    Q_EMIT authorizationFinished(integrationId, message);
}

void CloudDirectoriesPage::renameSelected()
{
    const Integration *integration = selected();
    if (!integration)
        return;
    const Integration current = *integration;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename integration"), tr("New name:"), QLineEdit::Normal, current.name, &ok);
    if (!ok || name.trimmed() == current.name)
        return;
    if (Result<void> renamed = m_context.store->integrationTable().rename(current.id, name); !renamed) {
        QMessageBox::warning(this, tr("Rename integration"), renamed.error().message);
        return;
    }
    reload();
    select(current.id);
}

void CloudDirectoriesPage::deactivateSelected()
{
    const Integration *integration = selected();
    if (!integration || !m_context.sessions)
        return;
    const Integration target = *integration;
    auto *flow = new DeactivateIntegration(m_context.store, m_context.sessions, target, this);
    connect(flow, &DeactivateIntegration::finished, this, [this, flow](const QString &message) {
        flow->deleteLater();
        m_signInStatus->setText(message);
        reload();
    });
    flow->start();
}
