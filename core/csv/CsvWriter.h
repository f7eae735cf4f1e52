#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QStringConverter>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV to a device: UTF-8 with one BOM at the start (Excel needs it to read UTF-8), CRLF line ends,
// a cell quoted when it holds '"', ',', CR, LF or leading/trailing spaces, quotes doubled.
//
// Formula guard: a cell starting with '=', '+', '-', '@', TAB or CR gets a leading apostrophe, so a spreadsheet shows
// it as text instead of running it (CSV injection). CsvReader does not undo this: what was exported is what is read.
//
// Rows are collected in a reusable buffer and written in large blocks; every write result is checked, and finish()
// must be called to write the rest and learn whether everything reached the device. Not thread-safe; the device is
// not owned and must stay open while the writer is used.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    [[nodiscard]] Result<void> writeRow(const QStringList &cells);
    // Writes what is buffered and flushes the device. Call once after the last row.
    [[nodiscard]] Result<void> finish();
    // One cell as the writer encodes it (guard, quotes), without the separator: for tests and previews.
    static QByteArray encodeCell(QStringView cell);

private:
    [[nodiscard]] Result<void> writeBuffer();
    Error writeError() const;

    QIODevice *m_device;
    QByteArray m_buffer;
    QStringEncoder m_encoder {QStringEncoder::Utf8};
    bool m_failed = false;
};
