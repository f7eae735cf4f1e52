#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// One pass over a Graph collection page ({"@odata.count": n, "@odata.nextLink": "…", "value": [{…}, …]}) that
// keeps only what a flat listing needs: for every object in `value`, the values of the requested properties as
// strings, in the order asked for. It validates the whole document as strictly as QJsonDocument does (RFC 8259
// grammar, escapes, nesting), so a malformed page is still an error with its byte offset — but it builds no
// QJsonObject per user: for 100,000 users that tree and its lookups were two thirds of import-preview's CPU.
//
// A null or absent property is a null QString; a string is decoded (escapes, \u surrogate pairs); any other value
// (number, boolean, array, object) is given as its JSON text, e.g. ["+1 555"].
class JsonPageScanner final
{
public:
    struct Page
    {
        QList<QStringList> rows;
        QString nextLink;
        qint64 count = -1; // @odata.count, -1 when absent
        bool hasValue = false;
    };

    struct ParseError
    {
        QString message;
        qsizetype offset = 0;
    };

    // columns: property names (case-sensitive, as Graph writes them).
    static std::variant<Page, ParseError> scan(const QByteArray &body, const QStringList &columns);
};
