#include "core/graph/JsonPageScanner.h"

#include <QCoreApplication>

#include <array>
#include <cctype>
#include <cstring>
#include <string_view>

namespace {

constexpr int MaxDepth = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonPageScanner", text);
}

class Scanner
{
public:
    Scanner(const QByteArray &body, const QStringList &columns)
        : m_begin(body.constData())
        , m_p(body.constData())
        , m_end(body.constData() + body.size())
    {
        m_columns.reserve(columns.size());
        for (const QString &column : columns)
            m_columns.append(column.toUtf8());
    }

    bool failed() const { return !m_error.isEmpty(); }
    JsonPageScanner::ParseError error() const { return {m_error, m_errorAt - m_begin}; }

    void page(JsonPageScanner::Page &page)
    {
        skipSpace();
        if (!expect('{', tr("the page is not a JSON object")))
            return;
        skipSpace();
        if (peek('}')) {
            ++m_p;
        } else {
            for (;;) {
                const char *keyStart = nullptr;
                qsizetype keyLength = 0;
                if (!rawKey(keyStart, keyLength))
                    return;
                const std::string_view key(keyStart, size_t(keyLength));
                skipSpace();
                if (key == "value") {
                    page.hasValue = peek('[');
                    if (page.hasValue ? !rows(page.rows) : !skipValue(0))
                        return;
                } else if (key == "@odata.nextLink" && peek('"')) {
                    if (!string(&page.nextLink))
                        return;
                } else if (key == "@odata.count" && m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))) {
                    const char *start = m_p;
                    if (!number())
                        return;
                    page.count = QByteArray(start, m_p - start).toLongLong();
                } else if (!skipValue(0)) {
                    return;
                }
                skipSpace();
                if (peek(',')) {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (!expect('}', tr("a ',' or '}' was expected after a member")))
                    return;
                break;
            }
        }
        skipSpace();
        if (m_p != m_end)
            fail(tr("garbage after the JSON document"));
    }

