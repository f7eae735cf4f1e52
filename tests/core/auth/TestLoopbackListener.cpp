// The loopback redirect listener over real sockets: 127.0.0.1 only, junk ignored, the first valid answer wins, state
// checked, error redirects reported, the browser always gets a page.
#include "core/auth/LoopbackListener.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    int get(const QUrl &url, QByteArray *page = nullptr)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        if (page)
            *page = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    QUrl at(const LoopbackListener &l, const QString &pathAndQuery)
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(l.redirectUri().port()).arg(pathAndQuery));
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void listensOnLoopbackOnlyWithLocalhostRedirect()
    {
        LoopbackListener listener(QStringLiteral("s1"));
        QVERIFY(listener.listen());
        QCOMPARE(listener.redirectUri().host(), QStringLiteral("localhost"));
        QCOMPARE(listener.redirectUri().path(), QStringLiteral("/"));
        QVERIFY(listener.redirectUri().port() > 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(listener.redirectUri().port()));
        QVERIFY(socket.waitForConnected(5000));
        // Every other address of this machine is refused: the code never reaches the network.
        const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            QTcpSocket outside;
            outside.connectToHost(address, quint16(listener.redirectUri().port()));
            QVERIFY2(!outside.waitForConnected(2000), qPrintable(address.toString()));
        }
    }

    void answersOnIpv6LoopbackToo()
    {
        // Browsers may resolve "localhost" to ::1 first; the same port answers there (where the machine has IPv6).
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no IPv6 loopback");
        probe.close();
        LoopbackListener listener(QStringLiteral("s6"));
        QVERIFY(listener.listen());
        QSignalSpy code(&listener, &LoopbackListener::codeReceived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHostIPv6, quint16(listener.redirectUri().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /?code=c6&state=s6 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(code.wait(5000));
        QCOMPARE(code.at(0).at(0).value<Secret>().reveal(), QByteArrayLiteral("c6"));
    }

    void junkIsIgnoredThenCodeWins()
    {
        LoopbackListener listener(QStringLiteral("state-123"));
        QVERIFY(listener.listen());
        QSignalSpy code(&listener, &LoopbackListener::codeReceived);
        QSignalSpy failed(&listener, &LoopbackListener::failed);

        QTcpSocket junk;
        junk.connectToHost(QHostAddress::LocalHost, quint16(listener.redirectUri().port()));
        QVERIFY(junk.waitForConnected(5000));
        junk.write("\x16\x03\x01 not http at all\r\n\r\n");
        QTRY_COMPARE(junk.state(), QAbstractSocket::UnconnectedState);
        QTcpSocket silent; // connects and never sends: must not block the real answer
        silent.connectToHost(QHostAddress::LocalHost, quint16(listener.redirectUri().port()));
        QVERIFY(silent.waitForConnected(5000));
        QCOMPARE(get(at(listener, QStringLiteral("/favicon.ico"))), 404);
        QCOMPARE(get(at(listener, QStringLiteral("/?foo=bar"))), 404);
        QCOMPARE(code.count(), 0);

        QByteArray page;
        QCOMPARE(get(at(listener, QStringLiteral("/?code=the%2Bcode&state=state-123")), &page), 200);
        QTRY_COMPARE(code.count(), 1);
        QCOMPARE(code.at(0).at(0).value<Secret>().reveal(), QByteArrayLiteral("the+code"));
        QVERIFY(page.contains("You can close this tab"));
        QVERIFY(!page.contains("the+code"));
        QCOMPARE(failed.count(), 0);
        // First valid request wins: the listener is closed now.
        QCOMPARE(get(at(listener, QStringLiteral("/?code=x&state=state-123"))), 0);
        QCOMPARE(code.count(), 1);
    }

    void stateIsChecked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("wrong state") << QStringLiteral("/?code=c&state=evil");
        QTest::newRow("missing state") << QStringLiteral("/?code=c");
        QTest::newRow("error with wrong state") << QStringLiteral("/?error=access_denied&state=evil");
    }
    void stateIsChecked()
    {
        QFETCH(QString, query);
        LoopbackListener listener(QStringLiteral("good"));
        QVERIFY(listener.listen());
        QSignalSpy code(&listener, &LoopbackListener::codeReceived);
        QSignalSpy failed(&listener, &LoopbackListener::failed);
        QByteArray page;
        QCOMPARE(get(at(listener, query), &page), 400);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<OAuthError>().kind, OAuthError::Kind::StateMismatch);
        QCOMPARE(code.count(), 0);
        QVERIFY(page.contains("Sign-in failed"));
    }

    void errorRedirectIsReported()
    {
        LoopbackListener listener(QStringLiteral("good"));
        QVERIFY(listener.listen());
        QSignalSpy failed(&listener, &LoopbackListener::failed);
        QByteArray page;
        QCOMPARE(get(at(listener,
                        QStringLiteral("/?error=access_denied&error_description=AADSTS65004%3A+declined&state=good")),
                     &page),
                 400);
        QTRY_COMPARE(failed.count(), 1);
        const OAuthError e = failed.at(0).at(0).value<OAuthError>();
        QCOMPARE(e.kind, OAuthError::Kind::ConsentRequired);
        QCOMPARE(e.code, 65004);
        QVERIFY(page.contains("Global Administrator"));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "TestLoopbackListener.moc"
