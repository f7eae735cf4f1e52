#include "core/expr/FunctionTable.h"

#include "core/expr/Functions_p.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

using F = FunctionSpec;
constexpr quint32 bit(int i)
{
    return 1u << i;
}

const QList<FunctionSpec> &table()
{
    static const QList<FunctionSpec> specs = {
        {"Append", "source, suffix", QT_TRANSLATE_NOOP("Expression", "Adds suffix to the end of source."), 2, 2, 0,
         F::None, Functions::append},
        {"AppRoleAssignmentsComplex", "appRoleAssignments",
         QT_TRANSLATE_NOOP("Expression", "Not supported: only works inside Microsoft's provisioning service."), 1, 1, 0,
         F::Unsupported, Functions::unsupported},
        {"AssertiveAppRoleAssignmentsComplex", "appRoleAssignments",
         QT_TRANSLATE_NOOP("Expression", "Not supported: only works inside Microsoft's provisioning service."), 1, 1, 0,
         F::Unsupported, Functions::unsupported},
        {"BitAnd", "value1, value2", QT_TRANSLATE_NOOP("Expression", "Bitwise AND of two whole numbers."), 2, 2, 0,
         F::None, Functions::bitAnd},
        {"CBool", "expression", QT_TRANSLATE_NOOP("Expression", "Converts to True or False (non-zero is True)."), 1, 1,
         0, F::None, Functions::cBool},
        {"CDate", "expression", QT_TRANSLATE_NOOP("Expression", "Reads a date text as a UTC date."), 1, 1, 0, F::None,
         Functions::cDate},
        {"Coalesce", "source, …, [defaultValue]",
         QT_TRANSLATE_NOOP("Expression", "The first argument that is neither null nor empty."), 1, -1, 0, F::None,
         Functions::coalesce},
        {"ConvertFromBase64", "source, [encoding]",
         QT_TRANSLATE_NOOP("Expression", "Decodes base64 as Unicode (UTF-16), UTF8 or ASCII text."), 1, 2, bit(1),
         F::None, Functions::convertFromBase64},
        {"ConvertToBase64", "source", QT_TRANSLATE_NOOP("Expression", "Base64 of the text's UTF-16 bytes."), 1, 1, 0,
         F::None, Functions::convertToBase64},
        {"ConvertToUTF8Hex", "source", QT_TRANSLATE_NOOP("Expression", "The text's UTF-8 bytes as upper-case hex."), 1,
         1, 0, F::None, Functions::convertToUtf8Hex},
        {"Count", "attribute", QT_TRANSLATE_NOOP("Expression", "Number of values of a multi-valued attribute."), 1, 1,
         0, F::None, Functions::count},
        {"CRef", "value", QT_TRANSLATE_NOOP("Expression", "Returns value unchanged (compatibility)."), 1, 1, 0, F::None,
         Functions::cRef},
        {"CStr", "value", QT_TRANSLATE_NOOP("Expression", "Converts a single value to text."), 1, 1, 0, F::None,
         Functions::cStr},
        {"DateAdd", "interval, value, dateTime",
         QT_TRANSLATE_NOOP("Expression", "Adds value intervals (yyyy, m, d, ww, h, n, s) to a date."), 3, 3, 0, F::None,
         Functions::dateAdd},
        {"DateDiff", "interval, date1, date2", QT_TRANSLATE_NOOP("Expression", "date2 minus date1 in whole intervals."),
         3, 3, 0, F::None, Functions::dateDiff},
        {"DateFromNum", "value", QT_TRANSLATE_NOOP("Expression", "Active Directory FILETIME number to a date."), 1, 1,
         0, F::None, Functions::dateFromNum},
        {"DefaultDomain", "", QT_TRANSLATE_NOOP("Expression", "The tenant's default verified domain."), 0, 0, 0,
         F::None, Functions::defaultDomain},
        {"DNComponent", "dn, componentNumber",
         QT_TRANSLATE_NOOP("Expression", "The value of the n-th component of a distinguished name."), 2, 2, 0, F::None,
         Functions::dnComponent},
        {"Error", "message", QT_TRANSLATE_NOOP("Expression", "Stops with an error carrying message."), 1, 1, 0, F::None,
         Functions::error},
        {"FormatDateTime", "source, [dateTimeStyles], inputFormat, outputFormat",
         QT_TRANSLATE_NOOP("Expression", "Reads a date with inputFormat and writes it with outputFormat."), 3, 4,
         bit(1), F::None, Functions::formatDateTime},
        {"Guid", "", QT_TRANSLATE_NOOP("Expression", "A new random GUID."), 0, 0, 0, F::None, Functions::guid},
        {"IgnoreFlowIfNullOrEmpty", "expression",
         QT_TRANSLATE_NOOP("Expression", "Leaves the property out when the value is null or empty."), 1, 1, 0,
         F::Outermost, Functions::ignoreFlowIfNullOrEmpty},
        {"IIF", "condition, valueIfTrue, valueIfFalse",
         QT_TRANSLATE_NOOP("Expression", "valueIfTrue when condition holds, else valueIfFalse."), 3, 3, 0, F::None,
         Functions::iif},
        {"InStr", "value1, value2, [start], [compareType]",
         QT_TRANSLATE_NOOP("Expression", "1-based position of value2 in value1, or 0."), 2, 4, bit(2) | bit(3), F::None,
         Functions::inStr},
        {"IsNull", "expression", QT_TRANSLATE_NOOP("Expression", "True when the value is absent."), 1, 1, 0, F::None,
         Functions::isNull},
        {"IsNullOrEmpty", "expression", QT_TRANSLATE_NOOP("Expression", "True when the value is absent or empty."), 1,
         1, 0, F::None, Functions::isNullOrEmpty},
        {"IsPresent", "expression", QT_TRANSLATE_NOOP("Expression", "True when the value is neither absent nor empty."),
         1, 1, 0, F::None, Functions::isPresent},
        {"IsString", "expression", QT_TRANSLATE_NOOP("Expression", "True when the value is a single text value."), 1, 1,
         0, F::None, Functions::isString},
        {"Item", "attribute, index", QT_TRANSLATE_NOOP("Expression", "The index-th value (1-based) of a list."), 2, 2,
         0, F::None, Functions::item},
        {"Join", "separator, source, …", QT_TRANSLATE_NOOP("Expression", "Joins the non-empty values with separator."),
         2, -1, 0, F::None, Functions::join},
        {"Left", "string, numChars", QT_TRANSLATE_NOOP("Expression", "The first numChars characters."), 2, 2, 0,
         F::None, Functions::left},
        {"Len", "string", QT_TRANSLATE_NOOP("Expression", "Number of characters."), 1, 1, 0, F::None, Functions::len},
        {"Mid", "source, start, length",
         QT_TRANSLATE_NOOP("Expression", "length characters from the 1-based position start."), 3, 3, 0, F::None,
         Functions::mid},
        {"NormalizeDiacritics", "source",
         QT_TRANSLATE_NOOP("Expression", "Removes accents: Zoë becomes Zoe, ß becomes ss."), 1, 1, 0, F::None,
         Functions::normalizeDiacritics},
        {"Not", "source", QT_TRANSLATE_NOOP("Expression", "False for True, True for everything else."), 1, 1, 0,
         F::None, Functions::notFunction},
        {"Now", "", QT_TRANSLATE_NOOP("Expression", "The current UTC date and time."), 0, 0, 0, F::None,
         Functions::now},
        {"NumFromDate", "value", QT_TRANSLATE_NOOP("Expression", "A date as an Active Directory FILETIME number."), 1,
         1, 0, F::None, Functions::numFromDate},
        {"PCase", "source, [wordSeparators]",
         QT_TRANSLATE_NOOP("Expression", "Capitalises the first letter of each word."), 1, 2, bit(1), F::None,
         Functions::pCase},
        {"RandomString", "length, minNumbers, minSpecial, minCapital, minLower, [charactersToAvoid]",
         QT_TRANSLATE_NOOP("Expression", "A random string with at least the given character counts."), 5, 6, bit(5),
         F::None, Functions::randomString},
        {"Redact", "value", QT_TRANSLATE_NOOP("Expression", "Returns value, hidden in plans, logs and exports."), 1, 1,
         0, F::None, Functions::redact},
        {"RemoveDuplicates", "attribute", QT_TRANSLATE_NOOP("Expression", "Drops repeated values, keeping the order."),
         1, 1, 0, F::None, Functions::removeDuplicates},
        {"Replace",
         "source, [oldValue], [regexPattern], [regexGroupName], [replacementValue], [replacementAttributeName], "
         "[template]",
         QT_TRANSLATE_NOOP("Expression", "Replaces text, or regular-expression matches, in source."), 1, 7, 0x7e,
         F::None, Functions::replace},
        {"SelectUniqueValue", "rule, …",
         QT_TRANSLATE_NOOP("Expression", "The first rule whose value is not taken yet (creation only)."), 2, -1, 0,
         F::Outermost, Functions::selectUniqueValue},
        {"SingleAppRoleAssignment", "appRoleAssignments",
         QT_TRANSLATE_NOOP("Expression", "Not supported: only works inside Microsoft's provisioning service."), 1, 1, 0,
         F::Unsupported, Functions::unsupported},
        {"Split", "source, delimiter", QT_TRANSLATE_NOOP("Expression", "Splits text into a list at delimiter."), 2, 2,
         0, F::None, Functions::split},
        {"StringFromSid", "objectSid", QT_TRANSLATE_NOOP("Expression", "A binary (base64) SID as S-1-… text."), 1, 1, 0,
         F::None, Functions::stringFromSid},
        {"StripSpaces", "source", QT_TRANSLATE_NOOP("Expression", "Removes every space character."), 1, 1, 0, F::None,
         Functions::stripSpaces},
        {"Switch", "source, [defaultValue], key, value, …",
         QT_TRANSLATE_NOOP("Expression", "The value of the first key equal to source, else defaultValue."), 4, -1,
         bit(1), F::None, Functions::switchFunction},
        {"ToLower", "source, [culture]", QT_TRANSLATE_NOOP("Expression", "Lower-cases the text."), 1, 2, bit(1),
         F::None, Functions::toLower},
        {"ToUpper", "source, [culture]", QT_TRANSLATE_NOOP("Expression", "Upper-cases the text."), 1, 2, bit(1),
         F::None, Functions::toUpper},
        {"Trim", "value", QT_TRANSLATE_NOOP("Expression", "Removes leading and trailing white space."), 1, 1, 0,
         F::None, Functions::trim},
        {"Word", "string, wordNumber, delimiters",
         QT_TRANSLATE_NOOP("Expression", "The wordNumber-th word, splitting at any delimiter character."), 3, 3, 0,
         F::None, Functions::word},
    };
    return specs;
}

