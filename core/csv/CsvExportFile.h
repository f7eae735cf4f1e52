#pragma once

#include "core/common/Result.h"
#include "core/csv/CsvWriter.h"

#include <QSaveFile>

#include <memory>

// A CSV file being exported. Rows go to a temporary file next to the target (QSaveFile); commit() makes the file
// appear in one step. A failed or abandoned export (error, cancel, destruction without commit) leaves no half-written
// file behind, and an existing file is replaced only by a complete one.
class CsvExportFile final
{
public:
    // Fails with an actionable message when the folder is missing or not writable.
    [[nodiscard]] static Result<std::unique_ptr<CsvExportFile>> create(const QString &path);
    Q_DISABLE_COPY_MOVE(CsvExportFile)

    [[nodiscard]] Result<void> writeRow(const QStringList &cells) { return m_writer.writeRow(cells); }
    // Writes the rest and renames the temporary file over path.
    [[nodiscard]] Result<void> commit();

private:
    explicit CsvExportFile(const QString &path);

    QSaveFile m_file;
    CsvWriter m_writer;
};
