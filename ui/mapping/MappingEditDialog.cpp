#include "ui/mapping/MappingEditDialog.h"

#include "core/mapping/GraphPropertyCatalog.h"
#include "core/mapping/MappingValidator.h"
#include "ui/mapping/ExpressionPanel.h"
#include "ui/mapping/MappingTestPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

MappingEditDialog::MappingEditDialog(Store *store, const Mapping &mapping, const QList<Mapping> &others,
                                     const QStringList &attributes, const QList<UserKey> &users, QWidget *parent)
    : QDialog(parent)
    , m_original(mapping)
    , m_others(others)
    , m_attributes(attributes)
    , m_property(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_attribute(new QComboBox(this))
    , m_constant(new QLineEdit(this))
    , m_expression(new ExpressionPanel(attributes, this))
    , m_hasDefault(new QCheckBox(tr("Use a &default value when the result is empty (on create only):"), this))
    , m_default(new QLineEdit(this))
    , m_apply(new QComboBox(this))
    , m_issues(new QLabel(this))
    , m_test(new MappingTestPanel(
          store, users, [this] { return this->mapping(); }, this))
{
    setObjectName(QStringLiteral("MappingEditDialog"));
    setWindowTitle(mapping.targetProperty.isEmpty() ? tr("Add mapping")
                                                    : tr("Edit mapping of %1").arg(mapping.targetProperty));

    m_property->setObjectName(QStringLiteral("propertyCombo"));
    m_property->setAccessibleName(tr("Microsoft 365 property"));
    for (const GraphProperty &p : GraphPropertyCatalog::writable())
        m_property->addItem(
            QStringLiteral("%1 — %2").arg(p.name, QCoreApplication::translate("GraphProperty", p.label)), p.name);
    if (!mapping.targetProperty.isEmpty()) {
        m_property->setCurrentIndex(m_property->findData(mapping.targetProperty));
        m_property->setEnabled(false); // an existing mapping keeps its property; remove and add to move it
    }
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Mapping type"));
    m_type->addItem(tr("Direct — a directory attribute"), int(Mapping::Type::Direct));
    m_type->addItem(tr("Constant — a fixed text"), int(Mapping::Type::Constant));
    m_type->addItem(tr("Expression"), int(Mapping::Type::Expression));
    m_type->setCurrentIndex(m_type->findData(int(mapping.type)));

    m_attribute->setObjectName(QStringLiteral("attributeCombo"));
    m_attribute->setAccessibleName(tr("Source attribute"));
    m_attribute->setEditable(true);
    m_attribute->addItems(attributes);
    m_constant->setObjectName(QStringLiteral("constantEdit"));
    m_constant->setAccessibleName(tr("Constant value"));
    auto *directPage = new QWidget(m_pages);
    auto *directForm = new QFormLayout(directPage);
    auto *attributeLabel = new QLabel(tr("Source &attribute:"), directPage);
    attributeLabel->setBuddy(m_attribute);
    directForm->addRow(attributeLabel, m_attribute);
    auto *constantPage = new QWidget(m_pages);
    auto *constantForm = new QFormLayout(constantPage);
    auto *constantLabel = new QLabel(tr("&Value:"), constantPage);
    constantLabel->setBuddy(m_constant);
    constantForm->addRow(constantLabel, m_constant);
    m_pages->addWidget(directPage);
    m_pages->addWidget(constantPage);
    m_pages->addWidget(m_expression);
    if (mapping.type == Mapping::Type::Direct)
        m_attribute->setCurrentText(mapping.source);
    else if (mapping.type == Mapping::Type::Constant)
        m_constant->setText(mapping.source);
    else
        m_expression->setText(mapping.source);

    m_hasDefault->setObjectName(QStringLiteral("defaultCheck"));
    m_hasDefault->setAccessibleName(tr("Use a default value"));
    m_hasDefault->setChecked(mapping.defaultValue.has_value());
    m_default->setObjectName(QStringLiteral("defaultEdit"));
    m_default->setAccessibleName(tr("Default value"));
    m_default->setText(mapping.defaultValue.value_or(QString()));
    m_default->setEnabled(m_hasDefault->isChecked());
    connect(m_hasDefault, &QCheckBox::toggled, m_default, &QLineEdit::setEnabled);
    m_apply->setObjectName(QStringLiteral("applyCombo"));
    m_apply->setAccessibleName(tr("Apply this mapping"));
    m_apply->addItem(tr("Always"), int(Mapping::Apply::Always));
    m_apply->addItem(tr("Only during object creation"), int(Mapping::Apply::CreateOnly));
    m_apply->setCurrentIndex(m_apply->findData(int(mapping.apply)));
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #a40000"));

    auto *form = new QFormLayout;
    auto *propertyLabel = new QLabel(tr("Microsoft 365 &property:"), this);
    propertyLabel->setBuddy(m_property);
    form->addRow(propertyLabel, m_property);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    auto *applyLabel = new QLabel(tr("Appl&y this mapping:"), this);
    applyLabel->setBuddy(m_apply);
    auto *testBox = new QGroupBox(tr("Test on a directory user"), this);
    (new QVBoxLayout(testBox))->addWidget(m_test);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the mapping"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MappingEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hasDefault);
    layout->addWidget(m_default);
    auto *applyForm = new QFormLayout;
    applyForm->addRow(applyLabel, m_apply);
    layout->addLayout(applyForm);
    layout->addWidget(testBox);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &MappingEditDialog::updateTypePage);
    updateTypePage();
    resize(720, 640);
}

void MappingEditDialog::updateTypePage()
{
    m_pages->setCurrentIndex(m_type->currentIndex());
}

Mapping MappingEditDialog::mapping() const
{
    Mapping m = m_original;
    m.targetProperty = m_property->currentData().toString();
    m.type = Mapping::Type(m_type->currentData().toInt());
    m.source = m.type == Mapping::Type::Direct     ? m_attribute->currentText().trimmed()
               : m.type == Mapping::Type::Constant ? m_constant->text()
                                                   : m_expression->text();
    m.defaultValue = m_hasDefault->isChecked() ? std::optional<QString>(m_default->text()) : std::nullopt;
    m.apply = Mapping::Apply(m_apply->currentData().toInt());
    return m;
}

void MappingEditDialog::accept()
{
    const QList<MappingIssue> issues = MappingValidator(m_attributes).validate(mapping(), m_others);
    QStringList errors;
    for (const MappingIssue &issue : issues) {
        if (!issue.warning)
            errors.append(issue.offset >= 0 ? tr("Error at %1: %2").arg(issue.offset).arg(issue.message)
                                            : issue.message);
    }
    m_issues->setText(errors.join(u'\n'));
    if (!errors.isEmpty())
        return;
    QDialog::accept();
}
