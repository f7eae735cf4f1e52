#include "core/expr/Lexer.h"

#include <QTest>

Q_DECLARE_METATYPE(Token::Kind)

// The tokens of expressions.md §2: kinds, texts and code-point offsets, and the lexical errors.
class TestLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // kind:text@offset, space-separated

        QTest::newRow("call") << "Join(\" \", [a])"
                              << "N:Join@0 (@4 S: @5 ,@8 A:a@10 )@13";
        QTest::newRow("space before paren") << "Join (\"\")"
                                            << "N:Join@0 (@5 S:@6 )@8";
        QTest::newRow("escaped quote") << "\"a\\\"b\""
                                       << "S:a\"b@0";
        QTest::newRow("escaped backslash") << "\"a\\\\d\""
                                           << "S:a\\d@0";
        QTest::newRow("other backslash kept") << "\"\\d\""
                                              << "S:\\d@0";
        QTest::newRow("no \\n escape") << "\"\\n\""
                                       << "S:\\n@0";
        QTest::newRow("raw line break in string") << "\"a\nb\""
                                                  << "S:a\nb@0";
        QTest::newRow("dotted attribute") << "[addresses.work.locality]"
                                          << "A:addresses.work.locality@0";
        QTest::newRow("scim attribute") << "[urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department]"
                                        << "A:urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department@0";
        QTest::newRow("numbers") << "1 -10 +2 12.5"
                                 << "#:1@0 #:-10@2 #:+2@6 #:12.5@9";
        QTest::newRow("hex") << "&HF &hf7"
                             << "H:F@0 H:f7@4";
        QTest::newRow("concat") << "\"t-\" & [alias]"
                                << "S:t-@0 &@5 A:alias@7";
        QTest::newRow("comparisons") << "= <> < <= > >="
                                     << "C:=@0 C:<>@2 C:<@5 C:<=@7 C:>@10 C:>=@12";
        QTest::newRow("emoji counts one") << "\"😀\" [x]"
                                          << "S:😀@0 A:x@4";
        QTest::newRow("multi-line") << "Join(\n\t\"a\",\r\n[b])"
                                    << "N:Join@0 (@4 S:a@7 ,@10 A:b@13 )@16";
    }

    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto lexed = Lexer::tokenize(input);
        QVERIFY2(std::holds_alternative<QList<Token>>(lexed),
                 std::holds_alternative<ExprError>(lexed) ? qPrintable(std::get<ExprError>(lexed).message) : "");
        QStringList parts;
        for (const Token &t : std::get<QList<Token>>(lexed)) {
            static const char *const prefix[] = {"N:", "(", ")", ",", "A:", "S:", "#:", "H:", "C:", "&", "END"};
            if (t.kind == Token::Kind::End)
                continue;
            parts.append(QStringLiteral("%1%2@%3").arg(QLatin1String(prefix[int(t.kind)]), t.text).arg(t.offset));
        }
        QCOMPARE(parts.join(u' '), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("unterminated") << "Join(\"a\", \"bc" << 10 << "unterminated string starting at 10";
        QTest::newRow("escaped quote leaves it open") << "\"abc\\\"" << 0 << "unterminated";
        QTest::newRow("empty attribute") << "[]" << 0 << "empty attribute";
        QTest::newRow("missing ]") << "Len([mail)" << 4 << "missing its closing ]";
        QTest::newRow("line break in attribute") << "[ma\nil]" << 0 << "closing ]";
        QTest::newRow("leading space in attribute") << "[ mail]" << 0 << "leading or trailing spaces";
        QTest::newRow("number then letter") << "Left([a], 1x)" << 11 << "after the number";
        QTest::newRow("detached sign") << "Mid([a], - 1, 2)" << 9 << "must touch its digits";
        QTest::newRow("stray character") << "Join(\"a\"; [b])" << 8 << "unexpected character ';'";
        QTest::newRow("offset after emoji") << "\"😀\" #" << 4 << "unexpected character '#' at 4";
    }

    void errors()
    {
        QFETCH(QString, input);
        QFETCH(int, offset);
        QFETCH(QString, fragment);
        auto lexed = Lexer::tokenize(input);
        QVERIFY(std::holds_alternative<ExprError>(lexed));
        const ExprError error = std::get<ExprError>(lexed);
        QCOMPARE(error.kind, ExprError::Kind::Parse);
        QCOMPARE(error.offset, offset);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestLexer)
#include "TestLexer.moc"
