// MappingValidator: what blocks saving a mapping, and what only warns.
#include "core/expr/UserAttributes.h"
#include "core/mapping/BuiltInMappings.h"
#include "core/mapping/MappingValidator.h"

#include <QTest>

class TestMappingValidator : public QObject
{
    Q_OBJECT

private slots:
    void validates_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("defaultValue"); // "-" = none
        QTest::addColumn<int>("apply");
        QTest::addColumn<QString>("expected"); // "ok", "warning:<fragment>" or "error:<fragment>[@offset]"
        const int D = int(Mapping::Type::Direct), C = int(Mapping::Type::Constant), E = int(Mapping::Type::Expression);
        const int always = int(Mapping::Apply::Always), create = int(Mapping::Apply::CreateOnly);

        QTest::newRow("direct ok") << "department" << D << "department"
                                   << "-" << always << "ok";
        QTest::newRow("expression ok") << "mailNickname" << E << "ToLower([username])"
                                       << "-" << always << "ok";
        QTest::newRow("constant ok") << "usageLocation" << C << "DE"
                                     << "-" << always << "ok";
        QTest::newRow("unknown property") << "usagelocation" << C << "DE"
                                          << "-" << always << "error:did you mean usageLocation";
        QTest::newRow("nonsense property") << "shoeSize" << C << "42"
                                           << "-" << always << "error:not a Graph user property";
        QTest::newRow("read-only property") << "proxyAddresses" << D << "email"
                                            << "-" << always << "error:read-only";
        QTest::newRow("locked property") << "givenName" << D << "username"
                                         << "-" << always << "error:always exported";
        QTest::newRow("direct without attribute") << "city" << D << " "
                                                  << "-" << always << "error:Choose the directory attribute";
        QTest::newRow("unknown attribute warns") << "city" << D << "town"
                                                 << "-" << always << "warning:no attribute [town]";
        QTest::newRow("attribute case warns") << "city" << E << "Join(\"\", [Department])"
                                              << "-" << always << "warning:did you mean [department]";
        QTest::newRow("parse error offset") << "city" << E << "Join(\"a\", [b]"
                                            << "-" << always << "error:missing )@13";
        QTest::newRow("unknown function") << "city" << E << "Joinn([a])"
                                          << "-" << always << "error:did you mean 'Join'@0";
        QTest::newRow("SelectUniqueValue always") << "mailNickname" << E << "SelectUniqueValue([username], [email])"
                                                  << "-" << always << "error:Only during object creation";
        QTest::newRow("SelectUniqueValue on create") << "mailNickname" << E << "SelectUniqueValue([username], [email])"
                                                     << "-" << create << "ok";
        QTest::newRow("constant too long") << "usageLocation" << C << "DEU"
                                           << "-" << always << "error:at most 2 characters";
        QTest::newRow("constant boolean") << "accountEnabled" << C << "yes"
                                          << "-" << always << "error:True or False";
        QTest::newRow("constant boolean ok") << "accountEnabled" << C << "TRUE"
                                             << "-" << always << "ok";
        QTest::newRow("constant date") << "employeeHireDate" << C << "someday"
                                       << "-" << always << "error:takes a date";
        QTest::newRow("default too long")
            << "postalCode" << D << "addresses.work.postalCode" << QString(41, u'9') << always << "error:Default value";
        QTest::newRow("default fits") << "postalCode" << D << "addresses.work.postalCode"
                                      << "00000" << always << "ok";
    }

    void validates()
    {
        QFETCH(QString, property);
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(QString, defaultValue);
        QFETCH(int, apply);
        QFETCH(QString, expected);
        Mapping m;
        m.integrationId = QStringLiteral("i");
        m.targetProperty = property;
        m.type = Mapping::Type(type);
        m.source = source;
        if (defaultValue != u"-")
            m.defaultValue = defaultValue;
        m.apply = Mapping::Apply(apply);
        const QList<MappingIssue> issues = MappingValidator(UserAttributes::standardNames()).validate(m);
        if (expected == u"ok") {
            QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        const bool warning = expected.startsWith(u"warning:");
        QString fragment = expected.section(u':', 1);
        int offset = -1;
        if (fragment.contains(u'@')) {
            offset = fragment.section(u'@', 1).toInt();
            fragment = fragment.section(u'@', 0, 0);
        }
        QCOMPARE(MappingValidator::hasErrors(issues), !warning);
        QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
        QCOMPARE(issues.first().property, property);
        if (offset >= 0)
            QCOMPARE(issues.first().offset, offset);
    }

    void onePerProperty()
    {
        Mapping a;
        a.id = QStringLiteral("a");
        a.integrationId = QStringLiteral("i");
        a.targetProperty = QStringLiteral("city");
        a.source = QStringLiteral("location");
        Mapping b = a;
        b.id = QStringLiteral("b");
        const MappingValidator validator(UserAttributes::standardNames());
        QVERIFY(MappingValidator::hasErrors(validator.validate(b, {a})));
        QVERIFY(!MappingValidator::hasErrors(validator.validate(a, {a}))); // editing itself is fine
    }

    void builtInsAreValid()
    {
        const MappingValidator validator(UserAttributes::standardNames());
        for (const Mapping &m :
             BuiltInMappings::locked(QStringLiteral("i")) + BuiltInMappings::optional(QStringLiteral("i")))
            QVERIFY2(validator.validate(m).isEmpty(), qPrintable(m.targetProperty));
    }
};

QTEST_GUILESS_MAIN(TestMappingValidator)
#include "TestMappingValidator.moc"
