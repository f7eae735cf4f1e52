#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

class ImportMatcher;

// The import preview as CSV (cloud-directories.md §2.2): exactly the columns
// id,userPrincipalName,givenName,surname,displayName,mail,jobTitle,department,match — absent or null values are
// empty cells; RFC 4180, UTF-8 with BOM, CRLF, formula guard (CsvWriter). The file appears only when complete.
class ImportPreviewCsv final
{
public:
    static QStringList header();
    // Fails now, with the writer's actionable message, when path cannot be written — before a long listing.
    [[nodiscard]] static Result<void> checkWritable(const QString &path);
    // rows: indices into matcher, in the order to write; empty = every row in listing order.
    [[nodiscard]] static Result<void> write(const QString &path, const ImportMatcher &matcher,
                                            const QList<int> &rows = {});
};
