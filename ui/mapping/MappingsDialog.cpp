#include "ui/mapping/MappingsDialog.h"

#include "core/directory/MappingTable.h"
#include "core/directory/Store.h"
#include "core/expr/UserAttributes.h"
#include "core/mapping/BuiltInMappings.h"
#include "ui/mapping/MappingEditDialog.h"
#include "ui/mapping/MappingListModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MappingsDialog::MappingsDialog(Store *store, const Integration &integration, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_integration(integration)
    , m_model(new MappingListModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MappingsDialog"));
    setWindowTitle(tr("Attribute mappings — %1").arg(integration.name));
    m_table->setObjectName(QStringLiteral("mappingsTable"));
    m_table->setAccessibleName(tr("Attribute mappings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleName(tr("Add a mapping"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setAccessibleName(tr("Edit the selected mapping"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the selected mapping"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro = new QLabel(tr("Each Microsoft 365 property gets its value from one mapping. Locked mappings are "
                                "always exported."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(selectedRow()); });
    connect(m_remove, &QPushButton::clicked, this, &MappingsDialog::removeSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openEditor(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsDialog::updateButtons);

    if (auto users = m_store->users(); users)
        m_attributes = UserAttributes::catalog(*users);
    else
        m_status->setText(users.error().message);
    if (auto keys = m_store->userKeys(); keys)
        m_users = *keys;
    reload();
    resize(820, 480);
}

void MappingsDialog::reload()
{
    auto stored = m_store->mappings().forIntegration(m_integration.id);
    if (!stored) {
        m_status->setText(stored.error().message);
        return;
    }
    m_model->setMappings(BuiltInMappings::withDefaults(m_integration.id, *stored));
    m_table->resizeColumnsToContents();
    updateButtons();
}

int MappingsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MappingsDialog::updateButtons()
{
    const int row = selectedRow();
    const bool editable = row >= 0 && !m_model->mapping(row).locked;
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    if (row >= 0 && m_model->mapping(row).locked)
        m_status->setText(BuiltInMappings::lockReason());
}

void MappingsDialog::openEditor(int row)
{
    Mapping mapping;
    mapping.integrationId = m_integration.id;
    if (row >= 0) {
        mapping = m_model->mapping(row);
        if (mapping.locked) {
            m_status->setText(BuiltInMappings::lockReason());
            return;
        }
    } else {
        mapping.type = Mapping::Type::Expression;
    }
    auto *editor = new MappingEditDialog(m_store, mapping, m_model->mappings(), m_attributes, m_users, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        auto saved = m_store->mappings().save(editor->mapping());
        m_status->setText(saved ? tr("Saved the mapping of %1.").arg(saved->targetProperty) : saved.error().message);
        reload();
    });
    editor->open(); // window-modal without a nested event loop
}

void MappingsDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->mapping(row).locked)
        return;
    const QString property = m_model->mapping(row).targetProperty;
    auto removed = m_store->mappings().remove(m_integration.id, property);
    m_status->setText(removed ? tr("Removed the mapping of %1; Microsoft 365 keeps the values it has.").arg(property)
                              : removed.error().message);
    reload();
}
