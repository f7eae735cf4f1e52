#include "core/sync/ImportPreviewCsv.h"

#include "core/csv/CsvExportFile.h"
#include "core/sync/ImportMatcher.h"

QStringList ImportPreviewCsv::header()
{
    return {QStringLiteral("id"),       QStringLiteral("userPrincipalName"), QStringLiteral("givenName"),
            QStringLiteral("surname"),  QStringLiteral("displayName"),       QStringLiteral("mail"),
            QStringLiteral("jobTitle"), QStringLiteral("department"),        QStringLiteral("match")};
}

Result<void> ImportPreviewCsv::checkWritable(const QString &path)
{
    // Opening the export creates only its temporary file, which is removed again when it goes out of scope.
    Result<std::unique_ptr<CsvExportFile>> file = CsvExportFile::create(path);
    if (!file)
        return file.error();
    return {};
}

Result<void> ImportPreviewCsv::write(const QString &path, const ImportMatcher &matcher, const QList<int> &rows)
{
    Result<std::unique_ptr<CsvExportFile>> file = CsvExportFile::create(path);
    if (!file)
        return file.error();
    CsvExportFile &csv = **file;
    if (Result<void> written = csv.writeRow(header()); !written)
        return written;

    const int count = rows.isEmpty() ? matcher.rowCount() : int(rows.size());
    QStringList cells;
    cells.reserve(9);
    for (int i = 0; i < count; ++i) {
        const int index = rows.isEmpty() ? i : rows.at(i);
        const M365User &user = matcher.row(index);
        cells.clear();
        cells << user.id << user.userPrincipalName << user.givenName << user.surname << user.displayName << user.mail
              << user.jobTitle << user.department << matcher.match(index).text();
        if (Result<void> written = csv.writeRow(cells); !written)
            return written;
    }
    return csv.commit();
}
