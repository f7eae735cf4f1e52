#pragma once

#include "core/sync/M365Account.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The tenant's accounts as one listing read them, indexed by userPrincipalName (case-insensitively) and by id. A
// plain value, immutable once filled: the planner may read it on a worker thread.
class M365State final
{
public:
    M365State() = default;
    // properties: the exported Graph properties whose values each account carries.
    explicit M365State(QStringList properties);

    // The $select of the listing: id, userPrincipalName, accountEnabled, onPremisesSyncEnabled, then properties().
    QStringList select() const;
    // Columns of a listing row: select() plus "manager" (the $expand=manager($select=id) object).
    QStringList rowColumns() const;
    // Adds the rows of one page (columns as rowColumns()).
    void addRows(const QList<QStringList> &rows);
    void addAccount(M365Account account);

    const QStringList &properties() const { return m_properties; }
    qsizetype size() const { return qsizetype(m_accounts.size()); }
    const M365Account &account(qsizetype index) const { return m_accounts[size_t(index)]; }
    // -1 when there is none.
    qsizetype indexOfUpn(const QString &upn) const;
    qsizetype indexOfId(const QString &id) const;
    // The current value of property (one of properties()) as Graph would show it: a string, an array for the list
    // properties, null when unset.
    QJsonValue value(qsizetype index, const QString &property) const;
    // value(index, property) == wanted, without building a QJsonValue for the common case of equal strings (the
    // planner asks this for every exported property of every bound user).
    bool hasValue(qsizetype index, const QString &property, const QJsonValue &wanted) const;

    // The hot path of the planner, without a hash lookup or a QJsonValue per comparison: the column of an exported
    // String property (-1 when it is not read or not a String), then whether the account has exactly text there.
    qsizetype stringColumn(const QString &property) const;
    bool hasText(qsizetype index, qsizetype column, const QString &text) const
    {
        const QString &raw = account(index).values.at(column);
        return !raw.isNull() && raw == text;
    }

private:
    // Per property, resolved once in the constructor: its column in M365Account::values and its Graph type, so
    // value() — called for every exported property of every bound user — hashes once instead of scanning two lists.
    struct Column
    {
        qsizetype index = -1;
        int type = 0; // GraphProperty::Type
    };

    QStringList m_properties;
    QHash<QString, Column> m_columns;
    std::vector<M365Account> m_accounts;
    QHash<QString, qsizetype> m_byUpn; // lower-cased UPN
    QHash<QString, qsizetype> m_byId;
};
