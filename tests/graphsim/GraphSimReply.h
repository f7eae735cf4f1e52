#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One answer before it goes on the wire. Handlers build these; the server adds the common headers
// (request-id, client-request-id, Date, Content-Length) when writing.
struct GraphSimReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // DropConnection fault: >= 0 writes the headers (announcing the full Content-Length) plus this many body bytes,
    // then aborts the socket, so the client sees the connection die mid-page.
    qint64 dropAfterBytes = -1;
    // ReplyLostAfterCommit fault: the answer was computed (the write applied) but the socket is aborted before any
    // byte of it is written.
    bool abortWithoutReply = false;
    // Extra latency before the answer is written (injected fault delays, also those of inner $batch requests).
    int delayMs = 0;

    static GraphSimReply json(int status, const QByteArray &body);
    static GraphSimReply text(int status, const QByteArray &body);
    void setHeader(const QByteArray &name, const QByteArray &value);
};
