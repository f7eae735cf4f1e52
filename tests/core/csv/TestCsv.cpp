#include "core/csv/CsvExportFile.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#define QVERIFY_RESULT(expr)                            \
    do {                                                \
        const auto &result_ = (expr);                   \
        if (!result_)                                   \
            QFAIL(qPrintable(result_.error().message)); \
    } while (false)

// RFC 4180 writing and reading, the formula guard, and how failures read.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void encodesCell_data();
    void encodesCell();
    void writesBomOnceAndCrlf();
    void roundTrips_data();
    void roundTrips();
    void readsVariants_data();
    void readsVariants();
    void reportsMalformedInput_data();
    void reportsMalformedInput();
    void reportsUnwritablePath();
    void reportsDiskFull();
    void keepsOldFileWhenExportFails();
    void writes100kRowsQuickly();
};

namespace {

QByteArray written(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows) {
        if (!writer.writeRow(row))
            return {};
    }
    if (!writer.finish())
        return {};
    return buffer.data();
}

} // namespace

void TestCsv::encodesCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("alice");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CRLF inside") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("CJK") << QStringLiteral("研究開発") << QStringLiteral("研究開発").toUtf8();
    QTest::newRow("emoji") << QStringLiteral("🚀x") << QStringLiteral("🚀x").toUtf8();
    QTest::newRow("=") << QStringLiteral("=SUM(A1:A2)") << QByteArray("'=SUM(A1:A2)");
    QTest::newRow("+") << QStringLiteral("+41 44") << QByteArray("'+41 44");
    QTest::newRow("-") << QStringLiteral("-5") << QByteArray("'-5");
    QTest::newRow("@") << QStringLiteral("@cmd") << QByteArray("'@cmd");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("CR") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("= with comma") << QStringLiteral("=A1,B1") << QByteArray("\"'=A1,B1\"");
    QTest::newRow("= later") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestCsv::encodesCell()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeCell(cell), encoded);
}

void TestCsv::writesBomOnceAndCrlf()
{
    const QByteArray data = written({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QString()}});
    QCOMPARE(data, QByteArray("\xEF\xBB\xBF"
                              "a,b\r\nc,\r\n"));
    QCOMPARE(data.count("\xEF\xBB\xBF"), 1);
    QCOMPARE(written({}), QByteArray("\xEF\xBB\xBF"));
}

void TestCsv::roundTrips_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("simple") << QList<QStringList> {{QStringLiteral("username"), QStringLiteral("email")},
                                                   {QStringLiteral("alice"), QStringLiteral("a@example.org")}};
    QTest::newRow("special") << QList<QStringList> {
        {QStringLiteral("a,b"), QStringLiteral("\"quoted\""), QStringLiteral("line\nbreak"),
         QStringLiteral("cr\r\nlf")},
        {QString(), QStringLiteral(" padded "), QStringLiteral("\"\""), QString()}};
    QTest::newRow("unicode") << QList<QStringList> {
        {QStringLiteral("Zoë Łukasiewicz"), QStringLiteral("李小龍"), QStringLiteral("😀🚀"), QStringLiteral("Ørsted")}};
    QTest::newRow("single empty cell") << QList<QStringList> {
        {QStringLiteral("x")}, {QString()}, {QStringLiteral("y")}};
}

void TestCsv::roundTrips()
{
    QFETCH(QList<QStringList>, rows);
    auto read = CsvReader::parse(written(rows));
    QVERIFY_RESULT(read);
    QCOMPARE(*read, rows);
}

void TestCsv::readsVariants_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("rows");
    const QList<QStringList> ab = {{QStringLiteral("a"), QStringLiteral("b")},
                                   {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << ab;
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << ab;
    QTest::newRow("no final newline") << QByteArray("a,b\r\nc,d") << ab;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\nc,d")
                         << ab;
    QTest::newRow("quoted") << QByteArray("\"a\",\"b\"\n\"c\",d") << ab;
    QTest::newRow("empty input") << QByteArray() << QList<QStringList> {};
    QTest::newRow("only BOM") << QByteArray("\xEF\xBB\xBF") << QList<QStringList> {};
    QTest::newRow("empty cells") << QByteArray(",,\n") << QList<QStringList> {{QString(), QString(), QString()}};
    QTest::newRow("trailing comma") << QByteArray("a,") << QList<QStringList> {{QStringLiteral("a"), QString()}};
    QTest::newRow("embedded") << QByteArray("\"x,\"\"y\"\"\r\nz\",w")
                              << QList<QStringList> {{QStringLiteral("x,\"y\"\r\nz"), QStringLiteral("w")}};
    QTest::newRow("guard kept") << QByteArray("'=1+1") << QList<QStringList> {{QStringLiteral("'=1+1")}};
    QTest::newRow("bare quote in field") << QByteArray("a\"b") << QList<QStringList> {{QStringLiteral("a\"b")}};
}

void TestCsv::readsVariants()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, rows);
    auto read = CsvReader::parse(data);
    QVERIFY_RESULT(read);
    QCOMPARE(*read, rows);
}

