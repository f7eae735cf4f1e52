#include "ExprTestSupport.h"

#include <QRegularExpression>

// Encodings, generators, DNs and Replace (expressions.md §5, §7).
class TestCodecFunctions : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        addEvaluationColumns();
        const QString none;
        row("ConvertToBase64", "ConvertToBase64(\"Hello world!\")", none, "\"SABlAGwAbABvACAAdwBvAHIAbABkACEA\"");
        row("ConvertToBase64 null", "ConvertToBase64([x])", none, "null");
        row("ConvertFromBase64 unicode", "ConvertFromBase64(\"SABlAGwAbABvACAAdwBvAHIAbABkACEA\")", none,
            "\"Hello world!\"");
        row("ConvertFromBase64 UTF8", "ConvertFromBase64(\"SGVsbG8gd29ybGQh\", UTF8)", none, "\"Hello world!\"");
        row("ConvertFromBase64 quoted", "ConvertFromBase64(\"SGVsbG8gd29ybGQh\", \"ASCII\")", none, "\"Hello world!\"");
        row("ConvertFromBase64 bad base64", "ConvertFromBase64(\"!!!\")", none, "error:argument@0");
        row("ConvertFromBase64 odd unicode", "ConvertFromBase64(\"QQ==\")", none, "error:argument@0");
        row("ConvertFromBase64 not ascii", "ConvertFromBase64(\"w6k=\", ASCII)", none, "error:argument@0");
        row("ConvertFromBase64 bad utf8", "ConvertFromBase64(\"/w==\", UTF8)", none, "error:argument@0");
        row("ConvertFromBase64 null", "ConvertFromBase64([x])", none, "null");
        row("ConvertToUTF8Hex", "ConvertToUTF8Hex(\"Hello world!\")", none, "\"48656C6C6F20776F726C6421\"");
        row("ConvertToUTF8Hex accents", "ConvertToUTF8Hex(\"é\")", none, "\"C3A9\"");
        row("ConvertToUTF8Hex objectId",
            "Join(\"\", 1000, Replace(ConvertToUTF8Hex([objectId]), , \"[a-zA-Z_]*\", , \"\", , ))",
            "{\"objectId\":\"d05e47b1-3909-445a-ba5e-ca60cbc0e4b4\"}",
            "\"100064303565343762312333930392343435612626135652636136306362633065346234\"");
        row("DNComponent doc", "DNComponent(CRef([dn]),1)", "{\"dn\":\"cn=Joe,ou=Users,dc=contoso\"}", "\"Joe\"");
        row("DNComponent escaped comma", "DNComponent([dn],1)", "{\"dn\":\"cn=Doe\\\\, John,ou=Users\"}",
            "\"Doe, John\"");
        row("DNComponent second", "DNComponent([dn],2)", "{\"dn\":\"cn=Joe, ou=Users\"}", "\"Users\"");
        row("DNComponent out of range", "DNComponent([dn],5)", "{\"dn\":\"cn=Joe\"}", "null");
        row("DNComponent null", "DNComponent([dn],1)", none, "null");
        row("StringFromSid", "StringFromSid(\"AQUAAAAAAAUVAAAAoGXPfnhLm1/nfIdwOEgGAA==\")", none,
            "\"S-1-5-21-2127521184-1604012920-1887927527-411704\"");
        row("StringFromSid bad", "StringFromSid(\"AQI=\")", none, "error:argument@0");
        row("StringFromSid null", "StringFromSid([x])", none, "null");
        row("RandomString too long", "RandomString(300,0,0,0,0)", none, "error:argument@0");
        row("RandomString minimums", "RandomString(3,2,2,0,0)", none, "error:argument@0");
        row("RandomString negative", "RandomString(3,-1,0,0,0)", none, "error:argument@0");
        row("RandomString avoided class", "RandomString(3,1,0,0,0,\"0123456789\")", none, "error:argument@0");
        row("RandomString zero", "RandomString(0,0,0,0,0)", none, "\"\"");
        // Replace, all five forms and the documented examples
        row("Replace A doc", "Replace([mail], \"@contoso.com\", , ,\"\", ,)", "{\"mail\":\"john.doe@contoso.com\"}",
            "\"john.doe\"");
        row("Replace A title", "Replace([BusinessTitle],\"Product Developer\", , , \"Software Engineer\", , )",
            "{\"BusinessTitle\":\"Product Developer\"}", "\"Software Engineer\"");
        row("Replace A graph", "Replace([preferredLanguage], \"-\", , , \"_\", ,  )",
            "{\"preferredLanguage\":\"EN-US\"}", "\"EN_US\"");
        row("Replace A empty old", "Replace(\"abc\", \"\", , , \"x\", , )", none, "\"abc\"");
        row("Replace A null source", "Replace([x], \"a\", , , \"b\", , )", none, "null");
        row("Replace A list", "Replace([l], \"a\", , , \"b\", , )", "{\"l\":[\"aa\",\"ca\"]}", "[\"bb\",\"cb\"]");
        row("Replace A short form", "Replace([x], \"a\", , , \"b\")", "{\"x\":\"banana\"}", "\"bbnbnb\"");
        row("Replace B doc", "Replace([UserID],\"<username>\", , , , , \"<username>@contoso.com\")",
            "{\"UserID\":\"jsmith\"}", "\"jsmith@contoso.com\"");
        row("Replace C doc",
            "Replace([telephoneNumber], , \"\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})\", , "
            "\"${phoneNumber}\", , )",
            "{\"telephoneNumber\":\"+91 9998887777\"}", "\"9998887777\"");
        row("Replace C strip", "Replace([mobile], , \"[()\\\\s-]+\", , \"\", , )", "{\"mobile\":\"+1 (999) 888-7777\"}",
            "\"+19998887777\"");
        row("Replace C empty matches", "Replace([mailNickname], , \"[a-zA-Z_]*\", , \"\", , )",
            "{\"mailNickname\":\"john_doe72\"}", "\"72\"");
        row("Replace C single backslash",
            "Switch(Replace([t], , \"\\+(?<isdCode>49|44|43|1|352|91)(?<phoneNumber>.*)\", "
            ", \"${isdCode}\", , ), , \"43\", \"AUT\", \"49\", \"GER\", \"91\", \"IND\", \"1\", \"USA\")",
            "{\"t\":\"+493012345678\"}", "\"GER\"");
        row("Replace C pad", "Replace(Join(\"\",\"00000000\",[id]), ,\"(.*?)(?<id>.{0,8})$\", ,\"${id}\", ,)",
            "{\"id\":\"12345\"}", "\"00012345\"");
        row("Replace C suffix",
            "Join(\" \",Replace([h], ,\"(?<CountryISOCode>.*)_(?<suffix1>.*)_(?<suffix2>.*)[0-9]\", "
            ",\"${suffix1} ${suffix2}\", , ),[l])",
            "{\"h\":\"NLD_Van_der3\",\"l\":\"Hof\"}", "\"Van der Hof\"");
        row("Replace C substitutions", "Replace(\"abc\", , \"b\", , \"[$$|$&|$`|$'|$_|$1|${x}|$+]\", , )", none,
            "\"a[$|b|a|c|abc|$1|${x}|]c\"");
        row("Replace C numbered", "Replace(\"ab\", , \"(a)(b)\", , \"$2$1$12\", , )", none, "\"baa2\"");
        row("Replace C unicode digits", "Replace(\"x١٢٣\", , \"\\\\d+\", , \"#\", , )", none, "\"x#\"");
        row("Replace C dynamic pattern", "Replace(\"a.b\", , [p], , \"-\", , )", "{\"p\":\"\\\\.\"}", "\"a-b\"");
        row("Replace C dynamic bad pattern", "Replace(\"a\", , [p], , \"-\", , )", "{\"p\":\"(\"}", "error:argument@0");
        row("Replace D street", "Replace([a], ,\"(?<streetNumber>^\\\\d*)\",\"streetNumber\", \"888\", , )",
            "{\"a\":\"545 Tremont Street\"}", "\"888 Tremont Street\"");
        row("Replace D suffix", "Replace([userPrincipalName], , \"(?<Suffix>@(.)*)\", \"Suffix\", \"\", , )",
            "{\"userPrincipalName\":\"jsmith@contoso.com\"}", "\"jsmith\"");
        row("Replace D number group", "Replace(\"a1b2\", , \"[a-z](\\\\d)\", \"1\", \"#\", , )", none, "\"a#b#\"");
        row("Replace E fallback",
            "Replace([telephoneNumber], , \"\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})\", "
            "\"phoneNumber\" , , [mobile], )",
            "{\"telephoneNumber\":\"\",\"mobile\":\"+91 8887779999\"}", "\"8887779999\"");
        row("Replace E source wins", "Replace([t], , \"(?<n>\\\\d+)\", \"n\", , [m], )",
            "{\"t\":\"own\",\"m\":\"123\"}", "\"own\"");
        row("Replace E no match", "Replace([t], , \"(?<n>\\\\d+)\", \"n\", , [m], )", "{\"m\":\"abc\"}", "null");
    }

    void evaluates() { CHECK_EVALUATION(); }

    void randomStringHonoursMinimums()
    {
        auto compiled = Expression::compile(QStringLiteral("RandomString(10,2,2,2,1,\"?,\")"));
        const Expression &e = std::get<Expression>(compiled);
        for (int i = 0; i < 50; ++i) {
            const QString s = e.evaluate(MapAttributeSource()).value.toText();
            QCOMPARE(s.size(), 10);
            QVERIFY(s.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 2);
            QVERIFY(s.count(QRegularExpression(QStringLiteral("[A-Z]"))) >= 2);
            QVERIFY(s.count(QRegularExpression(QStringLiteral("[a-z]"))) >= 1);
            QVERIFY(!s.contains(u'?') && !s.contains(u','));
        }
        auto exact = Expression::compile(QStringLiteral("RandomString(6,3,0,0,3)"));
        const QString s = std::get<Expression>(exact).evaluate(MapAttributeSource()).value.toText();
        QCOMPARE(s.count(QRegularExpression(QStringLiteral("[0-9]"))), 3);
        QCOMPARE(s.count(QRegularExpression(QStringLiteral("[a-z]"))), 3);
    }

    void guidIsFreshVersion4()
    {
        auto compiled = Expression::compile(QStringLiteral("Guid()"));
        const Expression &e = std::get<Expression>(compiled);
        const QString a = e.evaluate(MapAttributeSource()).value.toText();
        const QString b = e.evaluate(MapAttributeSource()).value.toText();
        QVERIFY(a != b);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(a)
                .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCodecFunctions)
#include "TestCodecFunctions.moc"
