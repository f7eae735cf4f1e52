#include "core/expr/FunctionTable.h"
#include "core/expr/Parser.h"

#include <QTest>

namespace {

// A compact picture of a tree: Call(args), [attr], "text", #number, _ for omitted, a=b, a&b.
QString shape(const Node &node)
{
    QStringList children;
    for (const Node &child : node.children)
        children.append(shape(child));
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal.kind() == Value::Kind::Number ? QStringLiteral("#") + node.literal.toText()
                                                          : QStringLiteral("\"%1\"").arg(node.literal.toText());
    case Node::Kind::Attribute:
        return QStringLiteral("[%1]").arg(node.name);
    case Node::Kind::Omitted:
        return QStringLiteral("_");
    case Node::Kind::Keyword:
        return node.name;
    case Node::Kind::Concat:
        return children.join(u'&');
    case Node::Kind::Compare:
        return children.join(node.name);
    case Node::Kind::Call:
        return QStringLiteral("%1(%2)").arg(QLatin1String(FunctionTable::at(node.function).name), children.join(u','));
    }
    return {};
}

} // namespace

// The grammar of expressions.md §3 and the static checks of §8.
class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void trees_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("direct") << "[mail]"
                                << "[mail]";
        QTest::newRow("constant") << "\"Sales\""
                                  << "\"Sales\"";
        QTest::newRow("number") << "42"
                                << "#42";
        QTest::newRow("call") << "Join(\" \", [firstname], [lastname])"
                              << "Join(\" \",[firstname],[lastname])";
        QTest::newRow("zero args") << "Now()"
                                   << "Now()";
        QTest::newRow("zero args with spaces") << "Guid(   )"
                                               << "Guid()";
        QTest::newRow("case-insensitive names") << "switch([a], , \"1\", \"x\")"
                                                << "Switch([a],_,\"1\",\"x\")";
        QTest::newRow("omitted middle") << "Replace([a], , \"x\", , \"y\", , )"
                                        << "Replace([a],_,\"x\",_,\"y\",_,_)";
        QTest::newRow("trailing omitted optional") << "ToLower(Mid([lastName], 2, 64), )"
                                                   << "ToLower(Mid([lastName],#2,#64),_)";
        QTest::newRow("comparison") << "IIF([country]=\"USA\", 1, 2)"
                                    << "IIF([country]=\"USA\",#1,#2)";
        QTest::newRow("concat binds tighter") << "\"t-\" & [a] = \"x\""
                                              << "\"t-\"&[a]=\"x\"";
        QTest::newRow("keyword arg") << "InStr(\"a\", \"b\", 1, vbTextCompare)"
                                     << "InStr(\"a\",\"b\",#1,vbTextCompare)";
        QTest::newRow("keyword any case") << "ConvertFromBase64(\"QQ==\", utf8)"
                                          << "ConvertFromBase64(\"QQ==\",UTF8)";
        QTest::newRow("IgnoreAttributeFlow anywhere") << "IIF(1=1, [a], IgnoreAttributeFlow)"
                                                      << "IIF(#1=#1,[a],IgnoreAttributeFlow)";
        QTest::newRow("hex is decimal") << "BitAnd(&HF, &HF7)"
                                        << "BitAnd(#15,#247)";
        QTest::newRow("outermost SelectUniqueValue") << "SelectUniqueValue([a], [b])"
                                                     << "SelectUniqueValue([a],[b])";
        QTest::newRow("FormatDateTime three args") << "FormatDateTime([d], \"yyyy\", \"yy\")"
                                                   << "FormatDateTime([d],\"yyyy\",\"yy\")";
    }

    void trees()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto parsed = Parser::parse(input);
        QVERIFY2(std::holds_alternative<Node>(parsed),
                 std::holds_alternative<ExprError>(parsed) ? qPrintable(std::get<ExprError>(parsed).message) : "");
        QCOMPARE(shape(std::get<Node>(parsed)), expected);
    }

    void offsets()
    {
        auto parsed = Parser::parse(QStringLiteral("Join(\"-\", [a],  Left([b], 2))"));
        QVERIFY(std::holds_alternative<Node>(parsed));
        const Node &root = std::get<Node>(parsed);
        QCOMPARE(root.offset, 0);
        QCOMPARE(root.children[1].offset, 10);
        QCOMPARE(root.children[2].offset, 16);
        QCOMPARE(root.children[2].children[1].offset, 26);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("empty") << ""
                               << "parse" << 0 << "empty";
        QTest::newRow("blank") << "   "
                               << "parse" << 0 << "empty";
        QTest::newRow("unknown function")
            << "Joinn(\"a\", [b])"
            << "unknown-function" << 0 << "Unknown function 'Joinn' at offset 0 — did you mean 'Join'?";
        QTest::newRow("unknown nested") << "ToLower(Appnd([a], \"x\"))"
                                        << "unknown-function" << 8 << "'Append'";
        QTest::newRow("Contains unknown") << "Contains([a], \"x\")"
                                          << "unknown-function" << 0 << "'Contains'";
        QTest::newRow("Prepend unknown") << "Prepend([a], \"x\")"
                                         << "unknown-function" << 0 << "Prepend";
        QTest::newRow("too few") << "Mid([a], 1)"
                                 << "arity" << 0 << "Mid at offset 0 takes 3 arguments (source, start, length); got 2";
        QTest::newRow("too many") << "Len([a], 1)"
                                  << "arity" << 0 << "got 2";
        QTest::newRow("at least") << "Join(\",\")"
                                  << "arity" << 0 << "at least 2";
        QTest::newRow("omitted required") << "Mid([a], , 2)"
                                          << "arity" << 0 << "start (argument 2) cannot be left empty";
        QTest::newRow("Left omitted count") << "Left([a], )"
                                            << "arity" << 0 << "numChars";
        QTest::newRow("Coalesce no omission") << "Coalesce([a], , [b])"
                                              << "arity" << 0 << "cannot be left empty";
        QTest::newRow("odd Switch") << "Switch([a], \"d\", \"1\", \"x\", \"2\")"
                                    << "arity" << 0 << "key/value pairs";
        QTest::newRow("Switch too short") << "Switch([a], \"d\")"
                                          << "arity" << 0 << "at least 4";
        QTest::newRow("FormatDateTime 3 args omitted") << "FormatDateTime([d], , \"yy\")"
                                                       << "arity" << 0 << "empty";
        QTest::newRow("missing paren") << "Join(\"a\", [b]"
                                       << "parse" << 13 << "missing ) to close Join( opened at 0";
        QTest::newRow("extra paren") << "Len([a]))"
                                     << "parse" << 8 << "unexpected ')' at 8: no call is open";
        QTest::newRow("grouping parens") << "(\"a\")"
                                         << "parse" << 0 << "parentheses only belong to function calls";
        QTest::newRow("bare name") << "Join(\",\", mail)"
                                   << "parse" << 10
                                   << "unknown name mail at 10: write [mail] for an attribute or \"mail\" for text";
        QTest::newRow("chained comparison") << "IIF([a]=[b]=[c], 1, 2)"
                                            << "parse" << 11 << "cannot be chained";
        QTest::newRow("trailing garbage") << "[a] [b]"
                                          << "parse" << 4 << "already ended";
        QTest::newRow("missing comma") << "Join(\",\" [a])"
                                       << "parse" << 9 << "separate arguments with a comma";
        QTest::newRow("keyword misplaced") << "Join(\",\", vbTextCompare)"
                                           << "parse" << 10 << "only allowed as argument 4 of InStr";
        QTest::newRow("IgnoreObjectFlow") << "IIF(1=1, [a], IgnoreObjectFlow)"
                                          << "unsupported" << 14 << "not supported";
        QTest::newRow("SingleAppRoleAssignment")
            << "SingleAppRoleAssignment([appRoleAssignments])"
            << "unsupported" << 0 << "only works inside Microsoft's provisioning service";
        QTest::newRow("unsupported nested") << "Join(\",\", AppRoleAssignmentsComplex([r]))"
                                            << "unsupported" << 10 << "AppRoleAssignmentsComplex is not supported";
        QTest::newRow("IgnoreFlow nested") << "IIF(IgnoreFlowIfNullOrEmpty([c]),[c],\"Other\")"
                                           << "parse" << 4 << "outermost";
        QTest::newRow("SelectUniqueValue nested") << "ToLower(SelectUniqueValue([a], [b]))"
                                                  << "parse" << 8 << "outermost";
        QTest::newRow("Replace old and regex") << "Replace([a], \"x\", \"y\", , \"z\", , )"
                                               << "argument" << 0 << "five forms";
        QTest::newRow("Replace old alone") << "Replace([a], \"x\")"
                                           << "argument" << 0 << "five forms";
        QTest::newRow("Replace bad regex") << "Replace([a], , \"(\", , \"z\", , )"
                                           << "argument" << 15 << "does not compile";
        QTest::newRow("Replace unknown group") << "Replace([a], , \"(?<x>a)\", \"y\", \"z\", , )"
                                               << "argument" << 26 << "no group named \"y\"";
        QTest::newRow("class subtraction") << "Replace([a], , \"[a-z-[aeiou]]\", , \"\", , )"
                                           << "argument" << 15 << "subtraction";
        QTest::newRow("balancing group") << "Replace([a], , \"(?<a-b>x)\", , \"\", , )"
                                         << "argument" << 15 << "balancing";
        QTest::newRow("block name") << "Replace([a], , \"\\p{IsGreek}\", , \"\", , )"
                                    << "argument" << 15 << "block names";
        QTest::newRow("variable lookbehind") << "Replace([a], , \"(?<=a+)b\", , \"\", , )"
                                             << "argument" << 15 << "lookbehind";
        QTest::newRow("bad culture") << "ToLower([a], \"not a culture\")"
                                     << "argument" << 13 << "not a culture name";
        QTest::newRow("too long") << QString(10001, u' ') << "parse" << 10000 << "maximum is 10000";
        QTest::newRow("too deep") << QString(QStringLiteral("Trim(").repeated(101) + QStringLiteral("\"a\"")
                                             + QString(101, u')'))
                                  << "parse" << 500 << "nested more than 100";
    }

    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(int, offset);
        QFETCH(QString, fragment);
        auto parsed = Parser::parse(input);
        QVERIFY(std::holds_alternative<ExprError>(parsed));
        const ExprError error = std::get<ExprError>(parsed);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QCOMPARE(ExprError::kindName(error.kind), kind);
        QCOMPARE(error.offset, offset);
    }

    void everyFunctionHasHelpAndSignature()
    {
        QCOMPARE(FunctionTable::all().size(), 52);
        for (const FunctionSpec &spec : FunctionTable::all()) {
            QVERIFY2(!FunctionTable::help(spec).isEmpty(), spec.name);
            QVERIFY(FunctionTable::signature(spec).startsWith(QLatin1String(spec.name) + u'('));
            QVERIFY(FunctionTable::find(QString::fromLatin1(spec.name).toUpper()) >= 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "TestParser.moc"
