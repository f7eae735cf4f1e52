#include "ui/integration/BindUsersDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

BindUsersDialog::BindUsersDialog(const QList<User> &users, const QString &integrationName, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("bindUsersDialog"));
    setWindowTitle(tr("Bind users to %1").arg(integrationName));
    resize(520, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the directory users whose Microsoft 365 accounts this integration manages. "
                                    "The next step shows every change before anything is written."),
                                 this));
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search->setObjectName(QStringLiteral("bindSearch"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_list->setObjectName(QStringLiteral("bindUserList"));
    m_list->setAccessibleName(tr("Directory users"));
    m_list->setUniformItemSizes(true);
    for (const User &user : users) {
        auto *item = new QListWidgetItem(tr("%1 <%2>").arg(user.username, user.email), m_list);
        item->setData(Qt::UserRole, user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *all = buttons->addButton(tr("Select &all shown"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("bindSelectAll"));
    QPushButton *ok = buttons->addButton(tr("&Plan binding…"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("bindPlan"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("bindCancel"));
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isHidden())
                m_list->item(i)->setCheckState(Qt::Checked);
        }
    });
    auto updateOk = [this, ok] { ok->setEnabled(!selectedUserIds().isEmpty()); };
    connect(m_list, &QListWidget::itemChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList BindUsersDialog::selectedUserIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}
