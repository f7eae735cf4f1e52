#pragma once

#include "tests/graphsim/GraphSim.h"

#include "core/auth/OAuthSettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

// The scripted browser of the sign-in tests (STYLE §9): a second, independent QNAM GETs the authorize URL and follows
// the identity platform's 302 into the loopback listener, as a real browser would. Returns the final HTTP status
// (the listener's page) or -1 when nothing answered.
inline int playBrowser(const QUrl &url, QByteArray *page = nullptr)
{
    QNetworkAccessManager browser;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return -1;
    if (page)
        *page = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 0 ? -1 : status;
}

// Sign-in settings pointing the real code at graphsim for both the authority and Graph.
inline OAuthSettings simSettings(const GraphSim &sim, const QString &clientId = QStringLiteral("app-under-test"))
{
    OAuthSettings settings;
    settings.clientId = clientId;
    settings.loginUrl = sim.baseUrl();
    settings.graphUrl = sim.baseUrl();
    return settings;
}
