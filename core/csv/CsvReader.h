#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

// Reads RFC 4180 CSV: UTF-8 with or without a BOM, CRLF or LF (or a lone CR) line ends, quoted fields with embedded
// commas, doubled quotes and line breaks. A malformed record (a quote never closed, text after a closing quote) is an
// Error naming its line and column (1-based, in characters); errorLine()/errorColumn() give them to code.
//
// The reader does NOT undo CsvWriter's formula guard: a cell exported as '=SUM(A1) reads back with its apostrophe,
// because the reader cannot tell a guard from an apostrophe a person typed.
//
// A quote inside an unquoted field is taken literally (as spreadsheets write it). Not thread-safe.
class CsvReader final
{
public:
    explicit CsvReader(QByteArray data);
    // Reads the whole device (CSV imports are parsed in memory).
    [[nodiscard]] static Result<CsvReader> fromDevice(QIODevice *device);
    // Every record of data.
    [[nodiscard]] static Result<QList<QStringList>> parse(const QByteArray &data);

    // The next record, or an empty optional at the end of the input.
    [[nodiscard]] Result<std::optional<QStringList>> readRow();
    // The 1-based line where the next record starts (a record with quoted line breaks spans several lines).
    int line() const { return m_line; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    Error fail(int line, qsizetype lineStart, qsizetype position, const QString &what);
    void newLineAt(qsizetype nextLineStart);

    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;            // line of m_pos
    qsizetype m_lineStart = 0; // offset where m_line starts
    int m_errorLine = 0;
    int m_errorColumn = 0;
};
