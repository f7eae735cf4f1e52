#include "tests/graphsim/GraphSimUserGenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// A name and the ASCII form used in the UPN (CJK names need a romanisation, not a fold).
struct Name
{
    QString text;
    QString ascii;
};

const QList<Name> &givenNames()
{
    static const QList<Name> names = {
        {u"José"_s, {}},        {u"Zoë"_s, {}},           {u"Adaeze"_s, {}},
        {u"Bruno"_s, {}},       {u"Chloé"_s, {}},         {u"Søren"_s, u"soren"_s},
        {u"太郎"_s, u"taro"_s}, {u"Mia"_s, {}},           {u"Łukasz"_s, u"lukasz"_s},
        {u"Ana-María"_s, {}},   {u"O'Brien"_s, {}},       {u"Noah"_s, {}},
        {u"François"_s, {}},    {u"İlkay"_s, u"ilkay"_s}, {u"花子"_s, u"hanako"_s},
        {u"Emma"_s, {}},        {u"Björn"_s, {}},         {u"Nguyễn"_s, {}},
        {u"Liam"_s, {}},        {u"Sofía"_s, {}},
    };
    return names;
}

const QList<Name> &surnames()
{
    static const QList<Name> names = {
        {u"Ångström"_s, {}},      {u"Okafor"_s, {}},      {u"Castillo"_s, {}},     {u"山田"_s, u"yamada"_s},
        {u"Müller"_s, {}},        {u"Smith"_s, {}},       {u"García López"_s, {}}, {u"Dubois"_s, {}},
        {u"Øster"_s, u"oster"_s}, {u"Kowalski"_s, {}},    {u"van der Berg"_s, {}}, {u"D'Angelo"_s, {}},
        {u"Schröder"_s, {}},      {u"佐藤"_s, u"sato"_s}, {u"Johansson"_s, {}},    {u"Núñez"_s, {}},
    };
    return names;
}

// Values that break naive CSV writers and spreadsheet importers.
const QStringList jobTitles = {u"Site Reliability Engineer"_s,
                               u"=SUM(A1)"_s,
                               u"Engineer \"Level 2\""_s,
                               u"Head of Sales, EMEA"_s,
                               u"Accountant"_s,
                               u"@risk analyst"_s,
                               u"Développeuse"_s,
                               u"Designer"_s,
                               u"-Intern"_s,
                               u"営業部長"_s};
const QStringList departments = {u"Engineering"_s, u"+Sales"_s,      u"-ops"_s,      u"@home"_s,
                                 u"Finance"_s,     u"R&D, Europe"_s, u"Marketing"_s, u"Support"_s};
const QStringList offices = {u"Lagos 3F"_s, u"Berlin, Haus \"B\""_s, u"東京 12F"_s, u"Remote"_s, u"=HYPERLINK(1)"_s};
struct Place
{
    QString city, state, postalCode, country, usageLocation, language, phonePrefix;
};
const QList<Place> places = {
    {u"Seattle"_s, u"WA"_s, u"98101"_s, u"United States"_s, u"US"_s, u"en-US"_s, u"+1 206 555 "_s},
    {u"München"_s, u"Bayern"_s, u"80331"_s, u"Deutschland"_s, u"DE"_s, u"de-DE"_s, u"+49 89 555 "_s},
    {u"東京"_s, u"東京都"_s, u"100-0001"_s, u"日本"_s, u"JP"_s, u"ja-JP"_s, u"+81 3 5555 "_s},
    {u"Malmö"_s, u"Skåne"_s, u"211 22"_s, u"Sverige"_s, u"SE"_s, u"sv-SE"_s, u"+46 40 555 "_s},
    {u"Lagos"_s, u"Lagos"_s, u"100001"_s, u"Nigeria"_s, u"NG"_s, u"en-GB"_s, u"+234 1 555 "_s},
};
const QStringList emojis = {u"🚀"_s, u"🌍"_s, u"☕"_s, u"🎉"_s};

QString uuid(QRandomGenerator &random)
{
    // Hand-formatted: QString::arg chains cost more than the rest of a generated user.
    static const char hex[] = "0123456789abcdef";
    quint32 words[4];
    random.fillRange(words, 4);
    words[1] = (words[1] & 0xffff0fffu) | 0x00004000u; // version 4
    words[2] = (words[2] & 0x3fffffffu) | 0x80000000u; // RFC 4122 variant
    char text[36];
    int pos = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text[pos++] = '-';
        text[pos++] = hex[(words[nibble / 8] >> (28 - 4 * (nibble % 8))) & 0xf];
    }
    return QString::fromLatin1(text, 36);
}

