#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/sync/UpnRule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UpnCommand", text);
}

QStringList domainList(const QString &value)
{
    QStringList domains;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString domain = part.trimmed();
        if (!domain.isEmpty())
            domains.append(domain);
    }
    return domains;
}

int upn(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Applies an integration's email → UPN rule to emails: which users would sync, with which "
           "userPrincipalName, and why (cloud-directories.md §1.7)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("domains"), tr("Domains the integration accepts, comma-separated (may be empty)."),
                      tr("LIST")});
    parser.addOption({QStringLiteral("default-domain"), tr("Default domain for emails outside the list."), tr("D")});
    parser.addOption({QStringLiteral("verified"), tr("The tenant's verified domains, comma-separated."), tr("LIST")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array, one object per email.")});
    parser.addPositionalArgument(QStringLiteral("emails"), tr("The emails to translate."), tr("-- EMAIL..."));
    if (const std::optional<int> exit = Console::parse(parser, arguments))
        return *exit;

    UpnRule::Config config;
    config.domains = domainList(parser.value(QStringLiteral("domains")));
    config.defaultDomain = parser.value(QStringLiteral("default-domain")).trimmed();
    if (parser.isSet(QStringLiteral("verified")))
        config.verified = domainList(parser.value(QStringLiteral("verified")));
    if (Result<void> valid = UpnRule::validate(config); !valid)
        return Console::fail(valid.error().message);

    const QStringList emails = parser.positionalArguments();
    const QList<UpnRule::Decision> decisions = UpnRule::apply(config, emails);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UpnRule::Decision &decision : decisions) {
            array.append(QJsonObject {{QStringLiteral("email"), decision.email},
                                      {QStringLiteral("sync"), decision.sync},
                                      {QStringLiteral("upn"),
                                       decision.upn.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(decision.upn)},
                                      {QStringLiteral("reason"), UpnRule::reasonName(decision.reason)}});
        }
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const UpnRule::Decision &decision : decisions) {
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(decision.email, decision.sync ? decision.upn : tr("(not synced)"),
                                UpnRule::reasonName(decision.reason));
        if (!decision.collidesWith.isEmpty()) {
            QStringList others;
            for (int index : decision.collidesWith)
                others.append(decisions.at(index).email);
            line += QLatin1Char('\t') + tr("collides with %1").arg(others.join(QStringLiteral(", ")));
        }
        Console::out(line);
    }
    return 0;
}

const CommandRegistry::Registration registration(
    {"upn", QT_TRANSLATE_NOOP("CommandLine", "Show which emails sync to which UPN under a domain rule."), upn});

} // namespace
