// Evaluates a 10-mapping set over 100,000 generated directory users twice — through core/expr (compiled once,
// evaluated per user) and through hand-written C++ doing the same transformations — checks that both give the same
// values for every user, and prints one JSON object. Exits non-zero when any value differs.
#include "core/directory/User.h"
#include "core/expr/Expression.h"
#include "core/expr/UserAttributes.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>
#include <vector>

namespace {

constexpr int Mappings = 10;

const char *const expressions[Mappings] = {
    R"(Join(" ", [firstname], [lastname]))",
    R"(Replace([phoneNumbers.mobile.number], , "[()\\s-]+", , "", , ))",
    R"(Switch([addresses.work.country], "US", "Germany", "DE", "France", "FR", "United Kingdom", "GB"))",
    R"(NormalizeDiacritics(Join(".", [firstname], [lastname])))",
    R"(FormatDateTime([hireDate], , "yyyy-MM-dd", "yyyyMMdd"))",
    R"(IIF([department]="Engineering", "Engineer", [jobTitle]))",
    R"(Coalesce([location], [addresses.work.locality], "HQ"))",
    R"(Left([username], 8))",
    R"(ToLower([email]))",
    R"(Append([department], " Ltd"))",
};

QList<User> generateUsers(int count)
{
    const QStringList first = {QStringLiteral("Zoë"),    QStringLiteral("José"),  QStringLiteral("Anna"),
                               QStringLiteral("Łukasz"), QStringLiteral("Bjørn"), QStringLiteral("Mary Ann")};
    const QStringList last = {QStringLiteral("Müller"), QStringLiteral("García-López"), QStringLiteral("Smith"),
                              QStringLiteral("Nowak"), QStringLiteral("O'Connor")};
    const QStringList countries = {QStringLiteral("Germany"), QStringLiteral("France"), QStringLiteral("Spain"),
                                   QStringLiteral("United Kingdom")};
    const QStringList departments = {QStringLiteral("Engineering"), QStringLiteral("Sales"), QString()};
    QList<User> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i) {
        User u;
        u.username = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        u.firstname = first.at(i % first.size());
        u.lastname = last.at(i % last.size());
        u.email = QStringLiteral("%1.%2@Contoso.COM").arg(u.username, QString::number(i % 97));
        u.department = departments.at(i % departments.size());
        u.jobTitle = i % 4 ? QStringLiteral("Analyst") : QString();
        u.location = i % 5 ? QString() : QStringLiteral("Building %1").arg(i % 9);
        u.workLocality = i % 3 ? QStringLiteral("Berlin") : QString();
        u.workCountry = countries.at(i % countries.size());
        u.mobilePhone = QStringLiteral("+49 (30) %1-%2").arg(100 + i % 900).arg(i % 10000, 4, 10, QLatin1Char('0'));
        u.attributes.insert(QStringLiteral("hireDate"),
                            QDate(2000, 1, 1).addDays(i % 9000).toString(QStringLiteral("yyyy-MM-dd")));
        users.append(u);
    }
    return users;
}