void TestCsv::reportsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::newRow("unterminated") << QByteArray("a,b\nc,\"never closed\n\nmore") << 2 << 3
                                  << QStringLiteral("never closed");
    QTest::newRow("junk after quote") << QByteArray("a,b\r\n\"x\"y,z") << 2 << 4 << QStringLiteral("closing quote");
    QTest::newRow("junk after multiline") << QByteArray("\"a\nb\nc\" d") << 3 << 3 << QStringLiteral("doubled");
    QTest::newRow("column counts characters") << QByteArray("ü😀,\"x\"!") << 1 << 7 << QStringLiteral("closing quote");
    QTest::newRow("BOM not counted") << QByteArray("\xEF\xBB\xBF\"x") << 1 << 1 << QStringLiteral("never closed");
}

void TestCsv::reportsMalformedInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    CsvReader reader(data);
    std::optional<Error> error;
    for (int i = 0; i < 100 && !error; ++i) {
        auto row = reader.readRow();
        if (!row)
            error = row.error();
        else if (!row->has_value())
            break;
    }
    QVERIFY(error);
    QCOMPARE(reader.errorLine(), line);
    QCOMPARE(reader.errorColumn(), column);
    QVERIFY2(error->message.startsWith(QStringLiteral("Line %1, column %2:").arg(line).arg(column)),
             qPrintable(error->message));
    QVERIFY2(error->message.contains(says), qPrintable(error->message));
}

void TestCsv::reportsUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto missing = CsvExportFile::create(dir.filePath(QStringLiteral("nope/users.csv")));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"does not exist. Choose another folder."),
             qPrintable(missing.error().message));

    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    bool immutable = false;
    if (::geteuid() == 0) {
        // chmod does not stop root; an immutable folder does.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), locked}) != 0)
            QSKIP("Running as root without CAP_LINUX_IMMUTABLE: cannot make a folder unwritable.");
        immutable = true;
    } else {
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString path = locked + QStringLiteral("/users.csv");
    auto refused = CsvExportFile::create(path);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), locked});
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Cannot write %1: ").arg(path)),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.endsWith(u"Choose another folder."), qPrintable(refused.error().message));
}

void TestCsv::reportsDiskFull()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available here.");
    CsvWriter writer(&full);
    bool failed = false;
    QString message;
    for (int i = 0; i < 100000 && !failed; ++i) {
        auto row = writer.writeRow({QStringLiteral("row %1").arg(i), QStringLiteral("some text to fill the disk")});
        if (!row) {
            failed = true;
            message = row.error().message;
        }
    }
    if (!failed) {
        auto finished = writer.finish();
        QVERIFY(!finished);
        message = finished.error().message;
    }
    QVERIFY2(message.contains(u"/dev/full"), qPrintable(message));
    QVERIFY2(message.contains(u"free space"), qPrintable(message));
}

void TestCsv::keepsOldFileWhenExportFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    {
        auto file = CsvExportFile::create(path);
        QVERIFY_RESULT(file);
        QVERIFY_RESULT((*file)->writeRow({QStringLiteral("new")}));
        // Abandoned without commit(): as if the export failed half-way.
    }
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    auto file = CsvExportFile::create(path);
    QVERIFY_RESULT(file);
    QVERIFY_RESULT((*file)->writeRow({QStringLiteral("new")}));
    QVERIFY_RESULT((*file)->commit());
    check.close();
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "new\r\n"));
}

void TestCsv::writes100kRowsQuickly()
{
    QList<QStringList> rows;
    rows.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        rows.append({QStringLiteral("user%1").arg(i), QStringLiteral("user%1@example.org").arg(i),
                     QStringLiteral("Zoë"), QStringLiteral("Łukasiewicz, \"PhD\""), QStringLiteral("研究開発"),
                     QStringLiteral("+41 44 000 00 00"), QStringLiteral("Zürich"), QString(),
                     QStringLiteral("active")});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QElapsedTimer timer;
    timer.start();
    auto file = CsvExportFile::create(path);
    QVERIFY_RESULT(file);
    for (const QStringList &row : std::as_const(rows))
        QVERIFY_RESULT((*file)->writeRow(row));
    QVERIFY_RESULT((*file)->commit());
    const qint64 ms = timer.elapsed();
    qInfo("CSV write 100000 rows x 9 columns: %lld ms (%lld bytes)", ms, QFileInfo(path).size());
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    timer.restart();
    auto read = CsvReader::parse(check.readAll());
    qInfo("CSV read 100000 rows: %lld ms", timer.elapsed());
    QVERIFY_RESULT(read);
    QCOMPARE(read->size(), 100000);
    QStringList expected = rows.last();
    expected[5].prepend(u'\''); // the formula guard stays
    QCOMPARE(read->last(), expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
