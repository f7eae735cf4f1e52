#include "core/csv/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

} // namespace

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith(QByteArrayView(Bom, 3))) {
        m_pos = 3;
        m_lineStart = 3;
    }
}

Result<CsvReader> CsvReader::fromDevice(QIODevice *device)
{
    Q_ASSERT(device);
    if (!device->isReadable())
        return makeError(QCoreApplication::translate("Csv", "Cannot read the CSV file: %1").arg(device->errorString()));
    return CsvReader(device->readAll());
}

Result<QList<QStringList>> CsvReader::parse(const QByteArray &data)
{
    CsvReader reader(data);
    QList<QStringList> rows;
    while (true) {
        auto row = reader.readRow();
        if (!row)
            return row.error();
        if (!row->has_value())
            return rows;
        rows.append(std::move(**row));
    }
}

void CsvReader::newLineAt(qsizetype nextLineStart)
{
    ++m_line;
    m_lineStart = nextLineStart;
}

Error CsvReader::fail(int line, qsizetype lineStart, qsizetype position, const QString &what)
{
    // Columns count characters (code points), not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < position; ++i) {
        if ((static_cast<unsigned char>(m_data.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    m_errorLine = line;
    m_errorColumn = column;
    m_pos = m_data.size(); // a failed reader stays at the end
    return makeError(QCoreApplication::translate("Csv", "Line %1, column %2: %3").arg(line).arg(column).arg(what));
}

Result<std::optional<QStringList>> CsvReader::readRow()
{
    const qsizetype size = m_data.size();
    if (m_pos >= size)
        return std::optional<QStringList>();
    const char *data = m_data.constData();
    QStringList row;
    QByteArray quoted;
    while (true) {
        if (m_pos < size && data[m_pos] == '"') {
            const int openLine = m_line;
            const qsizetype openLineStart = m_lineStart;
            const qsizetype openPos = m_pos;
            quoted.truncate(0);
            ++m_pos;
            while (true) {
                const qsizetype close = m_data.indexOf('"', m_pos);
                if (close < 0)
                    return fail(openLine, openLineStart, openPos,
                                QCoreApplication::translate("Csv", "this quoted field is never closed. Add the "
                                                                   "closing quote (\")."));
                for (qsizetype i = m_pos; i < close; ++i) {
                    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
                        newLineAt(i + 1);
                }
                quoted.append(data + m_pos, close - m_pos);
                m_pos = close + 1;
                if (m_pos < size && data[m_pos] == '"') {
                    quoted.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\r' && data[m_pos] != '\n')
                return fail(m_line, m_lineStart, m_pos,
                            QCoreApplication::translate("Csv", "unexpected text after the closing quote. A quote "
                                                               "inside a quoted field must be doubled (\"\")."));
            row.append(QString::fromUtf8(quoted));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\r' && data[m_pos] != '\n')
                ++m_pos;
            row.append(QString::fromUtf8(data + start, m_pos - start));
        }

        if (m_pos >= size)
            return std::optional<QStringList>(std::move(row));
        const char separator = data[m_pos++];
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        newLineAt(m_pos);
        return std::optional<QStringList>(std::move(row));
    }
}
