#include "core/expr/RegexSupport.h"

#include <QCoreApplication>
#include <QRegularExpressionMatchIterator>

namespace RegexSupport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

// .NET-only constructs PCRE2 would silently misread, found by a scan that skips escapes.
QString dotNetOnly(const QString &pattern)
{
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            if (pattern.mid(i + 1, 4) == u"p{Is" || pattern.mid(i + 1, 4) == u"P{Is")
                return tr("Unicode block names such as \\p{IsGreek} are not supported in clouddir; use a script "
                          "name such as \\p{Greek}");
            ++i;
            continue;
        }
        if (inClass) {
            if (c == u'-' && i + 1 < pattern.size() && pattern.at(i + 1) == u'[')
                return tr("character-class subtraction [a-z-[aeiou]] is not supported in clouddir; list the "
                          "characters you want instead");
            if (c == u']')
                inClass = false;
        } else if (c == u'[') {
            inClass = true;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u']')
                ++i;
        } else if (c == u'(' && pattern.mid(i, 3) == u"(?<" && i + 3 < pattern.size() && pattern.at(i + 3) != u'='
                   && pattern.at(i + 3) != u'!') {
            const qsizetype close = pattern.indexOf(u'>', i);
            if (close > 0 && pattern.mid(i + 3, close - i - 3).contains(u'-'))
                return tr("balancing groups (?<a-b>…) are not supported in clouddir");
        }
    }
    return {};
}

// Appends a .NET substitution for one match.
void substitute(QString &out, const QRegularExpression &regex, const QRegularExpressionMatch &m, const QString &input,
                const QString &replacement)
{
    const int groups = regex.captureCount();
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'$' || i + 1 >= replacement.size()) {
            out.append(c);
            continue;
        }
        const QChar d = replacement.at(i + 1);
        if (d == u'$') {
            out.append(u'$');
            ++i;
        } else if (d == u'&') {
            out.append(m.captured(0));
            ++i;
        } else if (d == u'`') {
            out.append(input.left(m.capturedStart(0)));
            ++i;
        } else if (d == u'\'') {
            out.append(input.mid(m.capturedEnd(0)));
            ++i;
        } else if (d == u'_') {
            out.append(input);
            ++i;
        } else if (d == u'+') {
            out.append(groups > 0 ? m.captured(groups) : QString());
            ++i;
        } else if (d == u'{') {
            const qsizetype close = replacement.indexOf(u'}', i + 2);
            const QString name = close > 0 ? replacement.mid(i + 2, close - i - 2) : QString();
            if (close > 0 && hasGroup(regex, name)) {
                bool numeric = false;
                const int number = name.toInt(&numeric);
                out.append(numeric ? m.captured(number) : m.captured(name));
                i = close;
            } else {
                out.append(c);
            }
        } else if (d.isDigit() && d.unicode() < 128) {
            // The longest digit run that names an existing group.
            qsizetype end = i + 1;
            while (end < replacement.size() && replacement.at(end).isDigit() && replacement.at(end).unicode() < 128)
                ++end;
            bool found = false;
            for (qsizetype len = end - i - 1; len > 0; --len) {
                const int number = replacement.mid(i + 1, len).toInt();
                if (number <= groups) {
                    out.append(m.captured(number));
                    i += len;
                    found = true;
                    break;
                }
            }
            if (!found)
                out.append(c);
        } else {
            out.append(c);
        }
    }
}

} // namespace

std::variant<QString, std::shared_ptr<const QRegularExpression>> compile(const QString &pattern)
{
    if (const QString unsupported = dotNetOnly(pattern); !unsupported.isEmpty())
        return unsupported;
    // The limit keeps catastrophic backtracking bounded; PCRE2 then reports no match for that value.
    auto regex = std::make_shared<QRegularExpression>(QStringLiteral("(*LIMIT_MATCH=1000000)") + pattern,
                                                      QRegularExpression::UseUnicodePropertiesOption);
    if (!regex->isValid()) {
        const QString reason = regex->errorString();
        if (reason.contains(QLatin1String("lookbehind"), Qt::CaseInsensitive))
            return tr("regexPattern \"%1\" uses a variable-length lookbehind, which is not supported in clouddir")
                .arg(pattern);
        return tr("regexPattern \"%1\" does not compile: %2").arg(pattern, reason);
    }
    regex->optimize();
    return std::shared_ptr<const QRegularExpression>(std::move(regex));
}

bool hasGroup(const QRegularExpression &regex, const QString &group)
{
    bool numeric = false;
    const int number = group.toInt(&numeric);
    if (numeric)
        return number >= 0 && number <= regex.captureCount();
    return !group.isEmpty() && regex.namedCaptureGroups().contains(group);
}

QString replace(const QRegularExpression &regex, const QString &input, const QString &replacement)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = regex.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.append(QStringView(input).mid(last, m.capturedStart(0) - last));
        substitute(out, regex, m, input, replacement);
        last = m.capturedEnd(0);
    }
    out.append(QStringView(input).mid(last));
    return out;
}

QString replaceGroup(const QRegularExpression &regex, const QString &input, const QString &group,
                     const QString &literal)
{
    bool numeric = false;
    const int number = group.toInt(&numeric);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = regex.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = numeric ? m.capturedStart(number) : m.capturedStart(group);
        const qsizetype end = numeric ? m.capturedEnd(number) : m.capturedEnd(group);
        if (start < 0 || start < last)
            continue;
        out.append(QStringView(input).mid(last, start - last));
        out.append(literal);
        last = end;
    }
    out.append(QStringView(input).mid(last));
    return out;
}

std::optional<QString> firstGroup(const QRegularExpression &regex, const QString &input, const QString &group)
{
    const QRegularExpressionMatch m = regex.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    bool numeric = false;
    const int number = group.toInt(&numeric);
    return numeric ? m.captured(number) : m.captured(group);
}

} // namespace RegexSupport