// Levenshtein distance, case-insensitive, for "did you mean".
int distance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    QList<int> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

} // namespace

const QList<FunctionSpec> &FunctionTable::all()
{
    return table();
}

int FunctionTable::find(const QString &name)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (qsizetype i = 0; i < table().size(); ++i)
            h.insert(QString::fromLatin1(table().at(i).name).toLower(), int(i));
        return h;
    }();
    return index.value(name.toLower(), -1);
}

QString FunctionTable::signature(const FunctionSpec &spec)
{
    return QStringLiteral("%1(%2)").arg(QLatin1String(spec.name), QString::fromUtf8(spec.parameters));
}

QStringList FunctionTable::parameterNames(const FunctionSpec &spec)
{
    QStringList names;
    const QString all = QString::fromUtf8(spec.parameters);
    if (all.isEmpty())
        return names;
    for (QString part : all.split(QStringLiteral(", "))) {
        part.remove(u'[').remove(u']');
        if (part != u"…")
            names.append(part);
    }
    return names;
}

QString FunctionTable::suggestion(const QString &name)
{
    QString best;
    int bestDistance = std::max<int>(2, int(name.size()) / 3) + 1;
    for (const FunctionSpec &spec : table()) {
        const int d = distance(name, QLatin1String(spec.name));
        if (d < bestDistance) {
            bestDistance = d;
            best = QLatin1String(spec.name);
        }
    }
    return best;
}

QString FunctionTable::help(const FunctionSpec &spec)
{
    return QCoreApplication::translate("Expression", spec.help);
}
