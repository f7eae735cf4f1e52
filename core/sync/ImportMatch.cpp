#include "core/sync/ImportMatch.h"

QString ImportMatch::text() const
{
    // Machine-stable words (the CSV column is read by scripts); the UI shows translated labels beside them.
    switch (kind) {
    case Kind::New:
        return QStringLiteral("new");
    case Kind::Matches:
        return QStringLiteral("matches ") + username;
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::AlreadyBound:
        return QStringLiteral("already bound");
    }
    return {};
}
