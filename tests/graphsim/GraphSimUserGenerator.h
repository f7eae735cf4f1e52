#pragma once

#include <QJsonObject>
#include <QList>

// Deterministic synthetic tenants: the same (n, seed) always gives the same users, ids included. The data is
// deliberately awkward: accents (José, Zoë, Ångström), CJK (山田 太郎), an emoji in some display names, commas and
// double quotes, values starting with = + - @ (CSV-injection bait), nulls in optional properties and ~10 %
// disabled accounts. userPrincipalName is ASCII and unique: given.surname.N@contoso.onmicrosoft.com.
class GraphSimUserGenerator
{
public:
    static QList<QJsonObject> generate(int n, quint32 seed);
    // Strips accents and anything non-alphanumeric, lower-cased ("Ångström" -> "angstrom"); may return "".
    static QString asciiFold(const QString &text);
};
