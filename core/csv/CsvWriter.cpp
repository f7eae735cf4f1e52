#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace {

// Bytes collected before one write to the device.
constexpr qsizetype FlushThreshold = 256 * 1024;
constexpr char Bom[] = "\xEF\xBB\xBF";

bool needsGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const char16_t first = cell.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u' ' || cell.back() == u' ')
        return true;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u',' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

// Appends text as UTF-8 straight into buffer: no temporary QByteArray per cell.
void appendUtf8(QByteArray &buffer, QStringEncoder &encoder, QStringView text)
{
    if (text.isEmpty())
        return;
    const qsizetype used = buffer.size();
    buffer.resize(used + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(buffer.data() + used, text);
    buffer.truncate(end - buffer.constData());
}

void appendCell(QByteArray &buffer, QStringEncoder &encoder, QStringView cell)
{
    const bool guard = needsGuard(cell);
    const bool quote = needsQuotes(cell);
    if (quote)
        buffer.append('"');
    if (guard)
        buffer.append('\'');
    if (!quote) {
        appendUtf8(buffer, encoder, cell);
        return;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == u'"') {
            appendUtf8(buffer, encoder, cell.sliced(start, i - start));
            buffer.append("\"\"", 2);
            start = i + 1;
        }
    }
    appendUtf8(buffer, encoder, cell.sliced(start));
    buffer.append('"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    Q_ASSERT(device);
    m_buffer.reserve(FlushThreshold + 4096);
    m_buffer.append(Bom, 3);
}

QByteArray CsvWriter::encodeCell(QStringView cell)
{
    QByteArray buffer;
    QStringEncoder encoder(QStringEncoder::Utf8);
    appendCell(buffer, encoder, cell);
    return buffer;
}

Result<void> CsvWriter::writeRow(const QStringList &cells)
{
    if (m_failed)
        return writeError();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendCell(m_buffer, m_encoder, cells.at(i));
    }
    m_buffer.append("\r\n", 2);
    if (m_buffer.size() >= FlushThreshold)
        return writeBuffer();
    return {};
}

Result<void> CsvWriter::finish()
{
    if (m_failed)
        return writeError();
    if (auto written = writeBuffer(); !written)
        return written;
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush()) {
        m_failed = true;
        return writeError();
    }
    return {};
}

Result<void> CsvWriter::writeBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device->write(m_buffer.constData(), m_buffer.size());
    if (written != m_buffer.size()) {
        m_failed = true;
        return writeError();
    }
    m_buffer.truncate(0); // keeps the capacity for the next block
    return {};
}

Error CsvWriter::writeError() const
{
    const auto *file = qobject_cast<const QFileDevice *>(m_device);
    const QString target = file ? file->fileName() : QCoreApplication::translate("Csv", "the CSV file");
    return makeError(QCoreApplication::translate("Csv", "Cannot write %1: %2. Check that the disk has free space, or "
                                                        "choose another folder.")
                         .arg(target, m_device->errorString()));
}
