#include "ui/plan/PlanDialog.h"

#include "ui/plan/PlanFilterModel.h"
#include "ui/plan/PlanModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr PlanOperation::Op Ops[] = {PlanOperation::Op::Create, PlanOperation::Op::Takeover, PlanOperation::Op::Update,
                                     PlanOperation::Op::Rename, PlanOperation::Op::Manager,  PlanOperation::Op::Suspend,
                                     PlanOperation::Op::Skip};

} // namespace

QString PlanDialog::summary(const Plan &plan)
{
    QStringList parts;
    for (PlanOperation::Op op : Ops) {
        if (const int n = plan.count(op); n > 0)
            parts.append(tr("%1 %2").arg(PlanModel::opLabel(op)).arg(n));
    }
    return parts.isEmpty() ? tr("Nothing to change: Microsoft 365 already matches the directory.")
                           : parts.join(QStringLiteral(" · "));
}

PlanDialog::PlanDialog(const Plan &plan, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_model(new PlanModel(plan, this))
    , m_filter(new PlanFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Review changes to Microsoft 365 — %1").arg(plan.integrationName));
    setModal(true);
    resize(1100, 640);
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("planTitle"));
    layout->addWidget(heading);
    auto *counts = new QLabel(summary(plan), this);
    counts->setObjectName(QStringLiteral("planSummary"));
    layout->addWidget(counts);
    auto *note = new QLabel(tr("Nothing has been sent yet. Confirm queues these operations; every Microsoft 365 value "
                               "they overwrite is kept and can be restored from the user's history."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *filters = new QHBoxLayout;
    auto *opLabel = new QLabel(tr("S&how:"), this);
    m_opFilter = new QComboBox(this);
    m_opFilter->setObjectName(QStringLiteral("planOperationFilter"));
    m_opFilter->addItem(tr("All operations (%1)").arg(plan.operations.size()), -1);
    for (PlanOperation::Op op : Ops) {
        if (const int n = plan.count(op); n > 0)
            m_opFilter->addItem(tr("%1 (%2)").arg(PlanModel::opLabel(op)).arg(n), int(op));
    }
    opLabel->setBuddy(m_opFilter);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("User, user principal name, property, value or reason"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    filters->addWidget(opLabel);
    filters->addWidget(m_opFilter);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Planned operations"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(PlanModel::Changes, 380);
    layout->addWidget(m_table, 1);

    if (plan.needsConfirmation()) {
        const int risky = plan.count(PlanOperation::Op::Suspend) + plan.count(PlanOperation::Op::Rename);
        auto *brake = new QLabel(tr("This plan suspends or renames %n users — more than %1 or %2 % of the %3 bound "
                                    "users. Type the integration's name, <b>%4</b>, to confirm.",
                                    nullptr, risky)
                                     .arg(Plan::BrakeCount)
                                     .arg(Plan::BrakePercent)
                                     .arg(plan.boundUsers)
                                     .arg(plan.confirmationText().toHtmlEscaped()),
                                 this);
        brake->setObjectName(QStringLiteral("planBrake"));
        brake->setWordWrap(true);
        m_brakeEdit = new QLineEdit(this);
        m_brakeEdit->setObjectName(QStringLiteral("planBrakeEdit"));
        m_brakeEdit->setAccessibleName(tr("Integration name to confirm"));
        brake->setBuddy(m_brakeEdit);
        layout->addWidget(brake);
        layout->addWidget(m_brakeEdit);
        connect(m_brakeEdit, &QLineEdit::textChanged, this, &PlanDialog::updateConfirm);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm and queue"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("planConfirm"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("planCancel"));
    cancel->setDefault(true);
    m_confirm->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_filter, &PlanFilterModel::setSearchText);
    connect(m_opFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int op = m_opFilter->currentData().toInt();
        m_filter->setOperation(op < 0 ? std::nullopt : std::optional(PlanOperation::Op(op)));
    });
    updateConfirm();
    m_search->setFocus();
}

QString PlanDialog::typedConfirmation() const
{
    return m_brakeEdit ? m_brakeEdit->text() : QString();
}

void PlanDialog::setStoresChange(bool stores)
{
    m_storesChange = stores;
    updateConfirm();
}

void PlanDialog::updateConfirm()
{
    const Plan &plan = m_model->plan();
    bool enabled = plan.hasWrites() || m_storesChange;
    if (enabled && m_brakeEdit)
        enabled = m_brakeEdit->text() == plan.confirmationText();
    m_confirm->setEnabled(enabled);
    m_confirm->setToolTip(!plan.hasWrites() && m_storesChange ? tr("Nothing is written to Microsoft 365; the change is "
                                                                   "stored.")
                          : !plan.hasWrites()                 ? tr("Nothing to queue.")
                          : enabled ? tr("Queue the operations; they are sent to Microsoft 365 from the "
                                         "outbox.")
                                    : tr("Type the integration's name above to confirm."));
}
