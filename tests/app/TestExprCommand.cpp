#include "tests/app/ClouddirRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `clouddir expr` binary as a script would (expressions.md §8.1).
class TestExprCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = ClouddirRun;

    Run run(const QStringList &arguments)
    {
        return runClouddir(QStringList {QStringLiteral("expr")} + arguments, 30000);
    }

    QString writeAttributes(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("attrs-%1.json").arg(QTest::currentDataTag()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(json);
        return path;
    }

private slots:
    void json_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QByteArray>("attributes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected"); // the exact stdout line

        const QStringList none;
        QTest::newRow("string") << "Join(\" \", [firstname], [lastname])"
                                << QByteArray("{\"firstname\":\"John\",\"lastname\":\"Doe\"}") << none << 0
                                << QByteArray("{\"value\":\"John Doe\"}");
        QTest::newRow("list") << "Split([e], \",\")" << QByteArray("{\"e\":\"a, b\"}") << none << 0
                              << QByteArray("{\"value\":[\"a\",\"b\"]}");
        QTest::newRow("array attribute") << "Item([p], 2)" << QByteArray("{\"p\":[\"x\",\"y\"],\"q\":null}") << none
                                         << 0 << QByteArray("{\"value\":\"y\"}");
        QTest::newRow("boolean") << "IsNull([x])" << QByteArray("{}") << none << 0 << QByteArray("{\"value\":true}");
        QTest::newRow("number") << "BitAnd(&HF, &HF7)" << QByteArray() << none << 0 << QByteArray("{\"value\":7}");
        QTest::newRow("null") << "[missing]" << QByteArray() << none << 0 << QByteArray("{\"value\":null}");
        QTest::newRow("skip") << "IgnoreFlowIfNullOrEmpty([d])" << QByteArray() << none << 0
                              << QByteArray("{\"value\":null}");
        QTest::newRow("date") << "Now()" << QByteArray()
                              << QStringList {QStringLiteral("--now"), QStringLiteral("2021-08-25T17:41:18Z")} << 0
                              << QByteArray("{\"value\":\"8/25/2021 5:41:18 PM\"}");
        QTest::newRow("redacted") << "Redact(\"pw\")" << QByteArray() << none << 0 << QByteArray("{\"value\":\"pw\"}");
        QTest::newRow("default domain") << "Join(\"@\", \"a\", DefaultDomain())" << QByteArray()
                                        << QStringList {QStringLiteral("--default-domain"),
                                                        QStringLiteral("contoso.com")}
                                        << 0 << QByteArray("{\"value\":\"a@contoso.com\"}");
        QTest::newRow("existing") << "SelectUniqueValue(\"a\", \"b\")" << QByteArray()
                                  << QStringList {QStringLiteral("--existing"), QStringLiteral("A")} << 0
                                  << QByteArray("{\"value\":\"b\"}");
        QTest::newRow("unknown function")
            << "Joinn(\"a\")" << QByteArray() << none << 1
            << QByteArray("{\"error\":{"
                          "\"message\":\"Unknown function 'Joinn' at offset 0 \xe2\x80\x94 "
                          "did you mean 'Join'?\",\"offset\":0}}");
        QTest::newRow("run-time error") << "Mid([a], 0, 1)" << QByteArray("{\"a\":\"x\"}") << none << 1
                                        << QByteArray("{\"error\":{\"message\":"
                                                      "\"Mid: start must be 1 or more, got 0\",\"offset\":0}}");
        QTest::newRow("empty expression")
            << "" << QByteArray() << none << 1
            << QByteArray("{\"error\":{\"message\":\"the expression is empty: write a value such as "
                          "[firstname] or \\\"text\\\"\",\"offset\":0}}");
        QTest::newRow("leading dash after --")
            << "-5" << QByteArray() << QStringList {QStringLiteral("--")} << 0 << QByteArray("{\"value\":-5}");
    }

    void json()
    {
        QFETCH(QString, expression);
        QFETCH(QByteArray, attributes);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QStringList arguments {QStringLiteral("--json")};
        if (!attributes.isEmpty())
            arguments << QStringLiteral("--attrs") << writeAttributes(attributes);
        arguments << extra << expression;
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.out.toUtf8(), expected + '\n');
        // Exactly one JSON object on stdout.
        QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).isObject());
    }

    void humanOutput()
    {
        Run ok = run({QStringLiteral("ToUpper(\"abc\")")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QStringLiteral("ABC\n"));
        Run bad = run({QStringLiteral("Join(\"a\", [b]")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("missing ) to close Join( opened at 0")));
        QVERIFY2(bad.err.contains(QStringLiteral("\n               ^")), qPrintable(bad.err)); // caret under offset 13
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no expression") << QStringList {QStringLiteral("--json")};
        QTest::newRow("missing file") << QStringList {QStringLiteral("--attrs"), QStringLiteral("/nonexistent/a.json"),
                                                      QStringLiteral("[a]")};
        QTest::newRow("bad --now") << QStringList {QStringLiteral("--now"), QStringLiteral("soon"),
                                                   QStringLiteral("Now()")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }

    void rejectsBadAttributeFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("nested object") << QByteArray("{\"a\":{\"b\":1}}");
        QTest::newRow("list of numbers") << QByteArray("{\"a\":[1]}");
    }

    void rejectsBadAttributeFiles()
    {
        QFETCH(QByteArray, content);
        const Run result =
            run({QStringLiteral("--json"), QStringLiteral("--attrs"), writeAttributes(content), QStringLiteral("[a]")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExprCommand)
#include "TestExprCommand.moc"
