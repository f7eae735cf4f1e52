#include "ui/integration/ExportSelectionPanel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

struct Row
{
    const char *rule; // empty for the locked defaults
    const char *label;
    const char *property;
    const char *note;
};

// UI names as the reference page shows them, Graph names as Microsoft's API spells them (graph.md §0.1–§0.4).
const Row lockedRows[] = {
    {"", QT_TRANSLATE_NOOP("ExportSelectionPanel", "First name"), "givenName", nullptr},
    {"", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Last name"), "surname", nullptr},
    {"", QT_TRANSLATE_NOOP("ExportSelectionPanel", "First name + last name"), "displayName",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "recomputed whenever either name changes")},
    {"", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Password"), "passwordProfile",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "sent only when an admin sets one")},
    {"", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Company email"), "userPrincipalName",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "after the integration's domain rule")},
};

const Row optionalRows[] = {
    {"user_street_address", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work street address"), "streetAddress", nullptr},
    {"user_city", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work city"), "city", nullptr},
    {"user_state", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work state"), "state", nullptr},
    {"user_postal_code", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work postal code"), "postalCode", nullptr},
    {"user_country", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work country"), "country", nullptr},
    {"user_business_phones", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Work phone"), "businessPhones",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "a list of at most one number")},
    {"user_mobile_phone", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Personal cell"), "mobilePhone", nullptr},
    {"user_department", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Department"), "department", nullptr},
    {"user_job_title", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Job title"), "jobTitle", nullptr},
    {"user_office_location", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Location"), "officeLocation", nullptr},
    {"user_manager", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Manager"), "manager",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "set through /manager/$ref")},
    {"user_alternate_email", QT_TRANSLATE_NOOP("ExportSelectionPanel", "Alternate email"), "otherMails", nullptr},
    {"user_principal_name_from_alternate_email",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "Alternate email as user principal name"), "userPrincipalName",
     QT_TRANSLATE_NOOP("ExportSelectionPanel", "instead of the company email")},
};

QString rowText(const Row &row)
{
    QString text =
        ExportSelectionPanel::tr("%1 → %2").arg(ExportSelectionPanel::tr(row.label), QString::fromLatin1(row.property));
    if (row.note)
        text += QStringLiteral(" (%1)").arg(ExportSelectionPanel::tr(row.note));
    return text;
}

} // namespace

ExportSelectionPanel::ExportSelectionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exportSelectionPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Exported attributes overwrite Microsoft 365's values for every bound user. Each "
                                "change shows its plan before anything is written."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    // One column: the locked defaults, then the optional attributes (both names make the rows wide).
    grid->addWidget(new QLabel(tr("<b>Always exported</b>"), this), 0, 0);
    int row = 1;
    for (const Row &locked : lockedRows) {
        auto *box = new QCheckBox(rowText(locked), this);
        box->setObjectName(QStringLiteral("export_%1").arg(QString::fromLatin1(locked.property)));
        box->setChecked(true);
        box->setEnabled(false);
        box->setToolTip(tr("Always exported: the account cannot exist in Microsoft 365 without it, so it cannot be "
                           "cleared."));
        grid->addWidget(box, row++, 0);
    }
    grid->addWidget(new QLabel(tr("<b>Optional</b>"), this), row++, 0);
    for (const Row &optional : optionalRows) {
        const QString rule = QString::fromLatin1(optional.rule);
        auto *box = new QCheckBox(rowText(optional), this);
        box->setObjectName(QStringLiteral("export_%1").arg(rule));
        box->setToolTip(tr("Ticking overwrites %1 in Microsoft 365 for every bound user; unticking stops future "
                           "pushes and restores nothing.")
                            .arg(QString::fromLatin1(optional.property)));
        m_optional.insert(rule, box);
        grid->addWidget(box, row++, 0);
        connect(box, &QCheckBox::clicked, this, [this, box, rule](bool checked) {
            // Spring back: the selection changes only when the page applies a confirmed plan.
            box->setChecked(!checked);
            Q_EMIT changeRequested(rule, checked);
        });
    }
    layout->addLayout(grid);
    layout->addStretch(1);
}

QStringList ExportSelectionPanel::optionalRules()
{
    QStringList rules;
    for (const Row &optional : optionalRows)
        rules.append(QString::fromLatin1(optional.rule));
    return rules;
}

void ExportSelectionPanel::setSelection(const QStringList &rules)
{
    m_selection.clear();
    for (auto it = m_optional.cbegin(); it != m_optional.cend(); ++it) {
        const bool ticked = rules.contains(it.key());
        it.value()->setChecked(ticked);
        if (ticked)
            m_selection.append(it.key());
    }
}

QStringList ExportSelectionPanel::selection() const
{
    QStringList ordered;
    for (const QString &rule : optionalRules()) {
        if (m_selection.contains(rule))
            ordered.append(rule);
    }
    return ordered;
}
