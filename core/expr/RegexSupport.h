#pragma once

#include <QRegularExpression>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

// .NET regular expressions on top of PCRE2 (expressions.md §7): the options that make \d \w \s Unicode-aware, a bound
// on the work per match, clear errors for .NET-only constructs, and .NET's replacement syntax.
namespace RegexSupport {

// The compiled pattern, or a message saying why it cannot be used.
std::variant<QString, std::shared_ptr<const QRegularExpression>> compile(const QString &pattern);
// A group name, or a group number written as text ("1").
bool hasGroup(const QRegularExpression &regex, const QString &group);
// Regex.Replace(input, pattern, replacement) with .NET substitutions ($1, ${name}, $$, $&, $`, $', $+, $_).
QString replace(const QRegularExpression &regex, const QString &input, const QString &replacement);
// Every match's span of `group` replaced by `literal` (Replace form D).
QString replaceGroup(const QRegularExpression &regex, const QString &input, const QString &group,
                     const QString &literal);
// The named group of the first match, or nothing when the pattern does not match (Replace form E).
std::optional<QString> firstGroup(const QRegularExpression &regex, const QString &input, const QString &group);

} // namespace RegexSupport
