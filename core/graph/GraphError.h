#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>

// One entry of Graph's error.details[]: e.g. {code: "ObjectConflict", target: "userPrincipalName"}.
struct GraphErrorDetail
{
    QString code;
    QString target;

    bool operator==(const GraphErrorDetail &) const = default;
};

// What went wrong with one Graph operation, with Graph's identity of the failed request so support can trace it.
// A plain value: copy it, compare it, keep it in an outbox row. Code branches on kind, httpStatus, code and
// details (graph.md trap 18) — never on message, which is Graph's English text for people.
struct GraphError
{
    enum class Kind {
        None,      // no error
        Network,   // no usable HTTP answer: refused, host not found, connection dropped, TLS ...
        Timeout,   // no data within the transfer timeout
        Cancelled, // kill() with KillMode::EmitFinished
        Http,      // Graph answered with a non-success status
        Protocol,  // Graph answered 2xx but the payload is unusable (bad JSON, no value, foreign nextLink ...)
    };

    // Codes clouddir itself puts into `code` for Protocol errors, so callers can branch on them too.
    static constexpr const char *InvalidJsonCode = "clouddir.InvalidJson";
    static constexpr const char *MissingValueCode = "clouddir.MissingValue";
    static constexpr const char *ForeignNextLinkCode = "clouddir.ForeignNextLink";
    static constexpr const char *UnexpectedBodyCode = "clouddir.UnexpectedBody";

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // error.code, or a clouddir.* code above
    QString message; // error.message (Graph's English), or the technical detail (JSON parse error + offset ...)
    QList<GraphErrorDetail> details;
    QString requestId;                    // response header request-id, else innerError.request-id
    QString clientRequestId;              // the uuid we sent
    QString date;                         // innerError.date (UTC, as Graph wrote it)
    std::chrono::seconds retryAfter {-1}; // Retry-After of the last answer; -1 = none
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    // Where it happened, for toString(): method, URL without its query, page (1-based; 0 = not paged), how many
    // attempts were made, and for Protocol errors the foreign URL that was refused.
    QString method;
    QUrl url;
    int page = 0;
    int attempts = 0;
    QUrl refusedUrl;

    bool isError() const { return kind != Kind::None; }
    bool hasDetail(const QString &detailCode, const QString &target = QString()) const;

    // One line for a person: what happened, where, Graph's request-id, and what to do. Translated ("GraphError").
    QString toString() const;

    // Parses Graph's error body {"error":{code,message,details,innerError{date,request-id,client-request-id}}}.
    // A missing or non-JSON body still gives a usable Http error (status only).
    static GraphError fromHttpResponse(int httpStatus, const QByteArray &body);

    bool operator==(const GraphError &) const = default;
};
