#pragma once

// What the executor's proofs (issue 7: chaos, kill loop, two processes, bench) share: a directory of n users and a
// tenant holding half of them, planned through the real PlanInputLoader, M365StateReader, Planner and PlanQueue
// (bind everyone, export jobTitle, department and the manager), and a check of the final tenant against the
// directory, field by field, computed from the directory itself rather than from the plan.
//
// User i: username pu<i>, pu<i>@northwind-labs.com, First<i> Last<i>, jobTitle "Engineer <i % 7>", department
// "Dept <i % 5>", manager pu<(i - 1) / 10> for i > 0. Odd users exist in the tenant already (with jobTitle "Old", no
// manager): a takeover PATCH each; even users are created. Every user but pu0 gets a manager operation. So n users
// plan about 2n operations.
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/mapping/BuiltInMappings.h"
#include "core/sync/M365StateReader.h"
#include "core/sync/PlanInputLoader.h"
#include "core/sync/PlanQueue.h"
#include "core/sync/Planner.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ExecutorScenario {

inline const QString Domain = QStringLiteral("northwind-labs.com");

inline QString upnOf(int i)
{
    return QStringLiteral("pu%1@").arg(i) + Domain;
}
inline int managerOf(int i)
{
    return i > 0 ? (i - 1) / 10 : -1;
}
inline QString jobTitleOf(int i)
{
    return QStringLiteral("Engineer %1").arg(i % 7);
}
inline QString departmentOf(int i)
{
    return QStringLiteral("Dept %1").arg(i % 5);
}
inline bool existsBefore(int i)
{
    return i % 2 == 1;
}

// The accounts the tenant holds before the plan (odd users, stale jobTitle, no manager).
inline QList<QJsonObject> tenant(int n)
{
    QList<QJsonObject> accounts;
    for (int i = 1; i < n; i += 2) {
        accounts.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("m-%1").arg(i)},
                                     {QStringLiteral("userPrincipalName"), upnOf(i)},
                                     {QStringLiteral("displayName"), QStringLiteral("First%1 Last%1").arg(i)},
                                     {QStringLiteral("givenName"), QStringLiteral("First%1").arg(i)},
                                     {QStringLiteral("surname"), QStringLiteral("Last%1").arg(i)},
                                     {QStringLiteral("mailNickname"), QStringLiteral("pu%1").arg(i)},
                                     {QStringLiteral("jobTitle"), QStringLiteral("Old")},
                                     {QStringLiteral("department"), departmentOf(i)},
                                     {QStringLiteral("accountEnabled"), true}});
    }
    return accounts;
}

// Inserts the n directory users (managers set in a second pass: ids are generated on insert). Returns an error.
inline QString addDirectory(Store &store, int n)
{
    QList<User> users;
    for (int i = 0; i < n; ++i) {
        User u;
        u.username = QStringLiteral("pu%1").arg(i);
        u.email = upnOf(i);
        u.firstname = QStringLiteral("First%1").arg(i);
        u.lastname = QStringLiteral("Last%1").arg(i);
        u.jobTitle = jobTitleOf(i);
        u.department = departmentOf(i);
        users.append(u);
    }
    if (auto inserted = store.insertUsers(users); !inserted)
        return inserted.error().message;
    auto all = store.users();
    if (!all)
        return all.error().message;
    QHash<QString, User> byName;
    for (const User &u : *all)
        byName.insert(u.username, u);
    for (int i = 1; i < n; ++i) {
        User u = byName.value(QStringLiteral("pu%1").arg(i));
        u.managerId = byName.value(QStringLiteral("pu%1").arg(managerOf(i))).id;
        if (auto updated = store.updateUser(u); !updated)
            return updated.error().message;
    }
    return QString();
}

struct Planned
{
    int operations = 0;
    QMap<QString, int> counts; // per op name
    QString error;
};

