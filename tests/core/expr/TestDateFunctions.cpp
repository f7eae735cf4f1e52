#include "ExprTestSupport.h"

// Date functions of expressions.md §5 and §6, with Now() fixed at 8/25/2021 5:41:18 PM UTC.
class TestDateFunctions : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        addEvaluationColumns();
        const QString none;
        const QString hire = "{\"StatusHireDate\":\"2012-03-16-07:00\"}";
        // CDate and the §6.1 forms
        row("CDate offset", "CDate([StatusHireDate])", "{\"StatusHireDate\":\"2020-03-16-07:00\"}",
            "\"3/16/2020 7:00:00 AM\"");
        row("CDate plus offset", "CDate(\"2021-06-30+08:00\")", none, "\"6/29/2021 4:00:00 PM\"");
        row("CDate T offset", "CDate(\"2009-06-15T01:45:30-07:00\")", none, "\"6/15/2009 8:45:30 AM\"");
        row("CDate Z fraction", "CDate(\"2024-01-02T03:04:05.1234567Z\")", none, "\"1/2/2024 3:04:05 AM\"");
        row("CDate compact offset", "CDate(\"2024-01-02 00:00+0130\")", none, "\"1/1/2024 10:30:00 PM\"");
        row("CDate US form", "CDate(\"8/25/2021 5:41:18 PM\")", none, "\"8/25/2021 5:41:18 PM\"");
        row("CDate US 24h", "CDate(\"8/25/2021 17:41\")", none, "\"8/25/2021 5:41:00 PM\"");
        row("CDate midnight", "CDate(\"2024-02-29\")", none, "\"2/29/2024 12:00:00 AM\"");
        row("CDate impossible", "CDate(\"2023-02-30\")", none, "error:argument@0");
        row("CDate hour 13 PM", "CDate(\"1/1/2024 13:00 PM\")", none, "error:argument@0");
        row("CDate junk", "CDate(\"yesterday\")", none, "error:argument@0");
        row("CDate null", "CDate([x])", none, "null");
        // DateAdd
        row("DateAdd d", "DateAdd(\"d\", 7, CDate([StatusHireDate]))", hire, "\"3/23/2012 7:00:00 AM\"");
        row("DateAdd d negative", "DateAdd(\"d\", -10, CDate([StatusHireDate]))", hire, "\"3/6/2012 7:00:00 AM\"");
        row("DateAdd ww", "DateAdd(\"ww\", 2, CDate([StatusHireDate]))", hire, "\"3/30/2012 7:00:00 AM\"");
        row("DateAdd m", "DateAdd(\"m\", 10, CDate([StatusHireDate]))", hire, "\"1/16/2013 7:00:00 AM\"");
        row("DateAdd yyyy", "DateAdd(\"yyyy\", 2, CDate([StatusHireDate]))", hire, "\"3/16/2014 7:00:00 AM\"");
        row("DateAdd clamps", "DateAdd(\"m\", 1, \"2024-01-31\")", none, "\"2/29/2024 12:00:00 AM\"");
        row("DateAdd text date", "DateAdd(\"d\", 1, \"2024-12-31\")", none, "\"1/1/2025 12:00:00 AM\"");
        row("DateAdd h n s", "DateAdd(\"s\", 30, DateAdd(\"n\", 1, DateAdd(\"h\", 1, \"2024-01-01\")))", none,
            "\"1/1/2024 1:01:30 AM\"");
        row("DateAdd unknown interval", "DateAdd(\"q\", 1, \"2024-01-01\")", none, "error:argument@0");
        row("DateAdd interval checked on null", "DateAdd(\"q\", 1, [x])", none, "error:argument@0");
        row("DateAdd null", "DateAdd(\"d\", 1, [x])", none, "null");
        row("DateAdd overflow", "DateAdd(\"yyyy\", 9000, \"2024-01-01\")", none, "error:argument@0");
        // DateDiff (VB.NET rules)
        row("DateDiff d", "DateDiff(\"d\", \"2021-08-18+08:00\", \"2021-08-31+08:00\")", none, "13");
        row("DateDiff d Now", "DateDiff(\"d\", Now(), [StatusHireDate])", hire, "-3449");
        row("DateDiff ww", "DateDiff(\"ww\", \"8/25/2021 5:41:18 PM\", [StatusHireDate])", hire, "-493");
        row("DateDiff m", "DateDiff(\"m\", \"8/25/2021 5:41:18 PM\", [StatusHireDate])", hire, "-113");
        row("DateDiff yyyy", "DateDiff(\"yyyy\", \"8/25/2021 5:41:18 PM\", [StatusHireDate])", hire, "-9");
        row("DateDiff same", "DateDiff(\"d\", \"2021-08-31+08:00\", \"2021-08-31+08:00\")", none, "0");
        row("DateDiff h", "DateDiff(\"h\", \"2021-08-24\", \"2021-08-25\")", none, "24");
        row("DateDiff n", "DateDiff(\"n\", \"2021-08-24\", \"2021-08-25\")", none, "1440");
        row("DateDiff s", "DateDiff(\"S\", \"2021-08-24\", \"2021-08-25\")", none, "86400");
        row("DateDiff null", "DateDiff(\"d\", [x], \"2021-08-25\")", none, "null");
        row("DateDiff in IIF", "IIF(DateDiff(\"d\", Now(), CDate([StatusHireDate])) > 5, \"False\", \"True\")",
            "{\"StatusHireDate\":\"2021-09-30\"}", "\"False\"");
        // FILETIME
        row("DateFromNum doc", "DateFromNum(129699324000000000)", none, "\"1/1/2012 11:00:00 PM\"");
        row("DateFromNum text", "DateFromNum([a])", "{\"a\":\"129699324000000000\"}", "\"1/1/2012 11:00:00 PM\"");
        row("DateFromNum zero", "DateFromNum(0)", none, "null");
        row("DateFromNum never", "DateFromNum(9223372036854775807)", none, "null");
        row("DateFromNum negative", "DateFromNum(-1)", none, "error:argument@0");
        row("DateFromNum null", "DateFromNum([x])", none, "null");
        row("NumFromDate", "NumFromDate(\"2020-12-31 23:59:59-08:00\")", none, "132539615990000000");
        row("NumFromDate round trip", "NumFromDate(DateFromNum(129699324000000000))", none, "129699324000000000");
        row("NumFromDate of FormatDateTime",
            "NumFromDate(Join(\"\", FormatDateTime([ContractEndDate], ,\"yyyy-MM-ddzzz\", \"yyyy-MM-dd\"), \" "
            "23:59:59-08:00\"))",
            "{\"ContractEndDate\":\"2020-12-31-08:00\"}", "132539615990000000");
        row("NumFromDate null", "NumFromDate([x])", none, "null");
        row("NumFromDate junk", "NumFromDate(\"soon\")", none, "error:argument@0");
        // FormatDateTime
        row("FormatDateTime doc", "FormatDateTime([e], , \"yyyyMMddHHmmss.fZ\", \"yyyy-MM-dd\")",
            "{\"e\":\"20150123105347.1Z\"}", "\"2015-01-23\"");
        row("FormatDateTime 3 args", "FormatDateTime([e], \"yyyyMMddHHmmss.fZ\", \"yyyy-MM-dd\")",
            "{\"e\":\"20150123105347.1Z\"}", "\"2015-01-23\"");
        row("FormatDateTime 12h",
            "FormatDateTime(\"8/5/2021 5:41:18 PM\", , \"M/d/yyyy h:mm:ss tt\", \"yyyy-MM-dd "
            "HH:mm\")",
            none, "\"2021-08-05 17:41\"");
        row("FormatDateTime names",
            "FormatDateTime(\"2024-03-01\", , \"yyyy-MM-dd\", \"dddd, dd MMMM yyyy (ddd MMM)\")", none,
            "\"Friday, 01 March 2024 (Fri Mar)\"");
        row("FormatDateTime parse names", "FormatDateTime(\"15 jan 2024\", , \"d MMM yyyy\", \"yyyy-MM-dd\")", none,
            "\"2024-01-15\"");
        row("FormatDateTime offset to UTC",
            "FormatDateTime(\"2024-01-01T22:00:00-05:00\", , \"yyyy-MM-ddTHH:mm:ssK\", "
            "\"yyyy-MM-dd HH:mm zzz K\")",
            none, "\"2024-01-02 03:00 +00:00 +00:00\"");
        row("FormatDateTime K Z", "FormatDateTime(\"2024-01-01T22:00:00Z\", , \"yyyy-MM-ddTHH:mm:ssK\", \"HH:mmK\")",
            none, "\"22:00Z\"");
        row("FormatDateTime literals", "FormatDateTime(\"2024-01-02\", , \"yyyy-MM-dd\", \"'Day' d \\\\o\\\\f M\")",
            none, "\"Day 2 of 1\"");
        row("FormatDateTime fractions",
            "FormatDateTime(\"2024-01-02T03:04:05.120\", , \"yyyy-MM-ddTHH:mm:ss.fff\", "
            "\"ss.ff|ss.FFF|ss.FFFFFFF\")",
            none, "\"05.12|05.12|05.12\"");
        row("FormatDateTime yy", "FormatDateTime(\"24-1-2\", , \"yy-M-d\", \"yyyy/MM/dd\")", none, "\"2024/01/02\"");
        row("FormatDateTime standard", "FormatDateTime(\"2024-01-02\", , \"yyyy-MM-dd\", \"s\")", none,
            "\"2024-01-02T00:00:00\"");
        row("FormatDateTime standard o", "FormatDateTime(\"2024-01-02T03:04:05Z\", , \"yyyy-MM-ddTHH:mm:ssK\", \"o\")",
            none, "\"2024-01-02T03:04:05.0000000Z\"");
        row("FormatDateTime bad standard", "FormatDateTime(\"2024-01-02\", , \"yyyy-MM-dd\", \"Q\")", none,
            "error:argument@0");
        row("FormatDateTime mismatch", "FormatDateTime(\"2025-13-01\", , \"yyyy-MM-dd\", \"yyyy\")", none,
            "error:argument@0");
        row("FormatDateTime whitespace", "FormatDateTime(\" 2024-01-02 \", , \"yyyy-MM-dd\", \"yyyy\")", none,
            "\"2024\"");
        row("FormatDateTime no white style", "FormatDateTime(\" 2024-01-02\", \"None\", \"yyyy-MM-dd\", \"yyyy\")",
            none, "error:argument@0");
        row("FormatDateTime styles",
            "FormatDateTime(\" 2024-01-02\", \"DateTimeStyles.AllowLeadingWhite, "
            "RoundtripKind\", \"yyyy-MM-dd\", \"yyyy\")",
            none, "\"2024\"");
        row("FormatDateTime bad style", "FormatDateTime(\"2024-01-02\", \"Sometimes\", \"yyyy-MM-dd\", \"yyyy\")", none,
            "error:argument@0");
        row("FormatDateTime date source", "FormatDateTime(Now(), , \"M/d/yyyy h:mm:ss tt\", \"yyyy-MM-dd\")", none,
            "\"2021-08-25\"");
        row("FormatDateTime null", "FormatDateTime([x], , \"yyyy\", \"yyyy\")", none, "null");
        row("FormatDateTime soft delete",
            "IIF([IsSoftDeleted]=\"True\", Join(\"_\",FormatDateTime(Now(), , \"M/d/yyyy h:mm:ss tt\", "
            "\"yyyy-MM-dd\"),[mail]), [mail])",
            "{\"IsSoftDeleted\":\"True\",\"mail\":\"jane@x.com\"}", "\"2021-08-25_jane@x.com\"");
        // Now
        row("Now", "Now()", none, "\"8/25/2021 5:41:18 PM\"");
    }

    void evaluates() { CHECK_EVALUATION(); }

    void nowWithoutOverrideIsCurrent()
    {
        auto compiled = Expression::compile(QStringLiteral("DateDiff(\"s\", Now(), \"2021-01-01\")"));
        const Evaluation result = std::get<Expression>(compiled).evaluate(MapAttributeSource());
        QVERIFY(result.ok());
        QVERIFY(result.value.integerValue() < -100'000'000); // more than three years ago
    }
};

QTEST_GUILESS_MAIN(TestDateFunctions)
#include "TestDateFunctions.moc"
