#pragma once

#include "core/directory/Mapping.h"
#include "core/directory/UserKey.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class ExpressionPanel;
class MappingTestPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class Store;

// Adds or edits one mapping: target property, type (Direct / Constant / Expression), its source, default-if-null,
// apply mode, and a Test panel. OK validates with MappingValidator and stays open while there are errors; saving is
// the caller's job (MappingsDialog), after accepted().
class MappingEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // others: the integration's other mappings (one mapping per property); attributes: the directory's catalog.
    MappingEditDialog(Store *store, const Mapping &mapping, const QList<Mapping> &others, const QStringList &attributes,
                      const QList<UserKey> &users, QWidget *parent = nullptr);

    // The mapping as the form shows it.
    Mapping mapping() const;
    void accept() override;

private:
    void updateTypePage();

    Mapping m_original;
    QList<Mapping> m_others;
    QStringList m_attributes;
    QComboBox *m_property;
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QComboBox *m_attribute;
    QLineEdit *m_constant;
    ExpressionPanel *m_expression;
    QCheckBox *m_hasDefault;
    QLineEdit *m_default;
    QComboBox *m_apply;
    QLabel *m_issues;
    MappingTestPanel *m_test;
};
