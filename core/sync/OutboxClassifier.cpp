#include "core/sync/OutboxClassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxClassifier", text);
}

OutboxOutcome failed(const GraphError &error, const QString &message = QString())
{
    OutboxOutcome o;
    o.kind = OutboxOutcome::Kind::Failed;
    o.failure = OutboxClassifier::failureOf(error);
    if (!message.isEmpty())
        o.failure.message = message;
    return o;
}

OutboxOutcome retry(const GraphError &error, const QString &why)
{
    OutboxOutcome o;
    o.kind = OutboxOutcome::Kind::Retry;
    o.failure = OutboxClassifier::failureOf(error);
    o.retryAfterMs = error.retryAfter.count() >= 0 ? qint64(error.retryAfter.count()) * 1000 : -1;
    o.why = why;
    return o;
}

// How a message names the account: its UPN, else its id.
QString accountOf(const OutboxEntry &entry)
{
    return entry.upn.isEmpty() ? entry.m365Id : entry.upn;
}

bool isManagerClear(const OutboxEntry &entry)
{
    return QJsonDocument::fromJson(entry.payload.toUtf8()).object().value(QLatin1String("managerId")).isNull();
}

QString statusText(const GraphError &error)
{
    return error.code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                : QStringLiteral("HTTP %1 %2").arg(error.httpStatus).arg(error.code);
}

} // namespace

namespace OutboxClassifier {

OutboxOutcome classifyAnswer(const OutboxEntry &entry, const BatchResponse &response, bool recentlyCreated);
OutboxOutcome classifyBatchError(const GraphError &error);

OutboxFailure failureOf(const GraphError &error)
{
    OutboxFailure f;
    f.httpStatus = error.httpStatus;
    f.code = error.details.isEmpty() || error.details.first().code.isEmpty() ? error.code : error.details.first().code;
    f.message = error.message.isEmpty() ? error.toString() : error.message;
    f.requestId = error.requestId;
    return f;
}

bool isOnPremisesMastered(const GraphError &error)
{
    return error.httpStatus == 400 && error.message.contains(u"on-premises mastered", Qt::CaseInsensitive);
}

bool isPasswordComplexity(const GraphError &error)
{
    return error.httpStatus == 400 && error.message.contains(u"password complexity", Qt::CaseInsensitive);
}

OutboxOutcome classify(const OutboxEntry &entry, const BatchResponse &response, bool recentlyCreated)
{
    OutboxOutcome o = classifyAnswer(entry, response, recentlyCreated);
    o.requestId = response.requestId;
    return o;
}

OutboxOutcome classifyAnswer(const OutboxEntry &entry, const BatchResponse &response, bool recentlyCreated)
{
    const GraphError &error = response.error;
    if (response.isSuccess()) {
        OutboxOutcome o;
        if (entry.op == u"create") {
            o.kind = OutboxOutcome::Kind::Created;
            o.m365Id = response.body.toObject().value(QLatin1String("id")).toString();
        }
        return o;
    }
    if (response.status == 0) // left out of the batch answer: unknown outcome
        return retry(error, tr("Microsoft Graph did not answer this request inside its batch; it is sent again."));
    const int status = response.status;
    if (status == 424) {
        OutboxOutcome o;
        o.kind = OutboxOutcome::Kind::FollowParent;
        o.failure = failureOf(error);
        return o;
    }
    if (status == 429 || status >= 500)
        return retry(error, tr("%1: %2").arg(statusText(error), error.message));
    if (status == 404) {
        if (entry.op == u"manager" && isManagerClear(entry))
            return {}; // clearing a manager that is not set: nothing to do
        if (recentlyCreated)
            return retry(error, tr("The account was created moments ago and Microsoft 365 does not show it yet "
                                   "(replication lag); trying again."));
    }
    if (status == 400 && entry.op == u"create" && error.hasDetail(QStringLiteral("ObjectConflict"))) {
        OutboxOutcome o;
        o.kind = OutboxOutcome::Kind::Takeover;
        o.failure = failureOf(error);
        return o;
    }
    if (isOnPremisesMastered(error))
        return failed(error, tr("The account %1 is mastered in on-premises Active Directory (synced by Entra "
                                "Connect), so Microsoft 365 refuses changes from clouddir. Change it on premises, "
                                "or stop syncing it there and retry. Graph said: %2")
                                 .arg(accountOf(entry), error.message));
    if (isPasswordComplexity(error))
        return failed(error, tr("The password for %1 does not meet the tenant's complexity rules (at least 8 "
                                "characters, three of: upper case, lower case, digits, symbols). Set another "
                                "password for the user, then retry. Graph said: %2")
                                 .arg(accountOf(entry), error.message));
    return failed(error);
}

OutboxOutcome classifyBatchFailure(const GraphError &error)
{
    OutboxOutcome o = classifyBatchError(error);
    o.requestId = error.requestId;
    return o;
}

OutboxOutcome classifyBatchError(const GraphError &error)
{
    if (error.kind == GraphError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
        && error.httpStatus != 401 && error.httpStatus != 408 && error.httpStatus != 429)
        return failed(error, error.toString()); // Graph refused the batch itself: sending it again cannot help
    return retry(error, error.toString());
}

} // namespace OutboxClassifier
