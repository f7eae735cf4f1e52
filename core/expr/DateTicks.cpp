#include "core/expr/DateTicks.h"

#include <QDateTime>

namespace DateTicks {

namespace {

// Howard Hinnant's days-from-civil, shifted so that day 0 is 0001-01-01.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 306; // 0000-03-01 is day 0 of the algorithm; 0001-01-01 is day 306
}

// Reads exactly `count` digits at pos (count < 0: 1..-count digits).
bool digits(const QString &s, qsizetype &pos, int count, int &out)
{
    const int maxCount = count < 0 ? -count : count;
    int n = 0;
    out = 0;
    while (n < maxCount && pos < s.size() && s.at(pos).isDigit() && s.at(pos).unicode() < 128) {
        out = out * 10 + (s.at(pos).unicode() - '0');
        ++pos;
        ++n;
    }
    return count < 0 ? n > 0 : n == count;
}

bool lit(const QString &s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s.at(pos) == QChar(c)) {
        ++pos;
        return true;
    }
    return false;
}

// Z, ±HH:mm, ±HHmm or ±HH; offsetMinutes is what to subtract to reach UTC.
bool offset(const QString &s, qsizetype &pos, int &offsetMinutes)
{
    offsetMinutes = 0;
    if (pos >= s.size())
        return true;
    if (lit(s, pos, u'Z') || lit(s, pos, u'z'))
        return pos == s.size();
    const QChar sign = s.at(pos);
    if (sign != u'+' && sign != u'-')
        return false;
    ++pos;
    int h = 0;
    int m = 0;
    if (!digits(s, pos, 2, h) || h > 14)
        return false;
    if (lit(s, pos, u':')) {
        if (!digits(s, pos, 2, m))
            return false;
    } else if (pos < s.size() && !digits(s, pos, 2, m)) {
        return false;
    }
    if (m > 59)
        return false;
    offsetMinutes = (sign == u'-' ? -1 : 1) * (h * 60 + m);
    return pos == s.size();
}

std::optional<qint64> parseIso(const QString &s)
{
    qsizetype pos = 0;
    Civil c;
    if (!digits(s, pos, 4, c.year) || !lit(s, pos, u'-') || !digits(s, pos, 2, c.month) || !lit(s, pos, u'-')
        || !digits(s, pos, 2, c.day))
        return std::nullopt;
    if (pos < s.size() && (s.at(pos) == u'T' || s.at(pos) == u' ')) {
        ++pos;
        if (!digits(s, pos, 2, c.hour) || !lit(s, pos, u':') || !digits(s, pos, 2, c.minute))
            return std::nullopt;
        if (lit(s, pos, u':')) {
            if (!digits(s, pos, 2, c.second))
                return std::nullopt;
            if (lit(s, pos, u'.')) {
                int n = 0;
                qint64 frac = 0;
                while (pos < s.size() && s.at(pos).isDigit() && s.at(pos).unicode() < 128 && n < 7) {
                    frac = frac * 10 + (s.at(pos).unicode() - '0');
                    ++pos;
                    ++n;
                }
                if (n == 0)
                    return std::nullopt;
                for (; n < 7; ++n)
                    frac *= 10;
                c.fraction = frac;
            }
        }
    }
    int minutes = 0;
    if (!offset(s, pos, minutes))
        return std::nullopt;
    const auto ticks = fromCivil(c);
    if (!ticks)
        return std::nullopt;
    const qint64 utc = *ticks - qint64(minutes) * 60 * PerSecond;
    if (utc < 0 || utc > MaxTicks)
        return std::nullopt;
    return utc;
}

std::optional<qint64> parseUs(const QString &s)
{
    qsizetype pos = 0;
    Civil c;
    if (!digits(s, pos, -2, c.month) || !lit(s, pos, u'/') || !digits(s, pos, -2, c.day) || !lit(s, pos, u'/')
        || !digits(s, pos, 4, c.year))
        return std::nullopt;
    if (pos < s.size()) {
        if (!lit(s, pos, u' '))
            return std::nullopt;
        while (lit(s, pos, u' ')) { }
        if (!digits(s, pos, -2, c.hour) || !lit(s, pos, u':') || !digits(s, pos, 2, c.minute))
            return std::nullopt;
        if (lit(s, pos, u':') && !digits(s, pos, 2, c.second))
            return std::nullopt;
        const QString rest = s.mid(pos).trimmed().toUpper();
        if (rest == u"AM" || rest == u"PM") {
            if (c.hour < 1 || c.hour > 12)
                return std::nullopt;
            c.hour = c.hour % 12 + (rest == u"PM" ? 12 : 0);
        } else if (!rest.isEmpty()) {
            return std::nullopt;
        }
    }
    return fromCivil(c);
}

} // namespace

bool isValidDate(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<qint64> fromCivil(const Civil &c)
{
    if (!isValidDate(c.year, c.month, c.day) || c.hour < 0 || c.hour > 23 || c.minute < 0 || c.minute > 59
        || c.second < 0 || c.second > 59 || c.fraction < 0 || c.fraction >= PerSecond)
        return std::nullopt;
    const qint64 days = daysFromCivil(c.year, c.month, c.day);
    return days * PerDay + (qint64(c.hour) * 3600 + c.minute * 60 + c.second) * PerSecond + c.fraction;
}

Civil toCivil(qint64 ticks)
{
    Civil c;
    const qint64 days = ticks / PerDay;
    qint64 rest = ticks % PerDay;
    // civil-from-days (Hinnant), with the same shift as daysFromCivil.
    const qint64 z = days + 306;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2));
    c.hour = int(rest / (3600 * PerSecond));
    rest %= 3600 * PerSecond;
    c.minute = int(rest / (60 * PerSecond));
    rest %= 60 * PerSecond;
    c.second = int(rest / PerSecond);
    c.fraction = rest % PerSecond;
    c.dayOfWeek = int((days + 1) % 7); // 0001-01-01 was a Monday
    return c;
}

QString toDisplayText(qint64 ticks)
{
    const Civil c = toCivil(ticks);
    const int h12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
    return QStringLiteral("%1/%2/%3 %4:%5:%6 %7")
        .arg(c.month)
        .arg(c.day)
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(h12)
        .arg(c.minute, 2, 10, QLatin1Char('0'))
        .arg(c.second, 2, 10, QLatin1Char('0'))
        .arg(c.hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

std::optional<qint64> parse(const QString &text)
{
    const QString s = text.trimmed();
    if (s.size() >= 5 && s.at(4) == u'-')
        return parseIso(s);
    return parseUs(s);
}

qint64 nowTicks()
{
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    return UnixOffset + secs * PerSecond;
}

} // namespace DateTicks
