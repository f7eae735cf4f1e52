#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>

class ImportSession;

// The import preview as a table that grows while pages arrive (cloud-directories.md §2.2). Rows come from the
// session's matcher; the model adds what a view needs: a check box per row (the selection to import), the translated
// match label with an icon, and a lower-cased search text per row for ImportFilterModel.
class ImportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportModel)

public:
    enum Column { DisplayName, UserPrincipalName, GivenName, Surname, Mail, JobTitle, Department, Match, ColumnCount };

    explicit ImportModel(ImportSession *session, QObject *parent = nullptr);
    ~ImportModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lower-cased text of every column of a row, for searching without building QVariants.
    const QString &searchText(int row) const { return m_searchText.at(row); }
    // Lower-cased text of one cell, for sorting without building QVariants; built per column on first use.
    const QString &sortKey(int row, int column) const;
    void setChecked(const QList<int> &rows, bool checked);
    QList<int> checkedRows() const;
    int checkedCount() const { return m_checkedCount; }

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    void onRowsAppended(int first, int last);
    void onRowsChanged(const QList<int> &rows);
    void onReset();
    QString searchTextFor(int row) const;
    QString cellText(int row, int column) const;
    void reserve(qint64 rows);
    QString matchLabel(int row) const;

    QPointer<ImportSession> m_session;
    QList<QString> m_searchText;
    QList<bool> m_checked;
    mutable QList<QString> m_sortKeys[ColumnCount];
    int m_rowCount = 0;
    int m_checkedCount = 0;
    QIcon m_icons[4];
};
