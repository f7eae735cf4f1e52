#include "ui/users/UserEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

UserEditDialog::UserEditDialog(const User &user, const QList<User> &others, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
    , m_manager(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_passwordAgain(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(tr("Edit %1").arg(user.username));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    addField(QStringLiteral("username"), tr("&Username:"), user.username);
    addField(QStringLiteral("email"), tr("Company &email:"), user.email);
    addField(QStringLiteral("firstname"), tr("&First name:"), user.firstname);
    addField(QStringLiteral("lastname"), tr("&Last name:"), user.lastname);
    addField(QStringLiteral("alternateEmail"), tr("&Alternate email:"), user.alternateEmail);
    addField(QStringLiteral("department"), tr("&Department:"), user.department);
    addField(QStringLiteral("jobTitle"), tr("&Job title:"), user.jobTitle);
    addField(QStringLiteral("location"), tr("L&ocation:"), user.location);
    addField(QStringLiteral("workStreetAddress"), tr("Work &street address:"), user.workStreetAddress);
    addField(QStringLiteral("workLocality"), tr("Work &city:"), user.workLocality);
    addField(QStringLiteral("workRegion"), tr("Work &region:"), user.workRegion);
    addField(QStringLiteral("workPostalCode"), tr("Work post&al code:"), user.workPostalCode);
    addField(QStringLiteral("workCountry"), tr("Work coun&try:"), user.workCountry);
    addField(QStringLiteral("workPhone"), tr("Wor&k phone:"), user.workPhone);
    addField(QStringLiteral("mobilePhone"), tr("&Mobile phone:"), user.mobilePhone);

    m_manager->setObjectName(QStringLiteral("userEdit_manager"));
    m_manager->addItem(tr("(no manager)"), QString());
    QList<User> candidates = others;
    std::sort(candidates.begin(), candidates.end(),
              [](const User &a, const User &b) { return a.username.compare(b.username, Qt::CaseInsensitive) < 0; });
    for (const User &other : std::as_const(candidates)) {
        if (other.id != user.id)
            m_manager->addItem(tr("%1 (%2 %3)").arg(other.username, other.firstname, other.lastname), other.id);
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(user.managerId)));
    m_manager->setEditable(true); // type to find a manager among thousands
    m_manager->setInsertPolicy(QComboBox::NoInsert);
    m_state->setObjectName(QStringLiteral("userEdit_state"));
    m_state->addItem(tr("Active"), int(UserState::Active));
    m_state->addItem(tr("Suspended"), int(UserState::Suspended));
    m_state->setCurrentIndex(user.state == UserState::Active ? 0 : 1);
    m_password->setObjectName(QStringLiteral("userEdit_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the current password"));
    m_passwordAgain->setObjectName(QStringLiteral("userEdit_passwordAgain"));
    m_passwordAgain->setEchoMode(QLineEdit::Password);

    auto *fields = new QWidget(this);
    fields->setLayout(form);
    const QList<QPair<QString, QWidget *>> extra = {{tr("Ma&nager:"), m_manager},
                                                    {tr("S&tate:"), m_state},
                                                    {tr("New &password:"), m_password},
                                                    {tr("Repeat pass&word:"), m_passwordAgain}};
    const QStringList order = {
        QStringLiteral("username"),     QStringLiteral("email"),          QStringLiteral("firstname"),
        QStringLiteral("lastname"),     QStringLiteral("alternateEmail"), QStringLiteral("department"),
        QStringLiteral("jobTitle"),     QStringLiteral("location"),       QStringLiteral("workStreetAddress"),
        QStringLiteral("workLocality"), QStringLiteral("workRegion"),     QStringLiteral("workPostalCode"),
        QStringLiteral("workCountry"),  QStringLiteral("workPhone"),      QStringLiteral("mobilePhone")};
    for (const QString &key : order) {
        QLineEdit *edit = m_fields.value(key);
        auto *label = new QLabel(edit->property("labelText").toString(), fields);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    for (const auto &[text, widget] : extra) {
        auto *label = new QLabel(text, fields);
        label->setBuddy(widget);
        form->addRow(label, widget);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    m_error->setObjectName(QStringLiteral("userEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons->setObjectName(QStringLiteral("userEditButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 640);
}

UserEditDialog::~UserEditDialog()
{
    m_password->clear();
    m_passwordAgain->clear();
}

QLineEdit *UserEditDialog::addField(const QString &key, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(QStringLiteral("userEdit_") + key);
    edit->setProperty("labelText", label);
    m_fields.insert(key, edit);
    return edit;
}

QString UserEditDialog::text(const QString &key) const
{
    return m_fields.value(key)->text().trimmed();
}

User UserEditDialog::editedUser() const
{
    User user = m_user;
    user.username = text(QStringLiteral("username"));
    user.email = text(QStringLiteral("email"));
    user.firstname = text(QStringLiteral("firstname"));
    user.lastname = text(QStringLiteral("lastname"));
    user.alternateEmail = text(QStringLiteral("alternateEmail"));
    user.department = text(QStringLiteral("department"));
    user.jobTitle = text(QStringLiteral("jobTitle"));
    user.location = text(QStringLiteral("location"));
    user.workStreetAddress = text(QStringLiteral("workStreetAddress"));
    user.workLocality = text(QStringLiteral("workLocality"));
    user.workRegion = text(QStringLiteral("workRegion"));
    user.workPostalCode = text(QStringLiteral("workPostalCode"));
    user.workCountry = text(QStringLiteral("workCountry"));
    user.workPhone = text(QStringLiteral("workPhone"));
    user.mobilePhone = text(QStringLiteral("mobilePhone"));
    user.managerId = m_manager->currentData().toString();
    user.state = m_state->currentData().toInt() == int(UserState::Active) ? UserState::Active : UserState::Suspended;
    return user;
}

Secret UserEditDialog::password() const
{
    return Secret(m_password->text().toUtf8());
}

QString UserEditDialog::validate() const
{
    if (text(QStringLiteral("username")).isEmpty())
        return tr("The username cannot be empty: type the name this person signs in with.");
    const QString email = text(QStringLiteral("email"));
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@'))))
        return tr("The company email \"%1\" is not an address: write it as name@example.com.").arg(email);
    if (m_manager->currentIndex() > 0 && m_manager->currentText() != m_manager->itemText(m_manager->currentIndex()))
        return tr("Choose the manager from the list, or \"(no manager)\".");
    if (m_password->text() != m_passwordAgain->text())
        return tr("The two passwords differ: type the new password twice, or leave both fields empty.");
    return QString();
}

void UserEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UserEditDialog::accept()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_saver) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    showError(QString());
    m_saver(editedUser(), password());
}

void UserEditDialog::saveFinished(const QString &error)
{
    m_saving = false;
    m_buttons->setEnabled(true);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_password->clear();
    m_passwordAgain->clear();
    QDialog::accept();
}