private:
    bool rows(QList<QStringList> &out)
    {
        ++m_p; // '['
        skipSpace();
        if (peek(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!peek('{'))
                return fail(tr("an element of 'value' is not an object"));
            QStringList row(m_columns.size());
            if (!object(row))
                return false;
            out.append(std::move(row));
            skipSpace();
            if (peek(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            return expect(']', tr("a ',' or ']' was expected in the 'value' array"));
        }
    }

    bool object(QStringList &row)
    {
        ++m_p; // '{'
        skipSpace();
        if (peek('}')) {
            ++m_p;
            return true;
        }
        for (;;) {
            const char *keyStart = nullptr;
            qsizetype keyLength = 0;
            if (!rawKey(keyStart, keyLength))
                return false;
            skipSpace();
            const int column = columnOf(keyStart, keyLength);
            if (column < 0) {
                if (!skipValue(1))
                    return false;
            } else if (peek('"')) {
                if (!string(&row[column]))
                    return false;
            } else if (m_p + 4 <= m_end && std::memcmp(m_p, "null", 4) == 0) {
                m_p += 4;
                row[column] = QString();
            } else {
                const char *start = m_p;
                if (!skipValue(1))
                    return false;
                row[column] = QString::fromUtf8(start, m_p - start);
            }
            skipSpace();
            if (peek(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            return expect('}', tr("a ',' or '}' was expected after a member"));
        }
    }

    int columnOf(const char *key, qsizetype length) const
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            const QByteArray &name = m_columns.at(i);
            if (name.size() == length && std::memcmp(name.constData(), key, size_t(length)) == 0)
                return i;
        }
        return -1;
    }

    // A member name followed by ':'. Graph's names have no escapes; one with escapes is validated and matches
    // no column (names are compared as raw bytes).
    bool rawKey(const char *&start, qsizetype &length)
    {
        if (!peek('"'))
            return fail(tr("a member name in double quotes was expected"));
        start = m_p + 1;
        if (!string(nullptr))
            return false;
        length = (m_p - 1) - start;
        skipSpace();
        return expect(':', tr("a ':' was expected after a member name"));
    }

    // Validates a string at m_p and, when out is given, decodes it. Most bytes of a page are inside strings, so the
    // loop skips ordinary bytes with one table lookup each and only stops at '"', '\\' or a control character.
    bool string(QString *out)
    {
        static constexpr auto special = [] {
            std::array<bool, 256> table {};
            for (int c = 0; c < 0x20; ++c)
                table[size_t(c)] = true;
            table[size_t('"')] = true;
            table[size_t('\\')] = true;
            return table;
        }();
        const char *start = ++m_p;
        bool escaped = false;
        for (;;) {
            while (m_p < m_end && !special[static_cast<unsigned char>(*m_p)])
                ++m_p;
            if (m_p >= m_end)
                return fail(tr("a string is not terminated"));
            const char c = *m_p;
            if (c == '"')
                break;
            if (c != '\\')
                return fail(tr("a control character inside a string"));
            escaped = true;
            if (++m_p >= m_end)
                return fail(tr("a string is not terminated"));
            if (*m_p == 'u') {
                for (int i = 1; i <= 4; ++i) {
                    if (m_p + i >= m_end || !std::isxdigit(static_cast<unsigned char>(m_p[i])))
                        return fail(tr("a \\u escape needs four hex digits"));
                }
                m_p += 4;
            } else if (*m_p == '\0' || !std::strchr("\"\\/bfnrt", *m_p)) {
                return fail(tr("an invalid escape sequence"));
            }
            ++m_p;
        }
        const char *stop = m_p++;
        if (out)
            *out = escaped ? decode(start, stop) : QString::fromUtf8(start, stop - start);
        return true;
    }

    static QString decode(const char *p, const char *end)
    {
        QString result;
        result.reserve(end - p);
        const char *run = p;
        auto flush = [&](const char *upTo) { result += QString::fromUtf8(run, upTo - run); };
        while (p < end) {
            if (*p != '\\') {
                ++p;
                continue;
            }
            flush(p);
            const char c = p[1];
            p += 2;
            switch (c) {
            case 'b':
                result += QChar(u'\b');
                break;
            case 'f':
                result += QChar(u'\f');
                break;
            case 'n':
                result += QChar(u'\n');
                break;
            case 'r':
                result += QChar(u'\r');
                break;
            case 't':
                result += QChar(u'\t');
                break;
            case 'u':
                // UTF-16 code units; surrogate pairs arrive as two escapes and combine in the QString.
                result += QChar(char16_t(QByteArray(p, 4).toUShort(nullptr, 16)));
                p += 4;
                break;
            default: // " \ /
                result += QLatin1Char(c);
            }
            run = p;
        }
        flush(end);
        return result;
    }

    bool number()
    {
        const char *start = m_p;
        if (peek('-'))
            ++m_p;
        if (peek('0')) {
            ++m_p;
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && std::isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
        } else {
            m_p = start;
            return fail(tr("an invalid number"));
        }
        if (peek('.')) {
            ++m_p;
            if (!digits())
                return false;
        }
        if (peek('e') || peek('E')) {
            ++m_p;
            if (peek('+') || peek('-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits()
    {
        if (m_p >= m_end || !std::isdigit(static_cast<unsigned char>(*m_p)))
            return fail(tr("an invalid number"));
        while (m_p < m_end && std::isdigit(static_cast<unsigned char>(*m_p)))
            ++m_p;
        return true;
    }

    bool literal(const char *word)
    {
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return fail(tr("an unexpected character"));
        m_p += length;
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > MaxDepth)
            return fail(tr("the document is nested too deeply"));
        if (m_p >= m_end)
            return fail(tr("the document ends in the middle of a value"));
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case '[':
        case '{': {
            const bool isObject = *m_p == '{';
            const char close = isObject ? '}' : ']';
            ++m_p;
            skipSpace();
            if (peek(close)) {
                ++m_p;
                return true;
            }
            for (;;) {
                if (isObject) {
                    const char *key = nullptr;
                    qsizetype length = 0;
                    if (!rawKey(key, length))
                        return false;
                    skipSpace();
                }
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (peek(',')) {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                return expect(close, isObject ? tr("a ',' or '}' was expected after a member")
                                              : tr("a ',' or ']' was expected in an array"));
            }
        }
        default:
            return number();
        }
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }
    bool expect(char c, const QString &message)
    {
        if (!peek(c))
            return fail(m_p >= m_end ? tr("the document ends too early") : message);
        ++m_p;
        return true;
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = m_p;
        }
        return false;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QList<QByteArray> m_columns;
    QString m_error;
    const char *m_errorAt = nullptr;
};

} // namespace

std::variant<JsonPageScanner::Page, JsonPageScanner::ParseError> JsonPageScanner::scan(const QByteArray &body,
                                                                                       const QStringList &columns)
{
    Scanner scanner(body, columns);
    Page page;
    scanner.page(page);
    if (scanner.failed())
        return scanner.error();
    return page;
}
