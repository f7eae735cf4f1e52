#pragma once

#include "core/sync/Plan.h"

#include <QDialog>

class PlanFilterModel;
class PlanModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Shows what a change would do in Microsoft 365 before anything is queued (cloud-directories.md §2.3): counts per
// operation, every user with old → new per attribute, filters by operation and text. Confirm is enabled only when
// the plan writes something and, when the brake applies (many suspensions or renames), only after the admin typed
// the integration's name. The dialog queues nothing itself: the caller confirms the plan when exec() returns
// Accepted; Cancel (the default button, so Enter never confirms by accident) leaves everything as it was.
class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    // title: what the admin asked for, e.g. "Bind 120 users to Contoso".
    PlanDialog(const Plan &plan, const QString &title, QWidget *parent = nullptr);

    PlanFilterModel *filterModel() const { return m_filter; }
    // What the admin typed under the brake (empty when the brake does not apply).
    QString typedConfirmation() const;
    // Confirm is enabled even when nothing is written to Microsoft 365, because confirming stores a setting, an
    // export tick or a binding (e.g. ticking an export before any user is bound).
    void setStoresChange(bool stores);
    // "Create 3 · Take over 2 · Update 40 · Skip 1" in the plan's operation order.
    static QString summary(const Plan &plan);

private:
    void updateConfirm();

    PlanModel *m_model;
    PlanFilterModel *m_filter;
    QComboBox *m_opFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_brakeEdit = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_storesChange = false;
};
