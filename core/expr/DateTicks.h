#pragma once

#include <QString>

#include <optional>

// Calendar arithmetic on 100-ns ticks since 0001-01-01T00:00:00Z (.NET's DateTime.Ticks), UTC only: the language
// holds every date in UTC (expressions.md §6). Hand-rolled rather than QDateTime so that the whole year 1..9999 range
// and FILETIME values convert exactly and evaluation stays allocation-free.
namespace DateTicks {

constexpr qint64 PerSecond = 10'000'000;
constexpr qint64 PerDay = 86'400 * PerSecond;
constexpr qint64 MaxTicks = 3'155'378'975'999'999'999;     // 9999-12-31T23:59:59.9999999
constexpr qint64 FileTimeOffset = 504'911'232'000'000'000; // ticks of 1601-01-01
constexpr qint64 UnixOffset = 621'355'968'000'000'000;     // ticks of 1970-01-01

struct Civil
{
    int year = 1;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 fraction = 0; // 0..9999999 ticks within the second
    int dayOfWeek = 0;   // 0 = Sunday (filled by toCivil)
};

bool isValidDate(int year, int month, int day);
int daysInMonth(int year, int month);
// Ticks of a civil time, or nothing when a field is out of range.
std::optional<qint64> fromCivil(const Civil &civil);
Civil toCivil(qint64 ticks);
// `M/d/yyyy h:mm:ss tt` in the invariant culture, how Microsoft's engine prints dates (§4.2).
QString toDisplayText(qint64 ticks);
// Reads the forms of §6.1; nothing when the text is not one of them.
std::optional<qint64> parse(const QString &text);
qint64 nowTicks();

} // namespace DateTicks
