#include "ui/mapping/MappingTestPanel.h"

#include "core/directory/Store.h"
#include "core/mapping/MappingSet.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>

namespace {

QString describe(const PropertyOutcome &o)
{
    switch (o.action) {
    case PropertyOutcome::Action::Set: {
        QString value = o.value.isString()
                            ? o.value.toString()
                            : QString::fromUtf8(QJsonDocument(QJsonArray {o.value}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1);
        if (o.fromDefault)
            value = MappingTestPanel::tr("%1 (the default: the mapping gave no value)").arg(value);
        return o.redacted ? MappingTestPanel::tr("%1 (redacted in logs and exports)").arg(value) : value;
    }
    case PropertyOutcome::Action::Leave:
        return MappingTestPanel::tr("nothing is written; Microsoft 365 keeps its value");
    case PropertyOutcome::Action::Skip:
        return MappingTestPanel::tr("the property is left out (IgnoreFlowIfNullOrEmpty / IgnoreAttributeFlow)");
    case PropertyOutcome::Action::Failed:
        return o.error->offset >= 0 ? MappingTestPanel::tr("error at %1: %2").arg(o.error->offset).arg(o.error->message)
                                    : MappingTestPanel::tr("error: %1").arg(o.error->message);
    }
    return {};
}

} // namespace

MappingTestPanel::MappingTestPanel(Store *store, const QList<UserKey> &users, std::function<Mapping()> current,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_users(users)
    , m_current(std::move(current))
    , m_user(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_onCreate(new QLabel(this))
    , m_onUpdate(new QLabel(this))
{
    m_user->setObjectName(QStringLiteral("testUserCombo"));
    m_user->setAccessibleName(tr("Directory user to test with"));
    m_user->setEditable(true); // type to find one among many users
    m_user->setInsertPolicy(QComboBox::NoInsert);
    for (const UserKey &key : m_users)
        m_user->addItem(key.username);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleName(tr("Test the mapping"));
    m_test->setEnabled(!m_users.isEmpty());
    for (QLabel *label : {m_onCreate, m_onUpdate}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_onCreate->setObjectName(QStringLiteral("createResult"));
    m_onUpdate->setObjectName(QStringLiteral("updateResult"));

    auto *userLabel = new QLabel(tr("Test &user:"), this);
    userLabel->setBuddy(m_user);
    auto *row = new QHBoxLayout;
    row->addWidget(userLabel);
    row->addWidget(m_user, 1);
    row->addWidget(m_test);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(row);
    form->addRow(tr("On create:"), m_onCreate);
    form->addRow(tr("On update:"), m_onUpdate);
    connect(m_test, &QPushButton::clicked, this, &MappingTestPanel::runTest);
}

void MappingTestPanel::runTest()
{
    auto user = m_store->userByUsername(m_user->currentText().trimmed());
    if (!user || !*user) {
        const QString message =
            !user ? user.error().message : tr("No directory user is named \"%1\".").arg(m_user->currentText());
        m_onCreate->setText(message);
        m_onUpdate->clear();
        return;
    }
    auto compiled = MappingSet::compile({m_current()});
    if (auto *issues = std::get_if<QList<MappingIssue>>(&compiled)) {
        const MappingIssue &issue = issues->first();
        m_onCreate->setText(issue.offset >= 0 ? tr("error at %1: %2").arg(issue.offset).arg(issue.message)
                                              : tr("error: %1").arg(issue.message));
        m_onUpdate->setText(m_onCreate->text());
        return;
    }
    // SelectUniqueValue: a candidate is taken when another directory user already has it as username or email.
    QSet<QString> taken;
    for (const UserKey &key : m_users) {
        if (key.id != (*user)->id) {
            taken.insert(key.username.toLower());
            taken.insert(key.email.toLower());
        }
    }
    EvaluationOptions options;
    options.isTaken = [taken](const QString &candidate) { return taken.contains(candidate.toLower()); };
    const MappingSet &set = std::get<MappingSet>(compiled);
    m_onCreate->setText(describe(set.evaluate(**user, MappingSet::Operation::Create, options).first()));
    m_onUpdate->setText(describe(set.evaluate(**user, MappingSet::Operation::Update, options).first()));
}
