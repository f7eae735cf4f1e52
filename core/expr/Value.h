#pragma once

#include <QString>
#include <QStringList>

#include <QtGlobal>

// One value of the expression language (expressions.md §4.1): null, text, a list of texts, a boolean, a number, a
// date, or *skip* (the property is left out of the write). A plain value: cheap to copy (Qt's implicit sharing),
// safe to hand between threads.
//
// Numbers keep their literal spelling when they came from the expression text, because a numeric literal behaves as
// its own spelling where text is expected (`Len(42568.75)` is 8, §2.5). Dates are 100-ns ticks since
// 0001-01-01T00:00:00Z, like .NET, so FILETIME conversions round-trip exactly (§6.1).
class Value
{
public:
    enum class Kind : quint8 { Null, String, List, Boolean, Number, Date, Skip };

    Value() = default;
    static Value string(const QString &text);
    // An empty list is null (§4.4).
    static Value list(const QStringList &items);
    static Value boolean(bool on);
    static Value integer(qint64 number, const QString &spelling = {});
    static Value real(double number, const QString &spelling = {});
    static Value date(qint64 ticks);
    static Value skip();

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isList() const { return m_kind == Kind::List; }
    // null, "" or an empty list (IsNullOrEmpty, Coalesce, SelectUniqueValue).
    bool isNullOrEmpty() const { return m_kind == Kind::Null || (m_kind == Kind::String && m_text.isEmpty()); }

    const QString &text() const { return m_text; } // String, and a number's spelling
    const QStringList &items() const { return m_items; }
    bool isTrue() const { return m_bool; }
    bool isIntegral() const { return m_integral; }
    qint64 integerValue() const { return m_int; }
    double realValue() const { return m_integral ? double(m_int) : m_real; }
    qint64 ticks() const { return m_int; }

    // The text form of §4.2 for a single value; null gives a null QString. Callers reject lists first.
    QString toText() const;

    bool operator==(const Value &) const = default;

private:
    QString m_text;
    QStringList m_items;
    qint64 m_int = 0;
    double m_real = 0;
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    bool m_integral = false;
};
