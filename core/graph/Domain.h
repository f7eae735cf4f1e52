#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One domain of the tenant (graph.md §2.6). Verified domains are the legal UPN suffixes; password validity is set per
// domain, and 2147483647 means passwords never expire (null = the service default).
struct Domain
{
    static constexpr qint64 NeverExpires = 2147483647;

    QString id; // the FQDN
    bool isVerified = false;
    bool isDefault = false;
    bool isInitial = false;
    bool isRoot = false;
    QString authenticationType; // "Managed" | "Federated"
    std::optional<qint64> passwordValidityPeriodInDays;
    std::optional<qint64> passwordNotificationWindowInDays;

    bool passwordsNeverExpire() const { return passwordValidityPeriodInDays == NeverExpires; }
    bool isFederated() const
    {
        return authenticationType.compare(QLatin1String("Federated"), Qt::CaseInsensitive) == 0;
    }

    static Domain fromJson(const QJsonObject &json)
    {
        Domain d;
        d.id = json.value(QLatin1String("id")).toString();
        d.isVerified = json.value(QLatin1String("isVerified")).toBool();
        d.isDefault = json.value(QLatin1String("isDefault")).toBool();
        d.isInitial = json.value(QLatin1String("isInitial")).toBool();
        d.isRoot = json.value(QLatin1String("isRoot")).toBool();
        d.authenticationType = json.value(QLatin1String("authenticationType")).toString();
        const QJsonValue validity = json.value(QLatin1String("passwordValidityPeriodInDays"));
        if (validity.isDouble())
            d.passwordValidityPeriodInDays = validity.toInteger();
        const QJsonValue window = json.value(QLatin1String("passwordNotificationWindowInDays"));
        if (window.isDouble())
            d.passwordNotificationWindowInDays = window.toInteger();
        return d;
    }

    bool operator==(const Domain &) const = default;
};
