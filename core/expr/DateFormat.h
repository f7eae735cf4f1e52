#pragma once

#include <QString>

#include <optional>

// .NET custom date and time format strings in the invariant culture (expressions.md §6.2), for FormatDateTime.
namespace DateFormat {

// How the parsed text stated its zone: `K` writes it back the same way.
enum class Zone { Unspecified, Utc, Offset };

struct Parsed
{
    qint64 ticks = 0; // UTC
    Zone zone = Zone::Unspecified;
};

// Reads text with format; nothing when it does not match or names an impossible date. allowWhite: leading and
// trailing white space is ignored (the default DateTimeStyles).
std::optional<Parsed> parse(const QString &text, const QString &format, bool allowWhite);
// Writes ticks with format; nothing when the format is an unsupported standard (one-letter) format.
std::optional<QString> format(qint64 ticks, const QString &format, Zone zone);

} // namespace DateFormat
