#include "core/sync/UserCsvImport.h"

#include "core/csv/CsvReader.h"
#include "core/directory/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserCsvImport", text);
}

using Setter = std::function<void(User &, const QString &)>;

const QList<std::pair<QString, Setter>> &columns()
{
    static const QList<std::pair<QString, Setter>> list {
        {QStringLiteral("username"), [](User &u, const QString &v) { u.username = v; }},
        {QStringLiteral("email"), [](User &u, const QString &v) { u.email = v; }},
        {QStringLiteral("firstname"), [](User &u, const QString &v) { u.firstname = v; }},
        {QStringLiteral("lastname"), [](User &u, const QString &v) { u.lastname = v; }},
        {QStringLiteral("alternateEmail"), [](User &u, const QString &v) { u.alternateEmail = v; }},
        {QStringLiteral("department"), [](User &u, const QString &v) { u.department = v; }},
        {QStringLiteral("jobTitle"), [](User &u, const QString &v) { u.jobTitle = v; }},
        {QStringLiteral("location"), [](User &u, const QString &v) { u.location = v; }},
        {QStringLiteral("manager"), [](User &, const QString &) {}}, // resolved after all rows are read
        {QStringLiteral("addresses.work.streetAddress"), [](User &u, const QString &v) { u.workStreetAddress = v; }},
        {QStringLiteral("addresses.work.locality"), [](User &u, const QString &v) { u.workLocality = v; }},
        {QStringLiteral("addresses.work.region"), [](User &u, const QString &v) { u.workRegion = v; }},
        {QStringLiteral("addresses.work.postalCode"), [](User &u, const QString &v) { u.workPostalCode = v; }},
        {QStringLiteral("addresses.work.country"), [](User &u, const QString &v) { u.workCountry = v; }},
        {QStringLiteral("phoneNumbers.work.number"), [](User &u, const QString &v) { u.workPhone = v; }},
        {QStringLiteral("phoneNumbers.mobile.number"), [](User &u, const QString &v) { u.mobilePhone = v; }},
        {QStringLiteral("state"), [](User &, const QString &) {}}, // validated below
    };
    return list;
}

bool looksLikeEmail(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(value).hasMatch();
}

Error lineError(int line, const QString &what)
{
    return makeError(tr("Line %1: %2 Nothing was imported.").arg(line).arg(what));
}

struct Row
{
    User user;
    QString manager; // username as written
    int line = 0;
};

// Follows manager links from each user in the file; a path that comes back to where it started is a cycle. Users
// whose chain reached a top (no manager, or one already in the directory) are remembered, so a deep organisation is
// walked once, not once per person.
Result<void> checkCycles(const QList<Row> &rows, const QHash<QString, int> &rowByUsername)
{
    QSet<int> reachesTop;
    for (int start = 0; start < rows.size(); ++start) {
        QList<int> path {start};
        QSet<int> onPath {start};
        int current = start;
        for (;;) {
            if (reachesTop.contains(current))
                break;
            const auto it = rowByUsername.constFind(rows.at(current).manager.toLower());
            if (it == rowByUsername.cend()) {
                break; // no manager, or one already in the directory: a top
            }
            if (onPath.contains(*it)) {
                QStringList names;
                for (qsizetype i = path.indexOf(*it); i < path.size(); ++i)
                    names.append(rows.at(path.at(i)).user.username);
                names.append(rows.at(*it).user.username);
                return lineError(rows.at(*it).line, tr("the managers form a cycle (%1); break it by changing one "
                                                       "manager.")
                                                        .arg(names.join(QStringLiteral(" → "))));
            }
            path.append(*it);
            onPath.insert(*it);
            current = *it;
        }
        for (int index : std::as_const(path))
            reachesTop.insert(index);
    }
    return {};
}

} // namespace

QStringList UserCsvImport::knownColumns()
{
    QStringList names;
    for (const auto &column : columns())
        names.append(column.first);
    return names;
}

