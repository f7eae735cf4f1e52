#include "core/expr/DateFormat.h"

#include "core/expr/DateTicks.h"

#include <QStringList>

namespace DateFormat {

namespace {

const char *const monthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
const char *const dayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// One-letter formats are .NET standard formats; these are the ones clouddir supports.
std::optional<QString> expandStandard(const QString &format)
{
    if (format.size() != 1)
        return format;
    switch (format.at(0).unicode()) {
    case 'd':
        return QStringLiteral("MM/dd/yyyy");
    case 'D':
        return QStringLiteral("dddd, dd MMMM yyyy");
    case 's':
        return QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    case 'u':
        return QStringLiteral("yyyy-MM-dd HH:mm:ssZ");
    case 'o':
    case 'O':
        return QStringLiteral("yyyy-MM-ddTHH:mm:ss.fffffffK");
    default:
        return std::nullopt;
    }
}

qsizetype runLength(const QString &f, qsizetype i)
{
    qsizetype j = i;
    while (j < f.size() && f.at(j) == f.at(i))
        ++j;
    return j - i;
}

bool readDigits(const QString &s, qsizetype &pos, int minCount, int maxCount, int &out)
{
    int n = 0;
    out = 0;
    while (n < maxCount && pos < s.size() && s.at(pos).unicode() >= '0' && s.at(pos).unicode() <= '9') {
        out = out * 10 + (s.at(pos).unicode() - '0');
        ++pos;
        ++n;
    }
    return n >= minCount;
}

int readName(const QString &s, qsizetype &pos, const char *const *names, int count, bool abbreviated)
{
    for (int i = 0; i < count; ++i) {
        const QString name = QLatin1String(names[i]).left(abbreviated ? 3 : 100);
        if (s.mid(pos, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            pos += name.size();
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<Parsed> parse(const QString &input, const QString &rawFormat, bool allowWhite)
{
    const auto expanded = expandStandard(rawFormat);
    if (!expanded)
        return std::nullopt;
    const QString &f = *expanded;
    const QString s = allowWhite ? input.trimmed() : input;
    DateTicks::Civil c;
    int hour12 = -1;
    int pm = -1;
    int offsetMinutes = 0;
    Parsed result;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < f.size();) {
        const QChar ch = f.at(i);
        qsizetype n = runLength(f, i);
        int v = 0;
        switch (ch.unicode()) {
        case 'y':
            if (!readDigits(s, pos, n <= 2 ? n : 4, n <= 2 ? 2 : std::max<int>(4, int(n)), v))
                return std::nullopt;
            c.year = n <= 2 ? (v < 30 ? 2000 + v : 1900 + v) : v;
            break;
        case 'M':
            if (n >= 3) {
                v = readName(s, pos, monthNames, 12, n == 3);
                if (v < 0)
                    return std::nullopt;
                c.month = v + 1;
            } else if (!readDigits(s, pos, int(n), 2, c.month)) {
                return std::nullopt;
            }
            break;
        case 'd':
            if (n >= 3) {
                if (readName(s, pos, dayNames, 7, n == 3) < 0)
                    return std::nullopt;
            } else if (!readDigits(s, pos, int(n), 2, c.day)) {
                return std::nullopt;
            }
            break;
        case 'H':
            if (!readDigits(s, pos, int(std::min<qsizetype>(n, 2)), 2, c.hour))
                return std::nullopt;
            break;
        case 'h':
            if (!readDigits(s, pos, int(std::min<qsizetype>(n, 2)), 2, hour12) || hour12 < 1 || hour12 > 12)
                return std::nullopt;
            break;
        case 'm':
            if (!readDigits(s, pos, int(std::min<qsizetype>(n, 2)), 2, c.minute))
                return std::nullopt;
            break;
        case 's':
            if (!readDigits(s, pos, int(std::min<qsizetype>(n, 2)), 2, c.second))
                return std::nullopt;
            break;
        case 'f':
        case 'F': {
            if (n > 7)
                return std::nullopt;
            const qsizetype start = pos;
            if (!readDigits(s, pos, ch == u'f' ? int(n) : 0, int(n), v))
                return std::nullopt;
            qint64 frac = v;
            for (qsizetype k = pos - start; k < 7; ++k)
                frac *= 10;
            c.fraction = frac;
            break;
        }
        case 't': {
            const QString want = s.mid(pos, n == 1 ? 1 : 2).toUpper();
            if (want.startsWith(u'A'))
                pm = 0;
            else if (want.startsWith(u'P'))
                pm = 1;
            else
                return std::nullopt;
            if (want.size() == 2 && want.at(1) != u'M')
                return std::nullopt;
            pos += want.size();
            break;
        }
        case 'z':
        case 'K': {
            if (ch == u'K' && pos < s.size() && (s.at(pos) == u'Z' || s.at(pos) == u'z')) {
                result.zone = Zone::Utc;
                ++pos;
                break;
            }
            if (pos >= s.size() || (s.at(pos) != u'+' && s.at(pos) != u'-')) {
                if (ch == u'K')
                    break;
                return std::nullopt;
            }
            const int sign = s.at(pos) == u'-' ? -1 : 1;
            ++pos;
            int h = 0;
            int m = 0;
            if (!readDigits(s, pos, ch == u'z' && n == 1 ? 1 : 2, 2, h))
                return std::nullopt;
            if (ch == u'K' || n >= 3) {
                if (pos >= s.size() || s.at(pos) != u':' || !readDigits(s, ++pos, 2, 2, m))
                    return std::nullopt;
            }
            offsetMinutes = sign * (h * 60 + m);
            result.zone = Zone::Offset;
            break;
        }
        case '\'':
        case '"': {
            const qsizetype close = f.indexOf(ch, i + 1);
            if (close < 0)
                return std::nullopt;
            const QString literal = f.mid(i + 1, close - i - 1);
            if (s.mid(pos, literal.size()) != literal)
                return std::nullopt;
            pos += literal.size();
            n = close - i + 1;
            break;
        }
        case '\\':
        case '%': {
            if (ch == u'%') {
                n = 1;
                break;
            }
            if (i + 1 >= f.size() || pos >= s.size() || s.at(pos) != f.at(i + 1))
                return std::nullopt;
            ++pos;
            n = 2;
            break;
        }
        default:
            for (qsizetype k = 0; k < n; ++k) {
                if (pos >= s.size() || s.at(pos) != ch)
                    return std::nullopt;
                ++pos;
            }
        }
        i += n;
    }
    if (pos != s.size())
        return std::nullopt;
    if (hour12 >= 0)
        c.hour = hour12 % 12 + (pm == 1 ? 12 : 0);
    else if (pm == 1 && c.hour < 12)
        c.hour += 12;
    const auto ticks = DateTicks::fromCivil(c);
    if (!ticks)
        return std::nullopt;
    result.ticks = *ticks - qint64(offsetMinutes) * 60 * DateTicks::PerSecond;
    if (result.ticks < 0 || result.ticks > DateTicks::MaxTicks)
        return std::nullopt;
    return result;
}

std::optional<QString> format(qint64 ticks, const QString &rawFormat, Zone zone)
{
    const auto expanded = expandStandard(rawFormat);
    if (!expanded)
        return std::nullopt;
    const QString &f = *expanded;
    const DateTicks::Civil c = DateTicks::toCivil(ticks);
    QString out;
    auto pad = [&out](qint64 value, qsizetype width) {
        out += QStringLiteral("%1").arg(value, int(width), 10, QLatin1Char('0'));
    };
    for (qsizetype i = 0; i < f.size();) {
        const QChar ch = f.at(i);
        qsizetype n = runLength(f, i);
        switch (ch.unicode()) {
        case 'y':
            n <= 2 ? pad(c.year % 100, n) : pad(c.year, n);
            break;
        case 'M':
            n >= 3 ? void(out += QLatin1String(monthNames[c.month - 1]).left(n == 3 ? 3 : 100)) : pad(c.month, n);
            break;
        case 'd':
            n >= 3 ? void(out += QLatin1String(dayNames[c.dayOfWeek]).left(n == 3 ? 3 : 100)) : pad(c.day, n);
            break;
        case 'H':
            pad(c.hour, std::min<qsizetype>(n, 2));
            break;
        case 'h':
            pad(c.hour % 12 == 0 ? 12 : c.hour % 12, std::min<qsizetype>(n, 2));
            break;
        case 'm':
            pad(c.minute, std::min<qsizetype>(n, 2));
            break;
        case 's':
            pad(c.second, std::min<qsizetype>(n, 2));
            break;
        case 'f':
        case 'F': {
            QString digits =
                QStringLiteral("%1").arg(c.fraction, 7, 10, QLatin1Char('0')).left(std::min<qsizetype>(n, 7));
            if (ch == u'F') {
                while (digits.endsWith(u'0'))
                    digits.chop(1);
                if (digits.isEmpty() && out.endsWith(u'.'))
                    out.chop(1);
            }
            out += digits;
            break;
        }
        case 't':
            out += (c.hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM")).left(n == 1 ? 1 : 2);
            break;
        case 'z':
            out += n == 1 ? QStringLiteral("+0") : n == 2 ? QStringLiteral("+00") : QStringLiteral("+00:00");
            break;
        case 'K':
            out += zone == Zone::Utc      ? QStringLiteral("Z")
                   : zone == Zone::Offset ? QStringLiteral("+00:00")
                                          : QString();
            break;
        case '\'':
        case '"': {
            const qsizetype close = f.indexOf(ch, i + 1);
            const qsizetype end = close < 0 ? f.size() : close;
            out += f.mid(i + 1, end - i - 1);
            n = end - i + 1;
            break;
        }
        case '\\':
            if (i + 1 < f.size())
                out += f.at(i + 1);
            n = 2;
            break;
        case '%':
            n = 1;
            break;
        default:
            out += QString(n, ch);
        }
        i += n;
    }
    return out;
}

} // namespace DateFormat
