#include "core/graph/JsonPageScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonPageScanner : public QObject
{
    Q_OBJECT

private:
    static JsonPageScanner::Page scanOk(const QByteArray &body, const QStringList &columns)
    {
        auto result = JsonPageScanner::scan(body, columns);
        if (auto *error = std::get_if<JsonPageScanner::ParseError>(&result))
            qFatal("unexpected error %s at %lld", qPrintable(error->message), qlonglong(error->offset));
        return std::get<JsonPageScanner::Page>(result);
    }

private Q_SLOTS:
    void readsAGraphPage()
    {
        const QByteArray body =
            "{\"@odata.context\":\"x\",\"@odata.count\":5,\n"
            "            \"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/users?$top=3&$skiptoken=RFN%3D%3D\",\n"
            "            \"value\":[{\"id\":\"1\",\"displayName\":\"Ana \\\"A\\\" "
            "Lee\",\"mail\":null,\"businessPhones\":[\"+1 555\"],\n"
            "                      \"accountEnabled\":true,\"extra\":{\"nested\":[1,2,{\"a\":null}]}},\n"
            "                     {\"displayName\":\"\\u5c71\\u7530 \\ud83d\\ude00 \\\\ \\/ \\n\\t\",\"id\":\"2\"},\n"
            "                     {}]}";
        const JsonPageScanner::Page page =
            scanOk(body, {"id", "displayName", "mail", "businessPhones", "accountEnabled", "absent"});
        QCOMPARE(page.count, 5);
        QVERIFY(page.hasValue);
        QCOMPARE(page.nextLink, QStringLiteral("https://graph.microsoft.com/v1.0/users?$top=3&$skiptoken=RFN%3D%3D"));
        QCOMPARE(page.rows.size(), 3);
        const QStringList &first = page.rows.at(0);
        QCOMPARE(first.at(0), QStringLiteral("1"));
        QCOMPARE(first.at(1), QStringLiteral("Ana \"A\" Lee"));
        QVERIFY(first.at(2).isNull());
        QCOMPARE(first.at(3), QStringLiteral("[\"+1 555\"]"));
        QCOMPARE(first.at(4), QStringLiteral("true"));
        QVERIFY(first.at(5).isNull());
        QCOMPARE(page.rows.at(1).at(1), QStringLiteral("山田 😀 \\ / \n\t"));
        QCOMPARE(page.rows.at(1).at(0), QStringLiteral("2"));
        QCOMPARE(page.rows.at(2), QStringList(6));
    }

    void agreesWithQJsonDocumentOnStrings_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("plain") << QByteArray("\"abc\"");
        QTest::newRow("utf8") << QByteArray("\"Zoë Ångström 佐藤\"");
        QTest::newRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"");
        QTest::newRow("bmp escape") << QByteArray("\"\\u00e9\\u4E2D\"");
        QTest::newRow("surrogate pair") << QByteArray("\"x\\ud83d\\ude00y\"");
        QTest::newRow("empty") << QByteArray("\"\"");
    }

    void agreesWithQJsonDocumentOnStrings()
    {
        QFETCH(QByteArray, literal);
        const QByteArray body = "{\"value\":[{\"p\":" + literal + "}]}";
        const QString expected = QJsonDocument::fromJson("[" + literal + "]").array().at(0).toString();
        QCOMPARE(scanOk(body, {QStringLiteral("p")}).rows.at(0).at(0), expected);
    }

    void reportsMalformedJsonWithOffset_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("offset");
        // QJsonDocument is laxer than RFC 8259 on two points (unknown escapes, raw control characters).
        QTest::addColumn<bool>("qtRejectsToo");
        QTest::newRow("truncated") << QByteArray("{\"value\":[{\"id\":\"1\"},{\"id\":\"2\"") << 30 << true;
        QTest::newRow("unterminated string") << QByteArray("{\"value\":[{\"id\":\"1") << 18 << true;
        QTest::newRow("bad escape") << QByteArray("{\"value\":[{\"id\":\"\\q\"}]}") << 18 << false;
        QTest::newRow("escaped NUL byte") << QByteArray("{\"value\":[{\"id\":\"\\\0\"}]}", 23) << 18 << false;
        QTest::newRow("short unicode escape") << QByteArray("{\"value\":[{\"id\":\"\\u12\"}]}") << 18 << true;
        QTest::newRow("control character") << QByteArray("{\"value\":[{\"id\":\"a\x01\"}]}") << 18 << false;
        QTest::newRow("bad literal") << QByteArray("{\"value\":[{\"id\":nul}]}") << 16 << true;
        QTest::newRow("bad number") << QByteArray("{\"value\":[{\"n\":01}]}") << 16 << true;
        QTest::newRow("missing colon") << QByteArray("{\"value\" [ ]}") << 9 << true;
        QTest::newRow("trailing comma") << QByteArray("{\"value\":[{\"id\":\"1\"},]}") << 21 << true;
        QTest::newRow("garbage after") << QByteArray("{\"value\":[]} x") << 13 << true;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 0 << true;
        QTest::newRow("element not an object") << QByteArray("{\"value\":[1]}") << 10 << true;
        QTest::newRow("empty body") << QByteArray() << 0 << true;
        QTest::newRow("deep nesting") << QByteArray("{\"x\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}")
                                      << 262 << true;
    }

    void reportsMalformedJsonWithOffset()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, offset);
        QFETCH(bool, qtRejectsToo);
        auto result = JsonPageScanner::scan(body, {QStringLiteral("id")});
        const auto *error = std::get_if<JsonPageScanner::ParseError>(&result);
        QVERIFY2(error, "malformed JSON must be an error");
        QVERIFY(!error->message.isEmpty());
        QCOMPARE(error->offset, offset);
        if (!qtRejectsToo)
            return;
        // QJsonDocument agrees that it is malformed.
        QJsonParseError qtError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &qtError);
        QVERIFY(qtError.error != QJsonParseError::NoError || !document.isObject()
                || !document.object().value(QStringLiteral("value")).toArray().at(0).isObject());
    }

    void pageWithoutValueIsNotAnError()
    {
        const JsonPageScanner::Page page = scanOk("{\"@odata.context\":\"x\",\"values\":[]}", {QStringLiteral("id")});
        QVERIFY(!page.hasValue);
        QCOMPARE(page.count, -1);
        QVERIFY(page.nextLink.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonPageScanner)
#include "TestJsonPageScanner.moc"