QJsonValue maybe(QRandomGenerator &random, double pNull, const QString &value)
{
    return random.generateDouble() < pNull ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

template <typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

} // namespace

QString GraphSimUserGenerator::asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QList<QJsonObject> GraphSimUserGenerator::generate(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QJsonObject> users;
    users.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Name &given = pick(random, givenNames());
        const Name &surname = pick(random, surnames());
        const Place &place = pick(random, places);
        const QString givenAscii = given.ascii.isEmpty() ? asciiFold(given.text) : given.ascii;
        const QString surnameAscii = surname.ascii.isEmpty() ? asciiFold(surname.text) : surname.ascii;
        const QString local = u"%1.%2.%3"_s.arg(givenAscii, surnameAscii).arg(i + 1);
        const bool cjk = !given.ascii.isEmpty() && given.text.at(0).unicode() >= 0x3000;
        QString displayName = cjk ? surname.text + u' ' + given.text : given.text + u' ' + surname.text;
        const quint32 shape = random.bounded(20u);
        if (shape == 0)
            displayName = surname.text + u", "_s + given.text; // "Smith, John": a comma inside a value
        else if (shape == 1)
            displayName += u' ' + pick(random, emojis);
        else if (shape == 2)
            displayName = given.text + u" \"The Boss\" "_s + surname.text;

        // Values are drawn in a fixed order (that order defines the data set for a seed) and inserted in key order,
        // which is QJsonObject's storage order, so each insert appends.
        const QString id = uuid(random);
        const bool enabled = random.generateDouble() >= 0.1;
        const QJsonValue mail = maybe(random, 0.15, local + u"@contoso.com"_s);
        const QJsonArray otherMails = random.bounded(4u) == 0 ? QJsonArray {local + u"@example.org"_s} : QJsonArray();
        const QJsonValue jobTitle = maybe(random, 0.15, pick(random, jobTitles));
        const QJsonValue department = maybe(random, 0.15, pick(random, departments));
        const QJsonValue office = maybe(random, 0.2, pick(random, offices));
        const QJsonValue street = maybe(random, 0.3, u"%1 Main St., Suite %2"_s.arg(i % 997 + 1).arg(i % 50));
        const QJsonValue city = maybe(random, 0.1, place.city);
        const QJsonValue state = maybe(random, 0.2, place.state);
        const QJsonValue postalCode = maybe(random, 0.2, place.postalCode);
        const QJsonValue country = maybe(random, 0.1, place.country);
        const QJsonValue usageLocation = maybe(random, 0.1, place.usageLocation);
        const QJsonValue mobile = maybe(random, 0.3, place.phonePrefix + QString::number(1000 + i % 9000));
        // At most one business phone (trap 4).
        const QJsonArray businessPhones =
            random.bounded(3u) == 0 ? QJsonArray() : QJsonArray {place.phonePrefix + QString::number(100 + i % 900)};
        const QJsonValue onPremises = random.bounded(30u) == 0 ? QJsonValue(true) : QJsonValue(QJsonValue::Null);
        const QJsonValue language = maybe(random, 0.25, place.language);

        QJsonObject user;
        user.insert("accountEnabled"_L1, enabled);
        user.insert("businessPhones"_L1, businessPhones);
        user.insert("city"_L1, city);
        user.insert("country"_L1, country);
        user.insert("department"_L1, department);
        user.insert("displayName"_L1, displayName);
        user.insert("givenName"_L1, given.text);
        user.insert("id"_L1, id);
        user.insert("jobTitle"_L1, jobTitle);
        user.insert("mail"_L1, mail);
        user.insert("mailNickname"_L1, local);
        user.insert("mobilePhone"_L1, mobile);
        user.insert("officeLocation"_L1, office);
        user.insert("onPremisesSyncEnabled"_L1, onPremises);
        user.insert("otherMails"_L1, otherMails);
        user.insert("postalCode"_L1, postalCode);
        user.insert("preferredLanguage"_L1, language);
        user.insert("state"_L1, state);
        user.insert("streetAddress"_L1, street);
        user.insert("surname"_L1, surname.text);
        user.insert("usageLocation"_L1, usageLocation);
        user.insert("userPrincipalName"_L1, local + u"@contoso.onmicrosoft.com"_s);
        user.insert("userType"_L1, u"Member"_s);
        users.append(user);
    }
    return users;
}