// Plans "bind every user, export jobTitle, department and the manager" against the tenant behind client, and
// queues it (PlanQueue::confirm, typing the integration's name under the brake).
inline Planned planAndQueue(Store &store, const Integration &integration, GraphClient &client)
{
    Planned result;
    PlanRequest request;
    auto keys = store.userKeys();
    if (!keys) {
        result.error = keys.error().message;
        return result;
    }
    for (const UserKey &k : *keys)
        request.change.bindUsers.append(k.id);
    IntegrationSettings settings;
    settings.domains = {Domain};
    settings.exportManager = true;
    request.settings = settings;
    for (const Mapping &m : BuiltInMappings::optional(integration.id)) {
        if (m.builtIn == u"user_job_title" || m.builtIn == u"user_department")
            request.saveMappings.append(m);
    }
    auto input = PlanInputLoader::load(store, integration, request);
    if (!input) {
        result.error = input.error().message;
        return result;
    }
    input->verifiedDomains = QStringList {Domain};
    M365StateReader reader(&client, Planner::exportedProperties(input->mappings));
    QEventLoop loop;
    QObject::connect(&reader, &M365StateReader::finished, &loop, &QEventLoop::quit);
    reader.start();
    loop.exec();
    if (!reader.error().isEmpty()) {
        result.error = reader.error();
        return result;
    }
    auto plan = Planner::plan(*input, reader.state());
    if (!plan) {
        result.error = plan.error().message;
        return result;
    }
    auto queued = PlanQueue::confirm(store, *plan, *input, request, plan->confirmationText());
    if (!queued) {
        result.error = queued.error().message;
        return result;
    }
    result.operations = *queued;
    result.counts = plan->counts();
    return result;
}

// Compares the tenant's accounts with what the n directory users say, field by field. Returns every difference (at
// most `limit` of them, then a count), empty when the tenant is exactly as planned: one account per user (no
// duplicate UPN, no other account), enabled, names, jobTitle, department and the manager's account.
inline QStringList differences(const QList<QJsonObject> &accounts, int n, int limit = 20)
{
    QStringList diffs;
    int more = 0;
    auto note = [&](const QString &d) {
        if (diffs.size() < limit)
            diffs.append(d);
        else
            ++more;
    };
    QHash<QString, QJsonObject> byUpn;
    QHash<QString, QString> upnById;
    for (const QJsonObject &a : accounts) {
        const QString upn = a.value(QStringLiteral("userPrincipalName")).toString().toLower();
        if (byUpn.contains(upn))
            note(QStringLiteral("duplicate account for %1").arg(upn));
        byUpn.insert(upn, a);
        upnById.insert(a.value(QStringLiteral("id")).toString(), upn);
    }
    if (accounts.size() != n)
        note(QStringLiteral("%1 accounts in the tenant, %2 directory users").arg(accounts.size()).arg(n));
    for (int i = 0; i < n; ++i) {
        const QString upn = upnOf(i);
        const auto it = byUpn.constFind(upn);
        if (it == byUpn.constEnd()) {
            note(QStringLiteral("no account for %1").arg(upn));
            continue;
        }
        const QJsonObject &a = it.value();
        const QHash<QString, QString> expected {
            {QStringLiteral("displayName"), QStringLiteral("First%1 Last%1").arg(i)},
            {QStringLiteral("givenName"), QStringLiteral("First%1").arg(i)},
            {QStringLiteral("surname"), QStringLiteral("Last%1").arg(i)},
            {QStringLiteral("jobTitle"), jobTitleOf(i)},
            {QStringLiteral("department"), departmentOf(i)}};
        for (auto e = expected.cbegin(); e != expected.cend(); ++e) {
            const QString actual = a.value(e.key()).toString();
            if (actual != e.value())
                note(QStringLiteral("%1 %2: %3, expected %4").arg(upn, e.key(), actual, e.value()));
        }
        if (!a.value(QStringLiteral("accountEnabled")).toBool())
            note(QStringLiteral("%1 is disabled").arg(upn));
        const QString managerUpn = upnById.value(a.value(QStringLiteral("managerId")).toString());
        const QString expectedManager = managerOf(i) >= 0 ? upnOf(managerOf(i)) : QString();
        if (managerUpn != expectedManager)
            note(QStringLiteral("%1 manager: %2, expected %3").arg(upn, managerUpn, expectedManager));
    }
    if (more > 0)
        diffs.append(QStringLiteral("… and %1 more differences").arg(more));
    return diffs;
}

} // namespace ExecutorScenario
