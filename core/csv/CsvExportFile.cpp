#include "core/csv/CsvExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

CsvExportFile::CsvExportFile(const QString &path)
    : m_file(path)
    , m_writer(&m_file)
{ }

Result<std::unique_ptr<CsvExportFile>> CsvExportFile::create(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return makeError(QCoreApplication::translate("Csv",
                                                     "Cannot write %1: the folder %2 does not exist. Choose another "
                                                     "folder.")
                             .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath())));
    std::unique_ptr<CsvExportFile> file(new CsvExportFile(path));
    if (!file->m_file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("Csv", "Cannot write %1: %2. Choose another folder.")
                             .arg(shown, file->m_file.errorString()));
    return file;
}

Result<void> CsvExportFile::commit()
{
    if (auto finished = m_writer.finish(); !finished) {
        m_file.cancelWriting();
        return finished;
    }
    if (!m_file.commit())
        return makeError(QCoreApplication::translate("Csv", "Cannot write %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    return {};
}
