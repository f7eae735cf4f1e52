#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class ImportModel;

// Search and sort over the import preview. A row matches when every whitespace-separated term of the search occurs
// (case-insensitively) in one of its columns; the test reads ImportModel's pre-lowered text, so filtering 100,000
// rows builds no QVariant.
class ImportFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilterModel)

public:
    explicit ImportFilterModel(ImportModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // Source rows in the order shown (filtered and sorted).
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ImportModel *m_source;
    QString m_text;
    QStringList m_terms;
};
