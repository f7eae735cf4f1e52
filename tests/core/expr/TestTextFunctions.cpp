#include "ExprTestSupport.h"

// Text functions of expressions.md §5 with the spec's examples, null rules (§4.3) and per-element lists (§4.4).
class TestTextFunctions : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data()
    {
        addEvaluationColumns();
        const QString none;
        // Append
        row("Append doc", "Append([userPrincipalName], \".test\")", "{\"userPrincipalName\":\"John.Doe@contoso.com\"}",
            "\"John.Doe@contoso.com.test\"");
        row("Append null source", "Append([x], \"s\")", none, "null");
        row("Append null suffix", "Append(\"a\", [x])", none, "\"a\"");
        row("Append list", "Append([l], \"!\")", "{\"l\":[\"a\",\"b\"]}", "[\"a!\",\"b!\"]");
        row("Append of Mids", "Append(Mid([givenName], 1, 3), Mid([surname], 1, 5))",
            "{\"givenName\":\"John\",\"surname\":\"Doe\"}", "\"JohDoe\"");
        // Left
        row("Left doc", "Left(\"John Doe\", 3)", none, "\"Joh\"");
        row("Left zero", "Left(\"abc\", 0)", none, "\"\"");
        row("Left negative", "Left(\"abc\", -1)", none, "\"abc\"");
        row("Left longer", "Left(\"abc\", 10)", none, "\"abc\"");
        row("Left null", "Left([x], 2)", none, "\"\"");
        row("Left emoji", "Left(\"😀ab\", 2)", none, "\"😀a\"");
        row("Left numeric text count", "Left(\"abc\", \"2\")", none, "\"ab\"");
        row("Left bad count", "Left(\"abc\", \"two\")", none, "error:type@0");
        row("Left list", "Left([l], 1)", "{\"l\":[\"ab\",\"cd\"]}", "[\"a\",\"c\"]");
        // Mid
        row("Mid", "Mid(\"abcdef\", 2, 3)", none, "\"bcd\"");
        row("Mid past end", "Mid(\"abc\", 5, 2)", none, "\"\"");
        row("Mid stops at end", "Mid(\"abc\", 2, 10)", none, "\"bc\"");
        row("Mid null", "Mid([x], 1, 1)", none, "null");
        row("Mid start 0", "Mid(\"abc\", 0, 1)", none, "error:argument@0");
        row("Mid negative length", "Mid(\"abc\", 1, -1)", none, "error:argument@0");
        row("Mid string numbers", "Mid(\"abc\", \"1\", \"1\")", none, "\"a\"");
        row("Mid fraction", "Mid(\"abc\", 1.5, 1)", none, "error:type@0");
        // Len
        row("Len doc", "Len(\"John Doe\")", none, "8");
        row("Len number", "Len(42568)", none, "5");
        row("Len decimal spelling", "Len(42568.75)", none, "8");
        row("Len null", "Len([x])", none, "0");
        row("Len empty", "Len(\"\")", none, "0");
        row("Len emoji", "Len(\"😀\")", none, "1");
        row("Len list", "Len([l])", "{\"l\":[\"a\",\"b\"]}", "error:type@0");
        // InStr
        row("InStr doc", "InStr(\"The quick brown fox\",\"quick\")", none, "5");
        row("InStr start binary", "InStr(\"repEated\",\"e\",3,vbBinaryCompare)", none, "7");
        row("InStr text compare", "InStr(\"repEated\",\"e\",3,vbTextCompare)", none, "4");
        row("InStr quoted compare", "InStr(\"ABC\",\"b\", , \"vbTextCompare\")", none, "2");
        row("InStr numeric compare", "InStr(\"ABC\",\"b\", 1, 1)", none, "2");
        row("InStr absent", "InStr(\"abc\",\"z\")", none, "0");
        row("InStr null", "InStr([x],\"z\")", none, "0");
        row("InStr empty needle", "InStr(\"abc\",\"\", 2)", none, "2");
        row("InStr start beyond", "InStr(\"abc\",\"a\", 5)", none, "0");
        row("InStr start 0", "InStr(\"abc\",\"a\", 0)", none, "error:argument@0");
        row("InStr emoji positions", "InStr(\"😀x\",\"x\")", none, "2");
        // Join
        row("Join names", "Join(\" \", [firstname], [lastname])", "{\"firstname\":\"John\",\"lastname\":\"Doe\"}",
            "\"John Doe\"");
        row("Join skips empty", "Join(\", \", \"\", [surname], [givenName])",
            "{\"surname\":\"Doe\",\"givenName\":\"John\"}", "\"Doe, John\"");
        row("Join skips null", "Join(\",\", [x], \"a\")", none, "\"a\"");
        row("Join all skipped", "Join(\",\", [x], \"\")", none, "\"\"");
        row("Join list", "Join(\";\", [l], \"c\")", "{\"l\":[\"a\",\"\",\"b\"]}", "\"a;b;c\"");
        row("Join number spelling", "Join(\"\", 1000, \"x\")", none, "\"1000x\"");
        row("Join null separator", "Join([x], \"a\", \"b\")", none, "\"ab\"");
        // Split
        row("Split doc", "Split([e], \",\")", "{\"e\":\"PermissionSetOne, PermissionSetTwo\"}",
            "[\"PermissionSetOne\",\"PermissionSetTwo\"]");
        row("Split drops empties", "Split(\"a,,b,\", \",\")", none, "[\"a\",\"b\"]");
        row("Split nothing left", "Split(\" , \", \",\")", none, "null");
        row("Split null", "Split([x], \",\")", none, "null");
        row("Split empty delimiter", "Split(\"a\", \"\")", none, "error:argument@0");
        row("Split list", "Split([l], \",\")", "{\"l\":[\"a\"]}", "error:type@0");
        row("Split round trip", "Split(Join(\",\", Append(\"smtp:\", \"a@x\"), Append(\"SMTP:\", \"a@y\")), \",\")",
            none, "[\"smtp:a@x\",\"SMTP:a@y\"]");
        // StripSpaces, Trim
        row("StripSpaces", "StripSpaces(\" a b\tc \")", none, "\"ab\\tc\"");
        row("StripSpaces null", "StripSpaces([x])", none, "null");
        row("Trim doc", "Trim(\" Test \")", none, "\"Test\"");
        row("Trim nbsp and tab", "Trim(\"\u00a0\tx\u3000\")", none, "\"x\"");
        row("Trim list", "Trim([p])", "{\"p\":[\" a\",\"b \"]}", "[\"a\",\"b\"]");
        row("Trim null", "Trim([x])", none, "null");
        // Word
        row("Word doc", "Word(\"The quick brown fox\",3,\" \")", none, "\"brown\"");
        row("Word many delimiters", "Word(\"This,string!has&many separators\",3,\",!&#\")", none, "\"has\"");
        row("Word runs", "Word(\"a,,b\",2,\",\")", none, "\"b\"");
        row("Word too few", "Word(\"a b\",5,\" \")", none, "\"\"");
        row("Word zero", "Word(\"a b\",0,\" \")", none, "\"\"");
        row("Word null", "Word([x],1,\" \")", none, "\"\"");
        // PCase
        row("PCase doc", "PCase([firstName])", "{\"firstName\":\"PABLO GONSALVES (SECOND)\"}",
            "\"Pablo Gonsalves (Second)\"");
        row("PCase separators", "PCase([lastName],\" '-\")", "{\"lastName\":\"PINTO-DE'SILVA\"}", "\"Pinto-De'Silva\"");
        row("PCase join", "PCase(Join(\" \",[firstName],[lastName]))",
            "{\"firstName\":\"GREGORY\",\"lastName\":\"JAMES\"}", "\"Gregory James\"");
        row("PCase apostrophe continues", "PCase(\"o'connor\")", none, "\"O'connor\"");
        row("PCase digit quirk", "PCase(\"3rd street\")", none, "\"3Rd Street\"");
        row("PCase empty separators", "PCase(\"ab cd\", \"\")", none, "\"Ab cd\"");
        row("PCase null", "PCase([x])", none, "null");
        row("PCase then Replace", "Replace(PCase(\"st john's hospital\"),\"'S\", , ,\"'s\", , )", none,
            "\"St John's Hospital\"");
        // ToLower / ToUpper
        row("ToLower", "ToLower(\"ÀBC\")", none, "\"àbc\"");
        row("ToUpper sharp s stays", "ToUpper(\"Straße\")", none, "\"STRAßE\"");
        row("ToUpper turkish", "ToUpper(\"i\", \"tr-TR\")", none, "\"İ\"");
        row("ToLower turkish", "ToLower(\"I\", \"tr\")", none, "\"ı\"");
        row("ToLower other culture", "ToLower(\"I\", \"en-US\")", none, "\"i\"");
        row("ToLower omitted culture", "ToLower(\"AB\", )", none, "\"ab\"");
        row("ToLower null", "ToLower([x])", none, "null");
        row("ToLower list", "ToLower([l])", "{\"l\":[\"A\",\"B\"]}", "[\"a\",\"b\"]");
        row("Switch over ToLower", "Switch(ToLower([statusFlag]), \"0\", \"true\", \"1\", \"false\", \"0\")",
            "{\"statusFlag\":\"TRUE\"}", "\"1\"");
        // NormalizeDiacritics
        row("NormalizeDiacritics doc", "NormalizeDiacritics([givenName])", "{\"givenName\":\"Zoë\"}", "\"Zoe\"");
        row("NormalizeDiacritics table",
            "NormalizeDiacritics(\"äàâãåáąăāǟǡ çčć ď ğ ïîìíıī İ ľł ñńň öòőõôóōȫ ř šśșş ťț\")", none,
            "\"aaaaaaaaaaa ccc d g iiiiii I ll nnn oooooooo r ssss tt\"");
        row("NormalizeDiacritics ligatures", "NormalizeDiacritics(\"æǣ øœ Æ Ø Œ ß Ł\")", none,
            "\"aeae oeoe AE OE OE ss L\"");
        row("NormalizeDiacritics u y z", "NormalizeDiacritics(\"üùûúůűūǖ ÿýȳ źžż\")", none, "\"uuuuuuuu yyy zzz\"");
        row("NormalizeDiacritics vietnamese", "NormalizeDiacritics(\"ồĉ\")", none, "\"oc\"");
        row("NormalizeDiacritics keeps cyrillic", "NormalizeDiacritics(\"й\")", none, "\"й\"");
        row("NormalizeDiacritics null", "NormalizeDiacritics([x])", none, "null");
        row("UPN recipe",
            "ToLower(Join(\"@\", NormalizeDiacritics(StripSpaces(Join(\".\",  [f], [l]))), \"contoso.com\"))",
            "{\"f\":\"José\",\"l\":\"García-López\"}", "\"jose.garcia-lopez@contoso.com\"");
    }

    void evaluates() { CHECK_EVALUATION(); }
};

QTEST_GUILESS_MAIN(TestTextFunctions)
#include "TestTextFunctions.moc"
