#include "core/expr/Functions_p.h"

namespace {

void appendPoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 128)
            return false;
    }
    return true;
}

// Simple (1:1) case mapping per code point, like .NET (§4.7); QString::toUpper would expand ß to SS.
// turkic: tr/az rules for dotted and dotless i.
QString mapCase(const QString &s, bool upper, bool turkic)
{
    QString out;
    out.reserve(s.size());
    for (const uint c : s.toUcs4()) {
        if (turkic && upper && c == U'i')
            appendPoint(out, U'\u0130');
        else if (turkic && upper && c == U'\u0131')
            appendPoint(out, U'I');
        else if (turkic && !upper && c == U'I')
            appendPoint(out, U'\u0131');
        else if (turkic && !upper && c == U'\u0130')
            appendPoint(out, U'i');
        else
            appendPoint(out, upper ? QChar::toUpper(c) : QChar::toLower(c));
    }
    return out;
}

QString asciiCase(QString s, bool upper)
{
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (upper && u >= 'a' && u <= 'z')
            c = QChar(char16_t(u - 32));
        else if (!upper && u >= 'A' && u <= 'Z')
            c = QChar(char16_t(u + 32));
    }
    return s;
}

Value caseFunction(CallContext &call, bool upper)
{
    const Value source = call.arg(0);
    QString culture;
    if (call.present(1) && !call.text(call.arg(1), 1, culture))
        return {};
    const QString language = culture.section(u'-', 0, 0).toLower();
    const bool turkic = language == u"tr" || language == u"az";
    return Functions::perElement(call, source, [upper, turkic](const QString &s) {
        return isAscii(s) && !turkic ? asciiCase(s, upper) : mapCase(s, upper, turkic);
    });
}

bool continuesWord(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
           || cat == QChar::Mark_Enclosing || c == U'\'';
}

QString titleCase(const QString &s)
{
    QString out;
    bool inWord = false;
    for (const uint c : s.toUcs4()) {
        if (QChar::isLetter(c)) {
            appendPoint(out, inWord ? QChar::toLower(c) : QChar::toTitleCase(c));
            inWord = true;
        } else {
            appendPoint(out, QChar::toLower(c));
            if (!continuesWord(c))
                inWord = false;
        }
    }
    return out;
}

QString separatedCase(const QString &s, const QList<uint> &separators)
{
    QString out;
    bool startsWord = true;
    for (const uint c : s.toUcs4()) {
        appendPoint(out, startsWord ? QChar::toTitleCase(c) : QChar::toLower(c));
        startsWord = separators.contains(c);
    }
    return out;
}

} // namespace

namespace Functions {

Value toLower(CallContext &call)
{
    return caseFunction(call, false);
}

Value toUpper(CallContext &call)
{
    return caseFunction(call, true);
}

Value pCase(CallContext &call)
{
    const Value source = call.arg(0);
    const bool custom = call.present(1);
    QString separators;
    if (custom && !call.text(call.arg(1), 1, separators))
        return {};
    const QList<uint> points = separators.toUcs4();
    return Functions::perElement(
        call, source, [custom, &points](const QString &s) { return custom ? separatedCase(s, points) : titleCase(s); });
}

Value normalizeDiacritics(CallContext &call)
{
    return Functions::perElement(call, call.arg(0), [](const QString &s) {
        if (isAscii(s))
            return s;
        const QString decomposed = s.normalized(QString::NormalizationForm_D);
        QString out;
        out.reserve(decomposed.size());
        bool afterBase = false;
        for (const uint c : decomposed.toUcs4()) {
            if (isMark(c)) {
                if (!afterBase)
                    appendPoint(out, c);
                continue;
            }
            const char *replacement = nullptr;
            switch (c) {
            case U'æ':
                replacement = "ae";
                break;
            case U'Æ':
                replacement = "AE";
                break;
            case U'ø':
                replacement = "oe";
                break;
            case U'Ø':
                replacement = "OE";
                break;
            case U'œ':
                replacement = "oe";
                break;
            case U'Œ':
                replacement = "OE";
                break;
            case U'ß':
                replacement = "ss";
                break;
            case U'ł':
                replacement = "l";
                break;
            case U'Ł':
                replacement = "L";
                break;
            case U'ı':
                replacement = "i";
                break;
            default:
                break;
            }
            if (replacement) {
                out.append(QLatin1String(replacement));
                afterBase = true;
            } else {
                appendPoint(out, c);
                afterBase = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
            }
        }
        return out.normalized(QString::NormalizationForm_C);
    });
}

} // namespace Functions
