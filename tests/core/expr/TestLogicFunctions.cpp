#include "ExprTestSupport.h"

#include <QSet>

// Logic, list and control functions of expressions.md §5, comparisons (§4.5), & and skip (§3, §4.6).
class TestLogicFunctions : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        addEvaluationColumns();
        const QString none;
        // BitAnd, CBool
        row("BitAnd doc", "BitAnd(&HF, &HF7)", none, "7");
        row("BitAnd uac", "BitAnd([uac], 2)", "{\"uac\":\"514\"}", "2");
        row("BitAnd null", "BitAnd([x], 2)", none, "null");
        row("BitAnd text", "BitAnd(\"a\", 2)", none, "error:type@0");
        row("CBool equal", "CBool([attrib1] = [attrib2])", "{\"attrib1\":\"x\",\"attrib2\":\"x\"}", "true");
        row("CBool number", "CBool(5)", none, "true");
        row("CBool zero text", "CBool(\"0\")", none, "false");
        row("CBool text", "CBool(\" TRUE \")", none, "true");
        row("CBool null", "CBool([x])", none, "false");
        row("CBool junk", "CBool(\"maybe\")", none, "error:type@0");
        // Coalesce
        row("Coalesce doc", "Coalesce([mail],[userPrincipalName])", "{\"userPrincipalName\":\"John.Doe@contoso.com\"}",
            "\"John.Doe@contoso.com\"");
        row("Coalesce skips empty", "Coalesce([preferredName], [firstName])",
            "{\"preferredName\":\"\",\"firstName\":\"Robert\"}", "\"Robert\"");
        row("Coalesce empty default", "Coalesce([a], \"\")", none, "\"\"");
        row("Coalesce all null", "Coalesce([a], [b])", none, "null");
        row("Coalesce stops early", "Coalesce(\"x\", Error(\"no\"))", none, "\"x\"");
        // Count, Item, RemoveDuplicates
        row("Count list", "Count([p])", "{\"p\":[\"a\",\"b\",\"c\"]}", "3");
        row("Count single", "Count([p])", "{\"p\":\"a\"}", "1");
        row("Count null", "Count([p])", none, "0");
        row("Count empty list", "Count([p])", "{\"p\":[]}", "0");
        row("Item first", "Item([proxyAddresses], 1)", "{\"proxyAddresses\":[\"SMTP:a\",\"smtp:b\"]}", "\"SMTP:a\"");
        row("Item single", "Item([p], 1)", "{\"p\":\"a\"}", "\"a\"");
        row("Item zero", "Item([p], 0)", "{\"p\":[\"a\"]}", "error:argument@0");
        row("Item too big", "Item([p], 4)", "{\"p\":[\"a\",\"b\",\"c\"]}", "error:argument@0");
        row("Item null", "Item([p], 1)", none, "null");
        row("RemoveDuplicates", "RemoveDuplicates([p])", "{\"p\":[\"SMTP:a\",\"a\",\"SMTP:a\",\"smtp:a\"]}",
            "[\"SMTP:a\",\"a\",\"smtp:a\"]");
        row("RemoveDuplicates single", "RemoveDuplicates([p])", "{\"p\":\"a\"}", "[\"a\"]");
        row("RemoveDuplicates null", "RemoveDuplicates([p])", none, "null");
        // CRef, CStr
        row("CRef", "DNComponent(CRef([dn]),1)", "{\"dn\":\"cn=Joe,ou=x\"}", "\"Joe\"");
        row("CStr doc", "CStr([dn])", "{\"dn\":\"cn=Joe,dc=contoso,dc=com\"}", "\"cn=Joe,dc=contoso,dc=com\"");
        row("CStr boolean", "CStr(IsNull([x]))", none, "\"True\"");
        row("CStr number", "CStr(12.50)", none, "\"12.50\"");
        row("CStr null", "CStr([x])", none, "null");
        row("CStr list", "CStr([p])", "{\"p\":[\"a\"]}", "error:type@0");
        // DefaultDomain, Error
        row("DefaultDomain", "Join(\"@\", [mailNickname], DefaultDomain())", "{\"mailNickname\":\"jd\"}",
            "\"jd@contoso.com\"");
        row("Error", "IIF(IsPresent([accountName]),[accountName],Error(\"AccountName is required\"))", none,
            "error:evaluation@43");
        row("Error not reached", "IIF(IsPresent([accountName]),[accountName],Error(\"x\"))", "{\"accountName\":\"a\"}",
            "\"a\"");
        // IgnoreFlowIfNullOrEmpty, IgnoreAttributeFlow
        row("IgnoreFlow null", "IgnoreFlowIfNullOrEmpty([department])", none, "skip");
        row("IgnoreFlow empty", "IgnoreFlowIfNullOrEmpty([department])", "{\"department\":\"\"}", "skip");
        row("IgnoreFlow value", "IgnoreFlowIfNullOrEmpty([department])", "{\"department\":\"IT\"}", "\"IT\"");
        row("IgnoreFlow Switch no match",
            "IgnoreFlowIfNullOrEmpty(Switch([prefix], \"\", \"3443\", \"Dr.\", \"3444\", \"Prof.\"))",
            "{\"prefix\":\"9\"}", "skip");
        row("IgnoreFlow IIF", "IgnoreFlowIfNullOrEmpty(IIF([country]=\"USA\",[region],\"\"))",
            "{\"country\":\"USA\",\"region\":\"West\"}", "\"West\"");
        row("IgnoreAttributeFlow reached", "IIF([a]=\"x\", [b], IgnoreAttributeFlow)", "{\"a\":\"y\"}", "skip");
        row("IgnoreAttributeFlow not reached", "IIF([a]=\"x\", [b], IgnoreAttributeFlow)", "{\"a\":\"x\",\"b\":\"B\"}",
            "\"B\"");
        row("IgnoreAttributeFlow deep", "Join(\",\", \"a\", IgnoreAttributeFlow)", none, "skip");
        // IIF and comparisons
        row("IIF doc", "IIF([country]=\"USA\",[country],[department])", "{\"country\":\"FR\",\"department\":\"IT\"}",
            "\"IT\"");
        row("IIF AND by nesting", "IIF([country]=\"USA\",IIF([state]=\"CA\",\"True\",\"False\"),\"False\")",
            "{\"country\":\"USA\",\"state\":\"CA\"}", "\"True\"");
        row("IIF null as empty", "IIF([country]=\"\",\"Other\",[country])", none, "\"Other\"");
        row("IIF IsNullOrEmpty", "IIF(IsNullOrEmpty([country]),\"Other\",[country])", "{\"country\":\"DE\"}", "\"DE\"");
        row("IIF concat", "IIF([employeeType]=\"Intern\",\"t-\" & [alias],[alias])",
            "{\"employeeType\":\"Intern\",\"alias\":\"jdoe\"}", "\"t-jdoe\"");
        row("IIF lazy", "IIF(1=1, \"a\", Error(\"no\"))", none, "\"a\"");
        row("IIF Len",
            "IIF(Len([LastName]) <= 5, Left(Join (\"\",[LastName],[FirstName]),10), Join(\"\", "
            "Mid([LastName],1,9), Mid([FirstName],1,1)))",
            "{\"LastName\":\"Smith\",\"FirstName\":\"John\"}", "\"SmithJohn\"");
        row("IIF Len long",
            "IIF(Len([LastName]) <= 5, Left(Join (\"\",[LastName],[FirstName]),10), Join(\"\", "
            "Mid([LastName],1,9), Mid([FirstName],1,1)))",
            "{\"LastName\":\"Parker\",\"FirstName\":\"John\"}", "\"ParkerJ\"");
        row("IIF bad condition", "IIF(\"maybe\", 1, 2)", none, "error:type@0");
        row("compare numeric", "\"13\" > 5", none, "true");
        row("compare text ordinal", "\"13\" > \"5\"", none, "false");
        row("compare case-sensitive", "\"a\" = \"A\"", none, "false");
        row("compare bool text", "IsNull([x]) = \"true\"", none, "true");
        row("compare number text", "[StatusRehire]=1", "{\"StatusRehire\":\"1\"}", "true");
        row("compare dates", "CDate(\"2020-01-01\") < CDate(\"2020-01-02\")", none, "true");
        row("compare null empty", "[x] = \"\"", none, "true");
        row("compare not equal", "1 <> 2", none, "true");
        row("compare list", "[l] = \"a\"", "{\"l\":[\"a\"]}", "error:type@4");
        row("concat null", "\"a\" & [x] & 1", none, "\"a1\"");
        row("concat list", "\"a\" & [l]", "{\"l\":[\"a\"]}", "error:type@4");
        // IsNull family
        row("IsNull absent", "IsNull([displayName])", none, "true");
        row("IsNull empty", "IsNull([displayName])", "{\"displayName\":\"\"}", "false");
        row("IsNullOrEmpty empty", "IsNullOrEmpty([displayName])", "{\"displayName\":\"\"}", "true");
        row("IsNullOrEmpty empty list", "IsNullOrEmpty([p])", "{\"p\":[]}", "true");
        row("IsPresent space", "IsPresent([m])", "{\"m\":\" \"}", "true");
        row("IsPresent absent", "IsPresent([m])", none, "false");
        row("IsString text", "IsString([m])", "{\"m\":\"a\"}", "true");
        row("IsString list", "IsString([m])", "{\"m\":[\"a\"]}", "false");
        row("IsString null", "IsString([m])", none, "false");
        row("IsString number", "IsString(5)", none, "true");
        // Not
        row("Not True", "Not(\"True\")", none, "false");
        row("Not true any case", "Not(\"tRUE\")", none, "false");
        row("Not False", "Not(\"False\")", none, "true");
        row("Not other", "Not(\"x\")", none, "true");
        row("Not null", "Not([x])", none, "true");
        row("Not boolean", "Not(IsNull([x]))", none, "false");
        // Redact
        row("Redact", "Redact(\"secret\")", none, "\"secret\"");
        // Switch
        row("Switch doc",
            "Switch([state], \"Australia/Sydney\", \"NSW\", \"Australia/Sydney\",\"QLD\", "
            "\"Australia/Brisbane\", \"SA\", \"Australia/Adelaide\")",
            "{\"state\":\"QLD\"}", "\"Australia/Brisbane\"");
        row("Switch default", "Switch([state], \"D\", \"NSW\", \"x\")", "{\"state\":\"VIC\"}", "\"D\"");
        row("Switch omitted default", "Switch([state], , \"NSW\", \"x\")", "{\"state\":\"VIC\"}", "null");
        row("Switch empty key catches null", "Switch([country],[country],\"\",\"Other\")", none, "\"Other\"");
        row("Switch empty key present", "Switch([country],[country],\"\",\"Other\")", "{\"country\":\"DE\"}", "\"DE\"");
        row("Switch empty string", "Switch([statusFlag], \"Default Value\", \"true\", \"1\", \"\", \"0\")",
            "{\"statusFlag\":\"\"}", "\"0\"");
        row("Switch case-sensitive", "Switch([a], \"d\", \"x\", \"1\")", "{\"a\":\"X\"}", "\"d\"");
        row("Switch boolean source", "Switch(IsPresent([jobTitle]), \"DefaultValue\", \"True\", [jobTitle])",
            "{\"jobTitle\":\"Dev\"}", "\"Dev\"");
        row("Switch boolean source absent", "Switch(IsPresent([jobTitle]), \"DefaultValue\", \"True\", [jobTitle])",
            none, "\"DefaultValue\"");
        row("Switch lazy values", "Switch(\"a\", Error(\"d\"), \"a\", \"ok\", \"b\", Error(\"b\"))", none, "\"ok\"");
        row("Switch list source", "Switch([l], \"d\", \"a\", \"x\")", "{\"l\":[\"a\"]}", "error:type@0");
        row("Switch returns list", "Switch(\"a\", \"d\", \"a\", [l])", "{\"l\":[\"x\",\"y\"]}", "[\"x\",\"y\"]");
        row("Switch numeric keys", "Switch([emplStatus], \"False\", \"741\", \"False\", \"746\", \"True\")",
            "{\"emplStatus\":746}", "\"True\"");
        // SelectUniqueValue without an oracle: the first usable rule wins
        row("SelectUniqueValue first", "SelectUniqueValue([a], [b])", "{\"a\":\"x\",\"b\":\"y\"}", "\"x\"");
        row("SelectUniqueValue skips null", "SelectUniqueValue([a], [b])", "{\"b\":\"y\"}", "\"y\"");
        row("SelectUniqueValue skips empty", "SelectUniqueValue([a], [b])", "{\"a\":\"\",\"b\":\"y\"}", "\"y\"");
    }

    void evaluates() { CHECK_EVALUATION(); }

    void selectUniqueValueAsksTheOracle()
    {
        auto compiled = Expression::compile(QStringLiteral(
            "SelectUniqueValue(Join(\"@\", Join(\".\", [f], [l]), \"contoso.com\"), Join(\"@\", Join(\".\", Mid([f], "
            "1, 1), [l]), \"contoso.com\"), Join(\"@\", Join(\".\", Mid([f], 1, 2), [l]), \"contoso.com\"))"));
        QVERIFY(std::holds_alternative<Expression>(compiled));
        const Expression &e = std::get<Expression>(compiled);
        MapAttributeSource user;
        user.insert(QStringLiteral("f"), Value::string(QStringLiteral("John")));
        user.insert(QStringLiteral("l"), Value::string(QStringLiteral("Smith")));
        QSet<QString> taken = {QStringLiteral("john.smith@contoso.com")};
        QStringList asked;
        EvaluationOptions options;
        options.isTaken = [&](const QString &candidate) {
            asked.append(candidate);
            return taken.contains(candidate.toLower());
        };
        Evaluation result = e.evaluate(user, options);
        QVERIFY(result.ok());
        QCOMPARE(result.value.toText(), QStringLiteral("J.Smith@contoso.com"));
        QCOMPARE(asked.size(), 2);
        taken.insert(QStringLiteral("j.smith@contoso.com"));
        QCOMPARE(e.evaluate(user, options).value.toText(), QStringLiteral("Jo.Smith@contoso.com"));
        taken.insert(QStringLiteral("jo.smith@contoso.com"));
        result = e.evaluate(user, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ExprError::Kind::Evaluation);
        QVERIFY(result.error->message.contains(QStringLiteral("Jo.Smith@contoso.com")));
    }

    void redactMarksTheResult()
    {
        auto compiled = Expression::compile(QStringLiteral("Redact(\"s\")"));
        QVERIFY(std::get<Expression>(compiled).evaluate(MapAttributeSource()).redacted);
        auto plain = Expression::compile(QStringLiteral("\"s\""));
        QVERIFY(!std::get<Expression>(plain).evaluate(MapAttributeSource()).redacted);
    }
};

QTEST_GUILESS_MAIN(TestLogicFunctions)
#include "TestLogicFunctions.moc"
