#include "core/graph/GraphError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("GraphError", text, nullptr, n);
}

// scheme://host:port — the "where" of a connection-level failure.
QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

QString where(const GraphError &e)
{
    const QString request = QStringLiteral("%1 %2").arg(e.method, e.url.toDisplayString(QUrl::RemoveQuery));
    if (e.page > 0) {
        return tr("page %1 of %2").arg(e.page).arg(request);
    }
    return request;
}

QString statusAndCode(const GraphError &e)
{
    return e.code.isEmpty() ? QStringLiteral("HTTP %1").arg(e.httpStatus)
                            : QStringLiteral("HTTP %1 %2").arg(e.httpStatus).arg(e.code);
}

QString withMessage(const GraphError &e)
{
    if (e.message.isEmpty()) {
        return QString();
    }
    QString m = e.message.trimmed();
    if (!m.endsWith(QLatin1Char('.'))) {
        m += QLatin1Char('.');
    }
    return QStringLiteral(": ") + m;
}

QString networkLine(const GraphError &e)
{
    const QString host = origin(e.url);
    switch (e.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not connect to %1: the connection was refused — check the Graph URL (--graph-url) and "
                  "that the service is reachable.")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the host of %1 — check the Graph URL and the DNS or proxy settings.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The connection to %1 was dropped while reading %2 (gave up after %n attempt(s)) — check the "
                  "network or proxy, then try again.",
                  e.attempts)
            .arg(host, where(e));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed (%2) — check the system clock and any TLS-inspecting proxy.")
            .arg(host, e.message);
    default:
        return tr("%1 failed: %2 (gave up after %n attempt(s)) — check the network and try again.", e.attempts)
            .arg(where(e), e.message);
    }
}

QString httpLine(const GraphError &e)
{
    switch (e.httpStatus) {
    case 401:
        return tr("The access token was rejected by Microsoft Graph (%1) for %2%3 — sign in again or pass a fresh "
                  "token with --access-token-file.")
            .arg(statusAndCode(e), where(e), withMessage(e));
    case 403:
        return tr("Microsoft Graph refused the request (%1) for %2%3 — sign in with an account that has "
                  "User.Read.All (or the permission this action needs) and admin consent.")
            .arg(statusAndCode(e), where(e), withMessage(e));
    case 429:
        return tr("Microsoft Graph kept throttling %2 (%1) after %n attempt(s) — wait a few minutes, then try "
                  "again.",
                  e.attempts)
            .arg(statusAndCode(e), where(e));
    case 503:
    case 504:
        return tr("Microsoft Graph was unavailable for %2 (%1) after %n attempt(s) — try again later.", e.attempts)
            .arg(statusAndCode(e), where(e));
    case 404:
        return tr("Microsoft Graph did not find %2 (%1)%3 — it may have been deleted, or was created seconds ago.")
            .arg(statusAndCode(e), where(e), withMessage(e));
    default:
        if (e.httpStatus >= 300 && e.httpStatus < 400) {
            return tr("Microsoft Graph redirected %2 (%1); clouddir does not follow redirects with a token — check "
                      "the Graph URL.")
                .arg(statusAndCode(e), where(e));
        }
        return tr("Microsoft Graph refused %2 (%1)%3").arg(statusAndCode(e), where(e), withMessage(e));
    }
}

QString protocolLine(const GraphError &e)
{
    if (e.code == QLatin1String(GraphError::InvalidJsonCode)) {
        return tr("Microsoft Graph sent invalid JSON on %1: %2 — try again; report it with the request-id if it "
                  "persists.")
            .arg(where(e), e.message);
    }
    if (e.code == QLatin1String(GraphError::MissingValueCode)) {
        return tr("Microsoft Graph sent %1 without a \"value\" array — try again; report it with the request-id if "
                  "it persists.")
            .arg(where(e));
    }
    if (e.code == QLatin1String(GraphError::ForeignNextLinkCode)) {
        return tr("Stopped paging: %1 points @odata.nextLink at %2, which is not the Graph host %3 — the access "
                  "token was not sent; check the Graph URL and any proxy rewriting responses.")
            .arg(where(e), e.refusedUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), origin(e.url));
    }
    return tr("Microsoft Graph sent an unexpected answer for %1: %2").arg(where(e), e.message);
}

} // namespace

bool GraphError::hasDetail(const QString &detailCode, const QString &target) const
{
    for (const GraphErrorDetail &d : details) {
        if (d.code == detailCode && (target.isEmpty() || d.target == target)) {
            return true;
        }
    }
    return false;
}

QString GraphError::toString() const
{
    QString line;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        line = networkLine(*this);
        break;
    case Kind::Timeout:
        line = tr("Microsoft Graph sent no data in time for %1 (gave up after %n attempt(s)) — check the network, "
                  "then try again.",
                  attempts)
                   .arg(where(*this));
        break;
    case Kind::Cancelled:
        line = tr("%1 was cancelled.").arg(where(*this));
        break;
    case Kind::Http:
        line = httpLine(*this);
        break;
    case Kind::Protocol:
        line = protocolLine(*this);
        break;
    }
    if (!requestId.isEmpty()) {
        line += QLatin1Char(' ') + tr("(request-id %1)").arg(requestId);
    }
    return line;
}

GraphError GraphError::fromHttpResponse(int httpStatus, const QByteArray &body)
{
    GraphError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    if (body.isEmpty()) {
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || error.isEmpty()) {
        // A gateway or proxy page, not Graph: keep a short, single-line excerpt for support.
        e.message = QString::fromUtf8(body.left(200)).simplified();
        return e;
    }
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : details) {
        const QJsonObject o = d.toObject();
        e.details.append({o.value(QLatin1String("code")).toString(), o.value(QLatin1String("target")).toString()});
    }
    const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    e.requestId = inner.value(QLatin1String("request-id")).toString();
    e.clientRequestId = inner.value(QLatin1String("client-request-id")).toString();
    e.date = inner.value(QLatin1String("date")).toString();
    return e;
}
