#include "core/sync/OutboxRequests.h"

#include "core/graph/GetUserJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxRequests", text);
}

QJsonObject passwordProfile(const OutboxSend &send)
{
    // An admin-set password is the user's own; a generated one must be changed at the first sign-in.
    return {{QStringLiteral("password"), QString::fromUtf8(send.password->reveal())},
            {QStringLiteral("forceChangePasswordNextSignIn"), !send.adminPassword}};
}

} // namespace

namespace OutboxRequests {

Result<QJsonObject> payload(const OutboxEntry &entry)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(tr("The outbox row %1 (%2 of %3) has an unreadable payload: %4. Dismiss it and plan the "
                            "change again.")
                             .arg(entry.id, entry.op, entry.upn,
                                  error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object")));
    return doc.object();
}

QString accountId(const OutboxEntry &entry)
{
    const QString id = QJsonDocument::fromJson(entry.payload.toUtf8()).object().value(QLatin1String("id")).toString();
    return id.isEmpty() ? entry.m365Id : id;
}

QString lookupUpn(const OutboxEntry &entry)
{
    const QString upn =
        QJsonDocument::fromJson(entry.payload.toUtf8()).object().value(QLatin1String("resolveUpn")).toString();
    return upn.isEmpty() ? entry.upn : upn;
}

bool wantsPassword(const OutboxEntry &entry)
{
    return entry.op == u"create" || wantsAdminPasswordOnly(entry);
}

bool wantsAdminPasswordOnly(const OutboxEntry &entry)
{
    return entry.op != u"create"
           && QJsonDocument::fromJson(entry.payload.toUtf8()).object().value(QLatin1String("password")).toString()
                  == u"keychain";
}

Result<BatchRequest> build(const OutboxSend &send, const QUrl &graphBase)
{
    const OutboxEntry &entry = send.entry;
    auto object = payload(entry);
    if (!object)
        return object.error();
    BatchRequest request;
    QJsonObject body = object->value(QLatin1String("body")).toObject();
    if (entry.op == u"create") {
        if (!send.password)
            return makeError(tr("The create of %1 has no password to send.").arg(entry.upn));
        body.insert(QStringLiteral("passwordProfile"), passwordProfile(send));
        request.method = QByteArrayLiteral("POST");
        request.url = QStringLiteral("/users");
        request.body = body;
        return request;
    }
    if (send.key.isEmpty())
        return makeError(tr("The %1 of %2 names no Microsoft 365 account.").arg(entry.op, entry.upn));
    const QString user = GetUserJob::path(send.key);
    if (entry.op == u"manager") {
        request.url = user + QStringLiteral("/manager/$ref");
        if (send.managerId.isEmpty()) {
            request.method = QByteArrayLiteral("DELETE");
            return request;
        }
        const QString base = graphBase.toString(QUrl::StripTrailingSlash);
        request.method = QByteArrayLiteral("PUT");
        request.body =
            QJsonObject {{QStringLiteral("@odata.id"), base + QStringLiteral("/v1.0/users/") + send.managerId}};
        return request;
    }
    if (wantsAdminPasswordOnly(entry)) {
        if (!send.password)
            return makeError(tr("The password update of %1 has no password in the keychain.").arg(entry.upn));
        body.insert(QStringLiteral("passwordProfile"), passwordProfile(send));
    }
    request.method = QByteArrayLiteral("PATCH");
    request.url = user;
    request.body = body;
    return request;
}

Secret randomPassword()
{
    static const QByteArray classes[] = {QByteArrayLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
                                         QByteArrayLiteral("abcdefghijkmnopqrstuvwxyz"), QByteArrayLiteral("23456789"),
                                         QByteArrayLiteral("!#%&*+-=?@^_")};
    QRandomGenerator *random = QRandomGenerator::system();
    QByteArray password;
    // One of each class first, then any class; then shuffle so the classes do not sit at fixed places.
    for (int i = 0; i < 16; ++i) {
        const QByteArray &chars = classes[i < 4 ? i : random->bounded(4)];
        password.append(chars.at(random->bounded(int(chars.size()))));
    }
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(int(i + 1))]);
    return Secret(password);
}

} // namespace OutboxRequests
