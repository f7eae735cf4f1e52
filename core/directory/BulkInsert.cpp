#include "core/directory/BulkInsert.h"

#include "core/directory/SqlContext.h"

namespace {

bool isInteger(const QVariant &value)
{
    const int type = value.metaType().id();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt
           || type == QMetaType::ULongLong;
}

} // namespace

BulkInsert::BulkInsert(const SqlContext &context, QString table, QStringList columns, QString operation)
    : m_context(context)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_operation(std::move(operation))
    , m_rowsPerStatement(context.isPostgres() ? 1000 : 64)
    , m_fullChunk(context.db())
    , m_lastChunk(context.db())
{
    Q_ASSERT(!m_columns.isEmpty());
}

QString BulkInsert::statement(int rows) const
{
    const QString columns = m_columns.join(QStringLiteral(", "));
    if (m_context.isPostgres()) {
        QStringList values;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            values.append(m_integer.at(i) ? QStringLiteral("CAST(r->>%1 AS BIGINT)").arg(i)
                                          : QStringLiteral("r->>%1").arg(i));
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM jsonb_array_elements(CAST(? AS jsonb)) AS rows(r)")
            .arg(m_table, columns, values.join(QStringLiteral(", ")));
    }
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += u')';
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, columns);
    for (int i = 0; i < rows; ++i)
        sql += (i > 0 ? QStringLiteral(", ") : QString()) + row;
    return sql;
}

void BulkInsert::appendJson(const QVariant &value)
{
    // Qt Sql binds an invalid QVariant and a null QString as SQL NULL; so does this.
    const bool isQString = value.metaType() == QMetaType::fromType<QString>();
    if (!value.isValid() || value.isNull() || (isQString && value.toString().isNull())) {
        m_json += QLatin1String("null");
        return;
    }
    if (isInteger(value)) {
        m_json += QString::number(value.toLongLong());
        return;
    }
    const QString text = value.toString();
    m_json += u'"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'"' && c != u'\\' && c >= 0x20)
            continue;
        m_json += QStringView(text).sliced(start, i - start);
        if (c == u'"' || c == u'\\') {
            m_json += u'\\';
            m_json += QChar(c);
        } else {
            m_json += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
        start = i + 1;
    }
    m_json += QStringView(text).sliced(start);
    m_json += u'"';
}

Result<void> BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_integer.isEmpty()) {
        for (const QVariant &value : row)
            m_integer.append(isInteger(value));
    }
    if (m_context.isPostgres()) {
        m_json += m_pendingRows == 0 ? QLatin1String("[[") : QLatin1String(",[");
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_json += u',';
            appendJson(row.at(i));
        }
        m_json += u']';
    } else {
        m_values.append(row);
    }
    if (++m_pendingRows < m_rowsPerStatement)
        return {};
    if (!m_prepared) {
        m_fullChunk.setForwardOnly(true);
        if (auto prepared = m_context.prepare(m_fullChunk, statement(m_rowsPerStatement), m_operation); !prepared) {
            m_lastSqlError = m_fullChunk.lastError();
            return prepared;
        }
        m_prepared = true;
    }
    return run(m_fullChunk, m_rowsPerStatement);
}

Result<void> BulkInsert::flush()
{
    if (m_pendingRows == 0)
        return {};
    m_lastChunk.setForwardOnly(true);
    if (auto prepared = m_context.prepare(m_lastChunk, statement(m_pendingRows), m_operation); !prepared) {
        m_lastSqlError = m_lastChunk.lastError();
        return prepared;
    }
    return run(m_lastChunk, m_pendingRows);
}

Result<void> BulkInsert::run(QSqlQuery &query, int rows)
{
    Q_ASSERT(rows == m_pendingRows);
    if (m_context.isPostgres()) {
        m_json += u']';
        query.bindValue(0, m_json);
        m_json.truncate(0); // keeps the capacity for the next chunk
    } else {
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query.bindValue(int(i), m_values.at(i));
        m_values.clear();
    }
    m_pendingRows = 0;
    if (auto ran = m_context.exec(query, m_operation); !ran) {
        m_lastSqlError = query.lastError();
        return ran;
    }
    query.finish();
    return {};
}
