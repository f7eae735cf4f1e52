#include "core/expr/Lexer.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isHexDigit(char32_t c)
{
    return isDigit(c) || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}

QString fromPoints(const QList<uint> &points, qsizetype from, qsizetype to)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + from, to - from);
}

ExprError error(int offset, const QString &message)
{
    return ExprError {ExprError::Kind::Parse, message, offset, {}};
}

} // namespace

std::variant<QList<Token>, ExprError> Lexer::tokenize(const QString &expression)
{
    const QList<uint> p = expression.toUcs4();
    const qsizetype n = p.size();
    QList<Token> tokens;
    qsizetype i = 0;
    while (true) {
        while (i < n && isSpace(p[i]))
            ++i;
        if (i >= n)
            break;
        const int start = int(i);
        const char32_t c = p[i];
        Token t;
        t.offset = start;
        if (c == U'(' || c == U')' || c == U',') {
            t.kind = c == U'(' ? Token::Kind::LParen : c == U')' ? Token::Kind::RParen : Token::Kind::Comma;
            ++i;
        } else if (c == U'"') {
            ++i;
            QString text;
            bool closed = false;
            while (i < n) {
                if (p[i] == U'\\' && i + 1 < n && (p[i + 1] == U'"' || p[i + 1] == U'\\')) {
                    text.append(p[i + 1] == U'"' ? QChar(u'"') : QChar(u'\\'));
                    i += 2;
                } else if (p[i] == U'"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    text.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&p[i]), 1));
                    ++i;
                }
            }
            if (!closed)
                return error(start, tr("unterminated string starting at %1: add a closing \"").arg(start));
            t.kind = Token::Kind::String;
            t.text = text.isNull() ? QStringLiteral("") : text;
        } else if (c == U'[') {
            qsizetype j = i + 1;
            while (j < n && p[j] != U']' && p[j] != U'[' && p[j] != U'\n' && p[j] != U'\r')
                ++j;
            if (j >= n || p[j] != U']')
                return error(start, tr("attribute name at %1 is missing its closing ]").arg(start));
            const QString name = fromPoints(p, i + 1, j);
            if (name.isEmpty())
                return error(start, tr("empty attribute name [] at %1: write the attribute's name").arg(start));
            if (name.front().isSpace() || name.back().isSpace())
                return error(start, tr("attribute name [%1] at %2 has leading or trailing spaces: remove them")
                                        .arg(name, QString::number(start)));
            t.kind = Token::Kind::Attribute;
            t.text = name;
            i = j + 1;
        } else if (isDigit(c) || ((c == U'+' || c == U'-') && i + 1 < n && isDigit(p[i + 1]))) {
            qsizetype j = i + 1;
            while (j < n && isDigit(p[j]))
                ++j;
            if (j + 1 < n && p[j] == U'.' && isDigit(p[j + 1])) {
                j += 2;
                while (j < n && isDigit(p[j]))
                    ++j;
            }
            if (j < n && (isAsciiLetter(p[j]) || p[j] == U'_' || p[j] == U'.'))
                return error(int(j), tr("unexpected '%1' at %2 after the number %3: separate it with a comma")
                                         .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&p[j]), 1),
                                              QString::number(j), fromPoints(p, i, j)));
            t.kind = Token::Kind::Number;
            t.text = fromPoints(p, i, j);
            i = j;
        } else if (c == U'+' || c == U'-') {
            return error(start, tr("a sign at %1 must touch its digits (write -1, not - 1)").arg(start));
        } else if (c == U'&') {
            if (i + 2 < n && (p[i + 1] == U'H' || p[i + 1] == U'h') && isHexDigit(p[i + 2])) {
                qsizetype j = i + 2;
                while (j < n && isHexDigit(p[j]))
                    ++j;
                if (j < n && (isAsciiLetter(p[j]) || p[j] == U'_'))
                    return error(int(j), tr("unexpected '%1' at %2 in a hex number")
                                             .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&p[j]), 1),
                                                  QString::number(j)));
                t.kind = Token::Kind::Hex;
                t.text = fromPoints(p, i + 2, j);
                i = j;
            } else {
                t.kind = Token::Kind::Ampersand;
                ++i;
            }
        } else if (c == U'=' || c == U'<' || c == U'>') {
            qsizetype j = i + 1;
            if (c == U'<' && j < n && (p[j] == U'>' || p[j] == U'='))
                ++j;
            else if (c == U'>' && j < n && p[j] == U'=')
                ++j;
            t.kind = Token::Kind::Compare;
            t.text = fromPoints(p, i, j);
            i = j;
        } else if (isAsciiLetter(c) || c == U'_') {
            qsizetype j = i + 1;
            while (j < n && (isAsciiLetter(p[j]) || isDigit(p[j]) || p[j] == U'_'))
                ++j;
            t.kind = Token::Kind::Name;
            t.text = fromPoints(p, i, j);
            i = j;
        } else {
            return error(start, tr("unexpected character '%1' at %2: text belongs in \"quotes\" and attribute "
                                   "names in [brackets]")
                                    .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&p[i]), 1),
                                         QString::number(start)));
        }
        tokens.append(t);
    }
    Token end;
    end.kind = Token::Kind::End;
    end.offset = int(n);
    tokens.append(end);
    return tokens;
}
