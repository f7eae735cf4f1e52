#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QCheckBox;

// The User attributes export section of an integration (cloud-directories.md §1.6): the always-exported defaults
// ticked and locked, and the optional attributes as check boxes that show both names ("Personal cell →
// mobilePhone"). Ticking or unticking writes to Microsoft 365 for every bound user, so a click does not change the
// selection by itself: the box springs back and changeRequested() asks the page, which shows the plan first and
// calls setSelection() once the admin confirmed it.
class ExportSelectionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSelectionPanel)

public:
    explicit ExportSelectionPanel(QWidget *parent = nullptr);

    // The built-in rule ids of the optional attributes, in display order (user_city, user_manager, …).
    static QStringList optionalRules();
    // Ticks exactly these optional rules.
    void setSelection(const QStringList &rules);
    QStringList selection() const;

Q_SIGNALS:
    void changeRequested(const QString &rule, bool exported);

private:
    QMap<QString, QCheckBox *> m_optional;
    QStringList m_selection;
};
