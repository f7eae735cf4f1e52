#include "core/expr/Functions_p.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

bool hasSurrogates(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

namespace Functions {

qsizetype codePointCount(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

qsizetype utf16Index(const QString &text, qsizetype point)
{
    if (!hasSurrogates(text))
        return std::min(point, text.size());
    qsizetype i = 0;
    for (qsizetype p = 0; p < point && i < text.size(); ++p)
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

qsizetype codePointIndex(const QString &text, qsizetype utf16)
{
    return codePointCount(text.left(utf16));
}

Value append(CallContext &call)
{
    const Value source = call.arg(0);
    QString suffix;
    if (!call.text(call.arg(1), 1, suffix))
        return {};
    return perElement(call, source, [&suffix](const QString &s) { return s + suffix; });
}

Value left(CallContext &call)
{
    const Value source = call.arg(0);
    qint64 count = 0;
    if (call.stopped() || !call.integer(call.arg(1), 1, count))
        return {};
    if (source.isNull())
        return Value::string(QString()); // documented: Left of null is ""
    return perElement(call, source, [count](const QString &s) { return count < 0 ? s : s.left(utf16Index(s, count)); });
}

Value mid(CallContext &call)
{
    const Value source = call.arg(0);
    qint64 start = 0;
    qint64 length = 0;
    if (call.stopped() || !call.integer(call.arg(1), 1, start) || !call.integer(call.arg(2), 2, length))
        return {};
    if (start < 1)
        return call.fail(ExprError::Kind::Argument, tr("Mid: start must be 1 or more, got %1").arg(start));
    if (length < 0)
        return call.fail(ExprError::Kind::Argument, tr("Mid: length cannot be negative, got %1").arg(length));
    return perElement(call, source, [start, length](const QString &s) {
        const qsizetype from = utf16Index(s, start - 1);
        const qsizetype to = utf16Index(s, std::min<qint64>(start - 1 + length, std::numeric_limits<qsizetype>::max()));
        return s.mid(from, to - from);
    });
}

Value len(CallContext &call)
{
    const Value source = call.arg(0);
    QString text;
    if (call.stopped() || !call.text(source, 0, text))
        return {};
    return Value::integer(codePointCount(text));
}

Value stripSpaces(CallContext &call)
{
    return perElement(call, call.arg(0), [](QString s) { return s.remove(u' '); });
}

Value trim(CallContext &call)
{
    return perElement(call, call.arg(0), [](const QString &s) { return s.trimmed(); });
}

Value split(CallContext &call)
{
    const Value source = call.arg(0);
    QString text;
    QString delimiter;
    if (!call.text(source, 0, text) || !call.text(call.arg(1), 1, delimiter))
        return {};
    if (source.isNull())
        return {};
    if (delimiter.isEmpty())
        return call.fail(ExprError::Kind::Argument, tr("Split: delimiter cannot be empty; write one such as \",\""));
    QStringList out;
    for (const QString &piece : text.split(delimiter)) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return Value::list(out);
}

Value join(CallContext &call)
{
    QString separator;
    if (!call.text(call.arg(0), 0, separator))
        return {};
    QString out;
    bool first = true;
    auto add = [&](const QString &piece) {
        if (piece.isEmpty())
            return;
        if (!first)
            out += separator;
        out += piece;
        first = false;
    };
    for (int i = 1; i < call.count(); ++i) {
        const Value v = call.arg(i);
        if (call.stopped())
            return {};
        if (v.isList()) {
            for (const QString &item : v.items())
                add(item);
        } else {
            add(v.toText());
        }
    }
    return Value::string(out);
}

Value word(CallContext &call)
{
    const Value source = call.arg(0);
    qint64 number = 0;
    QString text;
    QString delimiters;
    if (!call.text(source, 0, text) || !call.integer(call.arg(1), 1, number) || !call.text(call.arg(2), 2, delimiters))
        return {};
    if (source.isNull() || number < 1)
        return Value::string(QString());
    qint64 index = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || delimiters.contains(text.at(i));
        if (!boundary && start < 0)
            start = i;
        if (boundary && start >= 0) {
            if (++index == number)
                return Value::string(text.mid(start, i - start));
            start = -1;
        }
    }
    return Value::string(QString());
}

Value inStr(CallContext &call)
{
    const Value haystack = call.arg(0);
    QString text;
    QString needle;
    if (!call.text(haystack, 0, text) || !call.text(call.arg(1), 1, needle))
        return {};
    qint64 start = 1;
    if (call.present(2) && !call.integer(call.arg(2), 2, start))
        return {};
    Qt::CaseSensitivity cs = Qt::CaseSensitive;
    if (call.present(3)) {
        const Value type = call.arg(3);
        const QString t = type.isList() ? QString() : type.toText().trimmed();
        if (t.compare(u"vbTextCompare", Qt::CaseInsensitive) == 0 || t == u"1")
            cs = Qt::CaseInsensitive;
        else if (t.compare(u"vbBinaryCompare", Qt::CaseInsensitive) != 0 && t != u"0")
            return call.fail(ExprError::Kind::Argument,
                             tr("InStr: compareType must be vbBinaryCompare or vbTextCompare, got \"%1\"").arg(t));
    }
    if (call.stopped())
        return {};
    if (start < 1)
        return call.fail(ExprError::Kind::Argument, tr("InStr: start must be 1 or more, got %1").arg(start));
    if (haystack.isNull())
        return Value::integer(0);
    const qsizetype length = codePointCount(text);
    if (start > length + 1)
        return Value::integer(0);
    if (needle.isEmpty())
        return Value::integer(start);
    const qsizetype found = text.indexOf(needle, utf16Index(text, start - 1), cs);
    return Value::integer(found < 0 ? 0 : codePointIndex(text, found) + 1);
}

} // namespace Functions
