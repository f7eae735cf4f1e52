#pragma once

#include "core/directory/Integration.h"
#include "core/directory/UserKey.h"

#include <QDialog>
#include <QStringList>

class MappingListModel;
class QLabel;
class QPushButton;
class QTableView;
class Store;

// The attribute mappings of one integration: the built-in ones (locked defaults with a lock and the reason in a
// tooltip, optional export attributes) and custom ones, with Add, Edit and Remove. Changes are saved to the Store
// when an edit is accepted. Self-contained: the caller only constructs and shows it.
// Thread: GUI thread; the Store is used on it (Store's own rule).
class MappingsDialog final : public QDialog
{
    Q_OBJECT

public:
    MappingsDialog(Store *store, const Integration &integration, QWidget *parent = nullptr);

    // Re-reads the mappings from the Store.
    void reload();
    MappingListModel *model() const { return m_model; }

private:
    void openEditor(int row);
    void removeSelected();
    void updateButtons();
    int selectedRow() const;

    Store *m_store;
    Integration m_integration;
    QStringList m_attributes;
    QList<UserKey> m_users;
    MappingListModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_status;
};
