#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One parsed request as the route handlers see it: a plain value, independent of QtHttpServer so handlers can be
// exercised without a socket.
struct GraphSimRequest
{
    QString method;                               // upper case, e.g. "GET"
    QString path;                                 // percent-decoded path without the query
    QString rawQuery;                             // the query exactly as sent (still encoded)
    QByteArray body;                              // request body (token form posts, PATCH payloads)
    QList<QPair<QString, QString>> params;        // decoded query parameters, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QStringList captures;                         // regex captures of the matched route
    QString linkBase;                             // scheme://host:port used for absolute links
    QString requestId;
    QString clientRequestId;      // echoed; equals requestId when the client sent none
    QString date;                 // innerError.date, "yyyy-MM-ddTHH:mm:ss" UTC
    bool foreignNextLink = false; // ForeignNextLink fault: the page's nextLink points at a foreign host, always

    // Decodes an application/x-www-form-urlencoded style query ('+' is a space, %XX escapes), which is how OData
    // clients send `$filter=accountEnabled+eq+true` or `%24top=5`.
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &encoded);

    bool hasParam(const QString &name) const;
    QString param(const QString &name) const;
    QByteArray header(const QByteArray &lowerCaseName) const;
};