Result<QList<User>> UserCsvImport::parse(const QByteArray &data, const QList<UserKey> &directory)
{
    CsvReader reader(data);
    Result<std::optional<QStringList>> header = reader.readRow();
    if (!header)
        return header.error();
    if (!header->has_value())
        return makeError(tr("The file is empty: the first line must name the columns, e.g. username,email."));
    const QStringList names = **header;
    QList<int> setterOf;
    const QStringList known = knownColumns();
    for (const QString &name : names) {
        const qsizetype index = known.indexOf(name.trimmed());
        if (index < 0)
            return lineError(1,
                             tr("unknown column '%1'. Known columns: %2.").arg(name, known.join(QStringLiteral(", "))));
        if (setterOf.contains(int(index)))
            return lineError(1, tr("the column '%1' appears twice.").arg(name));
        setterOf.append(int(index));
    }
    if (!setterOf.contains(0))
        return lineError(1, tr("there is no username column; every user needs a username."));

    QHash<QString, QString> directoryIds; // lower username -> id
    for (const UserKey &key : directory)
        directoryIds.insert(key.username.toLower(), key.id);

    QList<Row> rows;
    QHash<QString, int> rowByUsername;
    for (;;) {
        const int line = reader.line();
        Result<std::optional<QStringList>> record = reader.readRow();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        const QStringList &cells = **record;
        if (cells.size() == 1 && cells.first().isEmpty())
            continue; // a blank line
        if (cells.size() != names.size())
            return lineError(line,
                             tr("expected %1 cells as in the header, found %2.").arg(names.size()).arg(cells.size()));
        Row row;
        row.line = line;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &column = known.at(setterOf.at(c));
            const QString value = cells.at(c).trimmed();
            columns().at(setterOf.at(c)).second(row.user, value);
            if (column == u"manager")
                row.manager = value;
            if (column == u"state") {
                if (value.compare(QStringLiteral("suspended"), Qt::CaseInsensitive) == 0)
                    row.user.state = UserState::Suspended;
                else if (!value.isEmpty() && value.compare(QStringLiteral("active"), Qt::CaseInsensitive) != 0)
                    return lineError(line, tr("state '%1' is neither active nor suspended.").arg(value));
            }
            if ((column == u"email" || column == u"alternateEmail") && !value.isEmpty() && !looksLikeEmail(value))
                return lineError(line, tr("%1 '%2' is not an email address.").arg(column, value));
        }
        const QString key = row.user.username.toLower();
        if (key.isEmpty())
            return lineError(line, tr("the username is empty."));
        if (directoryIds.contains(key))
            return lineError(line, tr("the username %1 already exists in the directory.").arg(row.user.username));
        if (rowByUsername.contains(key))
            return lineError(line, tr("the username %1 appears again (first on line %2).")
                                       .arg(row.user.username)
                                       .arg(rows.at(rowByUsername.value(key)).line));
        row.user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        rowByUsername.insert(key, int(rows.size()));
        rows.append(row);
    }

    for (Row &row : rows) {
        if (row.manager.isEmpty())
            continue;
        const QString manager = row.manager.toLower();
        if (manager == row.user.username.toLower())
            return lineError(row.line, tr("%1 cannot be their own manager.").arg(row.user.username));
        if (const auto inFile = rowByUsername.constFind(manager); inFile != rowByUsername.cend())
            row.user.managerId = rows.at(*inFile).user.id;
        else if (const auto inDirectory = directoryIds.constFind(manager); inDirectory != directoryIds.cend())
            row.user.managerId = *inDirectory;
        else
            return lineError(row.line,
                             tr("the manager %1 is neither in the file nor in the directory.").arg(row.manager));
    }
    if (Result<void> acyclic = checkCycles(rows, rowByUsername); !acyclic)
        return acyclic.error();

    QList<User> users;
    users.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        users.append(row.user);
    return users;
}

Result<int> UserCsvImport::importFile(Store &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<QList<UserKey>> directory = store.userKeys();
    if (!directory)
        return directory.error();
    Result<QList<User>> users = parse(file.readAll(), *directory);
    if (!users)
        return makeError(QStringLiteral("%1: %2").arg(path, users.error().message));
    if (users->isEmpty())
        return 0;
    return store.insertUsers(*users);
}
