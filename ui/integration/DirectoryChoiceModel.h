#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

// The directory's groups and users as a checkable list for the Bind dialog: groups first ("Group: Sales (12
// members)"), then users ("alice <alice@contoso.com>"). Holds plain copies; check changes emit one dataChanged per
// call, so ticking 100,000 rows at once stays one repaint.
class DirectoryChoiceModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryChoiceModel)

public:
    enum class Kind { Group, User };
    struct Choice
    {
        Kind kind = Kind::User;
        QString id;
        QString text;       // as shown, with "— already bound" when bound (built on the loading thread)
        bool bound = false; // already bound to the integration
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit DirectoryChoiceModel(QObject *parent = nullptr);

    void setChoices(QList<Choice> choices);
    // Ticks or clears these source rows.
    void setChecked(const QList<int> &rows, bool checked);
    QStringList checkedIds(Kind kind) const;
    int checkedCount() const { return m_checkedCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    QList<Choice> m_choices;
    QList<bool> m_checked;
    int m_checkedCount = 0;
};
