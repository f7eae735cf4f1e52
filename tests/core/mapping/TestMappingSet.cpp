// MappingSet: the Graph values a directory user gets on create and on update (expressions.md §1).
#include "core/mapping/BuiltInMappings.h"
#include "core/mapping/MappingSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

Mapping mapping(const QString &property, Mapping::Type type, const QString &source)
{
    Mapping m;
    m.integrationId = QStringLiteral("i");
    m.targetProperty = property;
    m.type = type;
    m.source = source;
    return m;
}

User sampleUser()
{
    User u;
    u.username = QStringLiteral("zoe");
    u.email = QStringLiteral("zoe@contoso.com");
    u.firstname = QStringLiteral("Zoë");
    u.lastname = QStringLiteral("Müller");
    u.workPhone = QStringLiteral("+49 30 1234");
    u.attributes.insert(QStringLiteral("hireDate"), QStringLiteral("2024-03-16"));
    u.attributes.insert(QStringLiteral("phones"), QStringList {QStringLiteral("1"), QStringLiteral("2")});
    return u;
}

QString render(const PropertyOutcome &o)
{
    switch (o.action) {
    case PropertyOutcome::Action::Set:
        return QStringLiteral("set:")
               + QString::fromUtf8(QJsonDocument(QJsonArray {o.value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
               + (o.fromDefault ? QStringLiteral(" (default)") : QString());
    case PropertyOutcome::Action::Leave:
        return QStringLiteral("leave");
    case PropertyOutcome::Action::Skip:
        return QStringLiteral("skip");
    case PropertyOutcome::Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

class TestMappingSet : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("defaultValue"); // "-" = none
        QTest::addColumn<bool>("createOnly");
        QTest::addColumn<QString>("onCreate");
        QTest::addColumn<QString>("onUpdate");
        const int D = int(Mapping::Type::Direct), C = int(Mapping::Type::Constant), E = int(Mapping::Type::Expression);

        QTest::newRow("direct") << "givenName" << D << "firstname"
                                << "-" << false << "set:\"Zoë\""
                                << "set:\"Zoë\"";
        QTest::newRow("constant") << "usageLocation" << C << "DE"
                                  << "-" << false << "set:\"DE\""
                                  << "set:\"DE\"";
        QTest::newRow("expression") << "mailNickname" << E << "ToLower(NormalizeDiacritics([firstname]))"
                                    << "-" << false << "set:\"zoe\""
                                    << "set:\"zoe\"";
        QTest::newRow("null without default") << "department" << D << "department"
                                              << "-" << false << "leave"
                                              << "leave";
        QTest::newRow("default on create only") << "department" << D << "department"
                                                << "Staff" << false << "set:\"Staff\" (default)"
                                                << "leave";
        QTest::newRow("empty result is null") << "jobTitle" << E << "Trim(\" \")"
                                              << "None" << false << "set:\"None\" (default)"
                                              << "leave";
        QTest::newRow("create only") << "employeeId" << C << "E1"
                                     << "-" << true << "set:\"E1\""
                                     << "leave";
        QTest::newRow("skip beats default") << "department" << E << "IgnoreFlowIfNullOrEmpty([department])"
                                            << "Staff" << false << "skip"
                                            << "skip";
        QTest::newRow("run-time error") << "city" << E << "Error(\"no city\")"
                                        << "-" << false << "failed"
                                        << "failed";
        QTest::newRow("too long") << "usageLocation" << E << "[username]"
                                  << "-" << false << "failed"
                                  << "failed";
        QTest::newRow("list into string") << "city" << D << "phones"
                                          << "-" << false << "failed"
                                          << "failed";
        QTest::newRow("one business phone") << "businessPhones" << D << "phoneNumbers.work.number"
                                            << "-" << false << "set:[\"+49 30 1234\"]"
                                            << "set:[\"+49 30 1234\"]";
        QTest::newRow("two business phones") << "businessPhones" << D << "phones"
                                             << "-" << false << "failed"
                                             << "failed";
        QTest::newRow("other mails list") << "otherMails" << D << "phones"
                                          << "-" << false << "set:[\"1\",\"2\"]"
                                          << "set:[\"1\",\"2\"]";
        QTest::newRow("boolean from comparison") << "accountEnabled" << E << "[state]=\"active\""
                                                 << "-" << false << "set:true"
                                                 << "set:true";
        QTest::newRow("boolean from text") << "accountEnabled" << C << "FALSE"
                                           << "-" << false << "set:false"
                                           << "set:false";
        QTest::newRow("boolean from junk") << "accountEnabled" << C << "maybe"
                                           << "-" << false << "failed"
                                           << "failed";
        QTest::newRow("date from text") << "employeeHireDate" << D << "hireDate"
                                        << "-" << false << "set:\"2024-03-16T00:00:00Z\""
                                        << "set:\"2024-03-16T00:00:00Z\"";
        QTest::newRow("date from expression") << "employeeHireDate" << E << "DateAdd(\"d\", 1, [hireDate])"
                                              << "-" << false << "set:\"2024-03-17T00:00:00Z\""
                                              << "set:\"2024-03-17T00:00:00Z\"";
    }

    void evaluates()
    {
        QFETCH(QString, property);
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(QString, defaultValue);
        QFETCH(bool, createOnly);
        QFETCH(QString, onCreate);
        QFETCH(QString, onUpdate);
        Mapping m = mapping(property, Mapping::Type(type), source);
        if (defaultValue != u"-")
            m.defaultValue = defaultValue;
        if (createOnly)
            m.apply = Mapping::Apply::CreateOnly;
        auto compiled = MappingSet::compile({m});
        QVERIFY(std::holds_alternative<MappingSet>(compiled));
        const MappingSet &set = std::get<MappingSet>(compiled);
        const User user = sampleUser();
        QCOMPARE(render(set.evaluate(user, MappingSet::Operation::Create).first()), onCreate);
        QCOMPARE(render(set.evaluate(user, MappingSet::Operation::Update).first()), onUpdate);
    }

    void lockedDefaultsGiveTheRequiredValues()
    {
        auto compiled = MappingSet::compile(BuiltInMappings::locked(QStringLiteral("i")));
        QVERIFY(std::holds_alternative<MappingSet>(compiled));
        const QJsonObject values =
            MappingSet::values(std::get<MappingSet>(compiled).evaluate(sampleUser(), MappingSet::Operation::Create));
        QCOMPARE(values.value(QStringLiteral("displayName")).toString(), QStringLiteral("Zoë Müller"));
        QCOMPARE(values.value(QStringLiteral("givenName")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(values.value(QStringLiteral("surname")).toString(), QStringLiteral("Müller"));
        QCOMPARE(values.value(QStringLiteral("userPrincipalName")).toString(), QStringLiteral("zoe@contoso.com"));
    }

    void errorsStayWithTheirProperty()
    {
        auto compiled = MappingSet::compile(
            {mapping(QStringLiteral("city"), Mapping::Type::Expression, QStringLiteral("Mid([firstname], 0, 1)")),
             mapping(QStringLiteral("jobTitle"), Mapping::Type::Constant, QStringLiteral("Dev"))});
        const QList<PropertyOutcome> outcomes =
            std::get<MappingSet>(compiled).evaluate(sampleUser(), MappingSet::Operation::Update);
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].error.has_value());
        QCOMPARE(outcomes[0].error->offset, 0);
        QVERIFY(outcomes[0].error->message.contains(QStringLiteral("start must be 1 or more")));
        QCOMPARE(MappingSet::values(outcomes), (QJsonObject {{QStringLiteral("jobTitle"), QStringLiteral("Dev")}}));
    }

    void redactIsReported()
    {
        auto compiled = MappingSet::compile(
            {mapping(QStringLiteral("employeeId"), Mapping::Type::Expression, QStringLiteral("Redact([username])"))});
        const PropertyOutcome o =
            std::get<MappingSet>(compiled).evaluate(sampleUser(), MappingSet::Operation::Create).first();
        QVERIFY(o.redacted);
        QCOMPARE(o.value.toString(), QStringLiteral("zoe"));
    }

    void compileReportsBrokenMappings()
    {
        auto compiled = MappingSet::compile(
            {mapping(QStringLiteral("city"), Mapping::Type::Expression, QStringLiteral("Joinn([a])")),
             mapping(QStringLiteral("nope"), Mapping::Type::Constant, QStringLiteral("x"))});
        QVERIFY(std::holds_alternative<QList<MappingIssue>>(compiled));
        QCOMPARE(std::get<QList<MappingIssue>>(compiled).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMappingSet)
#include "TestMappingSet.moc"
