#include "ui/CloudDirectoriesPage.h"

#include "core/directory/Store.h"
#include "ui/ImportDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString cloudName(const QString &cloud)
{
    if (cloud == u"usgov")
        return CloudDirectoriesPage::tr("US Government L4");
    if (cloud == u"dod")
        return CloudDirectoriesPage::tr("US Government L5 (DoD)");
    if (cloud == u"china")
        return CloudDirectoriesPage::tr("China (21Vianet)");
    return CloudDirectoriesPage::tr("Global");
}

} // namespace

CloudDirectoriesPage::CloudDirectoriesPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import users…"), this))
{
    setObjectName(QStringLiteral("cloudDirectoriesPage"));
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
    body->addLayout(left, 1);

    auto *detail = new QGroupBox(tr("Integration"), this);
    auto *detailLayout = new QVBoxLayout(detail);
    m_title->setObjectName(QStringLiteral("integrationTitle"));
    m_details->setObjectName(QStringLiteral("integrationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importButton->setObjectName(QStringLiteral("importUsersButton"));
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_importButton);
    actions->addStretch(1);
    detailLayout->addLayout(actions);
    detailLayout->addStretch(1);
    body->addWidget(detail, 2);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &CloudDirectoriesPage::showSelected);
    connect(m_importButton, &QPushButton::clicked, this, &CloudDirectoriesPage::openImport);
    reload();
}

void CloudDirectoriesPage::reload()
{
    m_list->clear();
    Result<QList<Integration>> integrations = m_context.store->integrations();
    m_integrations = integrations ? *integrations : QList<Integration>();
    for (const Integration &integration : std::as_const(m_integrations))
        m_list->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/cloud.svg")), integration.name));
    if (!integrations)
        m_details->setText(tr("Cannot read the integrations: %1").arg(integrations.error().message));
    if (!m_integrations.isEmpty())
        m_list->setCurrentRow(0);
    showSelected();
}

void CloudDirectoriesPage::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_integrations.size()) {
        m_title->setText(tr("<b>No integration selected</b>"));
        if (m_integrations.isEmpty())
            m_details->setText(tr("No Microsoft 365 integration yet. Adding and authorizing one with Microsoft "
                                  "sign-in is coming next; try ./run.sh --sandbox for a demo tenant."));
        m_importButton->setEnabled(false);
        return;
    }
    const Integration &integration = m_integrations.at(row);
    const bool connected = m_context.graphClientFor && m_context.graphClientFor(integration);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(integration.name.toHtmlEscaped()));
    QString details = tr("Cloud: %1").arg(cloudName(integration.cloud));
    if (!integration.graphUrl.isEmpty())
        details += QLatin1Char('\n') + tr("Microsoft Graph endpoint: %1").arg(integration.graphUrl);
    details += QLatin1Char('\n')
               + (connected ? tr("Status: connected") : tr("Status: not authorized — sign in before importing"));
    m_details->setText(details);
    m_importButton->setEnabled(connected);
    m_importButton->setToolTip(connected ? tr("List the tenant's enabled accounts and import them into the directory.")
                                         : tr("Authorize this integration first."));
}

void CloudDirectoriesPage::openImport()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_integrations.size() || !m_context.graphClientFor)
        return;
    GraphClient *client = m_context.graphClientFor(m_integrations.at(row));
    if (!client)
        return;
    auto *dialog = new ImportDialog(client, m_context.store, m_integrations.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::usersImported, this, &CloudDirectoriesPage::usersImported);
    dialog->open();
}
