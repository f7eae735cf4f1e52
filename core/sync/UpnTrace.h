#pragma once

#include "core/directory/UserKey.h"
#include "core/sync/UpnRule.h"

#include <QList>
#include <QString>

// The rule trace of an integration's domain settings for its bound users (cloud-directories.md §2.4): per user the
// UPN it would get or why it is out of scope, as UpnRule decides, with a sentence for a person that names the other
// users of a collision. A plain function over values: safe to run on a worker thread (100,000 users take well under
// a second).
namespace UpnTrace {

struct Row
{
    QString userId;
    QString username;
    QString email;
    QString upn; // empty when out of scope
    bool sync = false;
    UpnRule::Reason reason = UpnRule::Reason::InvalidEmail;
    QString message;

    bool operator==(const Row &) const = default;
};

struct Result
{
    QList<Row> rows; // in the order of the users given
    int synced = 0;
    int outOfScope = 0;
    int collisions = 0;
};

Result trace(const UpnRule::Config &config, const QList<UserKey> &users);
// Which of the three configurations of §1.7 the settings form, as one sentence.
QString configurationText(const UpnRule::Config &config);

} // namespace UpnTrace
