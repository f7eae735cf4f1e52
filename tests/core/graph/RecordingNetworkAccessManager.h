#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

// A real QNAM that remembers every request it was asked to send, before any DNS lookup or connection: a test sees
// exactly which URLs and headers left the client (and that nothing went to a host it must not reach).
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingNetworkAccessManager)

public:
    explicit RecordingNetworkAccessManager(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    { }

    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};