// The same ten transformations written by hand on the User fields. An empty result means "no value" (null).
void handWritten(const User &u, QString out[Mappings])
{
    static const QRegularExpression phone(QStringLiteral("[()\\s-]+"), QRegularExpression::UseUnicodePropertiesOption);
    auto join = [](const QString &sep, const QString &a, const QString &b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + sep + b;
    };
    out[0] = join(QStringLiteral(" "), u.firstname, u.lastname);
    out[1] = QString(u.mobilePhone).remove(phone);
    out[2] = u.workCountry == u"Germany"          ? QStringLiteral("DE")
             : u.workCountry == u"France"         ? QStringLiteral("FR")
             : u.workCountry == u"United Kingdom" ? QStringLiteral("GB")
                                                  : QStringLiteral("US");
    QString decomposed = join(QStringLiteral("."), u.firstname, u.lastname).normalized(QString::NormalizationForm_D);
    QString plain;
    bool afterBase = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && afterBase)
            continue;
        if (c == u'ø')
            plain += QStringLiteral("oe");
        else if (c == u'ł')
            plain += u'l';
        else if (c == u'Ł')
            plain += u'L';
        else
            plain += c;
        afterBase = c.isLetter() && c.unicode() < 128;
        if (c == u'ø' || c == u'ł' || c == u'Ł')
            afterBase = true;
    }
    out[3] = plain.normalized(QString::NormalizationForm_C);
    out[4] = QDate::fromString(u.attributes.value(QStringLiteral("hireDate")).toString(), QStringLiteral("yyyy-MM-dd"))
                 .toString(QStringLiteral("yyyyMMdd"));
    out[5] = u.department == u"Engineering" ? QStringLiteral("Engineer") : u.jobTitle;
    out[6] = !u.location.isEmpty() ? u.location : !u.workLocality.isEmpty() ? u.workLocality : QStringLiteral("HQ");
    out[7] = u.username.left(8);
    out[8] = u.email.toLower();
    out[9] = u.department.isEmpty() ? QString() : u.department + QStringLiteral(" Ltd");
}

QString gitCommit()
{
    QProcess git;
    git.setWorkingDirectory(QStringLiteral(CLOUDDIR_SOURCE_DIR));
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    if (git.waitForFinished(5000) && git.exitCode() == 0)
        return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
    return QStringLiteral(CLOUDDIR_CONFIGURE_COMMIT);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QList<User> users = generateUsers(count);

    std::vector<Expression> compiled;
    for (const char *text : expressions) {
        auto parsed = Expression::compile(QString::fromUtf8(text));
        if (auto *error = std::get_if<ExprError>(&parsed)) {
            std::fprintf(stderr, "bench: %s does not compile: %s\n", text, qUtf8Printable(error->message));
            return 1;
        }
        compiled.push_back(std::get<Expression>(parsed));
    }

    std::vector<QString> viaExpressions(size_t(count) * Mappings);
    std::vector<QString> viaHand(size_t(count) * Mappings);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const UserAttributes attributes(users.at(i));
        for (int m = 0; m < Mappings; ++m) {
            const Evaluation result = compiled[size_t(m)].evaluate(attributes);
            viaExpressions[size_t(i) * Mappings + size_t(m)] = result.value.toText();
        }
    }
    const qint64 exprNs = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < count; ++i)
        handWritten(users.at(i), &viaHand[size_t(i) * Mappings]);
    const qint64 handNs = timer.nsecsElapsed();

    int mismatches = 0;
    for (size_t k = 0; k < viaHand.size(); ++k) {
        if (viaHand[k] != viaExpressions[k] && !(viaHand[k].isEmpty() && viaExpressions[k].isEmpty())) {
            if (mismatches++ < 5)
                std::fprintf(stderr, "bench: user %zu mapping %zu: expression gave \"%s\", hand-written \"%s\"\n",
                             k / Mappings, k % Mappings, qUtf8Printable(viaExpressions[k]), qUtf8Printable(viaHand[k]));
        }
    }
    const double exprMs = double(exprNs) / 1e6;
    const double handMs = double(handNs) / 1e6;
    const QJsonObject out {
        {QStringLiteral("bench"), QStringLiteral("expressions")},
        {QStringLiteral("users"), count},
        {QStringLiteral("mappings"), Mappings},
        {QStringLiteral("expr_ms"), qRound64(exprMs * 10) / 10.0},
        {QStringLiteral("handwritten_ms"), qRound64(handMs * 10) / 10.0},
        {QStringLiteral("users_per_s"), qRound64(count / (exprMs / 1000))},
        {QStringLiteral("handwritten_users_per_s"), qRound64(count / (handMs / 1000))},
        {QStringLiteral("per_user_us"), qRound64(exprMs * 1000 / count * 100) / 100.0},
        {QStringLiteral("ratio"), qRound64(exprMs / handMs * 100) / 100.0},
        {QStringLiteral("mismatches"), mismatches},
        {QStringLiteral("commit"), gitCommit()},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return mismatches == 0 ? 0 : 1;
}
