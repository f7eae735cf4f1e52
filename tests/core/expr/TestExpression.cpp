#include "ExprTestSupport.h"

#include "core/expr/UserAttributes.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

// The public face of core/expr: compile once, evaluate many times (also from several threads), warnings for the
// editor, and a directory User read through the names of cloud-directories.md §2.1.
class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void warnsAboutUnknownAttributes()
    {
        auto compiled = Expression::compile(QStringLiteral("Join(\" \", [firstname], [LastName], [nickname])"));
        const Expression &e = std::get<Expression>(compiled);
        QCOMPARE(e.attributeNames(),
                 (QStringList {QStringLiteral("firstname"), QStringLiteral("LastName"), QStringLiteral("nickname")}));
        const QList<ExprWarning> warnings = e.warnings(UserAttributes::standardNames());
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings[0].offset, 23);
        QVERIFY2(warnings[0].message.contains(QStringLiteral("did you mean [lastname]")),
                 qPrintable(warnings[0].message));
        QCOMPARE(warnings[1].offset, 35);
        QVERIFY(warnings[1].message.contains(QStringLiteral("evaluates to null")));
        // ...and evaluation gives null for them.
        QCOMPARE(render(QStringLiteral("[nickname]")), QStringLiteral("null"));
    }

    void warnsAboutPortability_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("count");
        QTest::newRow("empty comparison") << "IIF([country]=\"\",\"Other\",[country])" << 1;
        QTest::newRow("IsNullOrEmpty condition") << "IIF(IsNullOrEmpty([country]),\"Other\",[country])" << 1;
        QTest::newRow("plain comparison") << "IIF([country]=\"USA\",\"a\",\"b\")" << 0;
        QTest::newRow("Switch over IsPresent") << "Switch(IsPresent([jobTitle]), \"D\", \"True\", [jobTitle])" << 1;
        QTest::newRow("portable Switch") << "Switch([country],[country],\"\",\"Other\")" << 0;
    }

    void warnsAboutPortability()
    {
        QFETCH(QString, expression);
        QFETCH(int, count);
        auto compiled = Expression::compile(expression);
        const QList<ExprWarning> warnings =
            std::get<Expression>(compiled).warnings({QStringLiteral("country"), QStringLiteral("jobTitle")});
        QCOMPARE(warnings.size(), count);
    }

    void findsCalls()
    {
        auto compiled = Expression::compile(QStringLiteral("SelectUniqueValue(ToLower([a]), [b])"));
        QVERIFY(std::get<Expression>(compiled).calls(QStringLiteral("selectuniquevalue")));
        QVERIFY(std::get<Expression>(compiled).calls(QStringLiteral("ToLower")));
        QVERIFY(!std::get<Expression>(compiled).calls(QStringLiteral("Join")));
    }

    void readsDirectoryUsers_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("firstname") << "[firstname]"
                                   << "Zoë";
        QTest::newRow("display name") << "Join(\" \", [firstname], [lastname])"
                                      << "Zoë Müller";
        QTest::newRow("locality") << "[addresses.work.locality]"
                                  << "Zürich";
        QTest::newRow("mobile") << "[phoneNumbers.mobile.number]"
                                << "+41 79 000 00 00";
        QTest::newRow("work phone empty is null") << "IsNull([phoneNumbers.work.number])"
                                                  << "True";
        QTest::newRow("state") << "[state]"
                               << "suspended";
        QTest::newRow("custom string") << "[employeeId]"
                                       << "E-17";
        QTest::newRow("custom list") << "Join(\";\", [otherMails])"
                                     << "a@x;b@x";
        QTest::newRow("manager id") << "[manager]"
                                    << "m-1";
        QTest::newRow("case-sensitive names") << "IsNull([FirstName])"
                                              << "True";
    }

    void readsDirectoryUsers()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        User user;
        user.username = QStringLiteral("zoe");
        user.firstname = QStringLiteral("Zoë");
        user.lastname = QStringLiteral("Müller");
        user.workLocality = QStringLiteral("Zürich");
        user.mobilePhone = QStringLiteral("+41 79 000 00 00");
        user.managerId = QStringLiteral("m-1");
        user.state = UserState::Suspended;
        user.attributes.insert(QStringLiteral("employeeId"), QStringLiteral("E-17"));
        user.attributes.insert(QStringLiteral("otherMails"),
                               QStringList {QStringLiteral("a@x"), QStringLiteral("b@x")});
        auto compiled = Expression::compile(expression);
        const Evaluation result = std::get<Expression>(compiled).evaluate(UserAttributes(user));
        QVERIFY(result.ok());
        QCOMPARE(result.value.toText(), expected);
    }

    void catalogListsCustomAttributes()
    {
        User a;
        a.attributes.insert(QStringLiteral("employeeId"), QStringLiteral("1"));
        const QStringList names = UserAttributes::catalog({a});
        QVERIFY(names.contains(QStringLiteral("addresses.work.postalCode")));
        QVERIFY(names.contains(QStringLiteral("employeeId")));
    }

    void evaluatesFromManyThreads()
    {
        auto compiled =
            Expression::compile(QStringLiteral("Join(\"|\", ToLower(NormalizeDiacritics([n])), Replace([n], , "
                                               "\"(?<first>\\\\w)\\\\w*\", , \"${first}\", , "
                                               "), Switch([n], \"other\", \"Zoë\", \"zoe\"))"));
        const Expression e = std::get<Expression>(compiled); // copies share the tree
        QList<int> inputs(2000);
        std::iota(inputs.begin(), inputs.end(), 0);
        const QList<QString> results = QtConcurrent::blockingMapped(inputs, [e](int i) {
            MapAttributeSource source;
            source.insert(QStringLiteral("n"), Value::string(i % 2 ? QStringLiteral("Zoë") : QStringLiteral("Ana")));
            return e.evaluate(source).value.toText();
        });
        for (int i = 0; i < results.size(); ++i)
            QCOMPARE(results[i], i % 2 ? QStringLiteral("zoe|Z|zoe") : QStringLiteral("ana|A|other"));
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "TestExpression.moc"
