#include "ui/integration/AddIntegrationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

AddIntegrationDialog::AddIntegrationDialog(QStringList existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existingNames))
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel("nameError", this))
    , m_cloud(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_clientIdError(errorLabel("clientIdError", this))
{
    setObjectName(QStringLiteral("addIntegrationDialog"));
    setWindowTitle(tr("Add Microsoft 365 / Entra ID integration"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(300); // longer than allowed, so the inline error can say so
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->addItem(tr("Global"), QStringLiteral("global"));
    m_cloud->addItem(tr("US Government L4"), QStringLiteral("usgov"));
    m_cloud->addItem(tr("US Government L5 (DoD)"), QStringLiteral("dod"));
    m_cloud->addItem(tr("China (21Vianet)"), QStringLiteral("china"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    auto *cloudLabel = new QLabel(tr("&Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    form->addRow(cloudLabel, m_cloud);
    auto *clientLabel = new QLabel(tr("Application (&client) id:"), this);
    clientLabel->setBuddy(m_clientId);
    form->addRow(clientLabel, m_clientId);
    form->addRow(QString(), m_clientIdError);

    auto *help = new QLabel(tr("Use your own app registration in the Microsoft Entra admin center: platform "
                               "<b>Mobile and desktop applications</b>, redirect URI <b>http://localhost</b>, no "
                               "client secret. Authorize opens your browser; sign in as a Global Administrator and "
                               "accept consent for your organization."),
                            this);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *authorize = buttons->addButton(tr("&Authorize"), QDialogButtonBox::AcceptRole);
    authorize->setObjectName(QStringLiteral("authorizeButton"));
    authorize->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddIntegrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Errors clear as soon as the admin edits the field they are about.
    connect(m_name, &QLineEdit::textEdited, m_nameError, [this] { showError(m_nameError, QString()); });
    connect(m_clientId, &QLineEdit::textEdited, m_clientIdError, [this] { showError(m_clientIdError, QString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
}

QString AddIntegrationDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddIntegrationDialog::cloudId() const
{
    return m_cloud->currentData().toString();
}

QString AddIntegrationDialog::clientId() const
{
    return m_clientId->text().trimmed();
}

QString AddIntegrationDialog::validate()
{
    QString nameProblem;
    if (name().isEmpty())
        nameProblem = tr("Enter a name for the integration.");
    else if (name().size() > 255)
        nameProblem = tr("The name can have at most 255 characters (it has %1).").arg(name().size());
    else if (m_existing.contains(name(), Qt::CaseInsensitive))
        nameProblem = tr("An integration named \"%1\" already exists. Choose another name.").arg(name());
    const QString clientProblem =
        clientId().isEmpty() ? tr("Enter the application (client) id of your app registration.") : QString();
    showError(m_nameError, nameProblem);
    showError(m_clientIdError, clientProblem);
    return nameProblem.isEmpty() ? clientProblem : nameProblem;
}

void AddIntegrationDialog::accept()
{
    if (validate().isEmpty())
        QDialog::accept();
}
