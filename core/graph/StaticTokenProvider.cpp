#include "core/graph/StaticTokenProvider.h"

#include <QCoreApplication>
#include <QFile>

Result<Secret> StaticTokenProvider::readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QCoreApplication::translate("StaticTokenProvider",
                                                     "Cannot read the access token file %1: %2 — check "
                                                     "the path given to --access-token-file.")
                             .arg(path, file.errorString()));
    }
    // A token is ~2 KB; refuse anything absurd rather than reading a wrong file into memory.
    const QByteArray content = file.read(64 * 1024).trimmed();
    if (content.isEmpty() || content.contains('\n') || content.contains(' ')) {
        return makeError(QCoreApplication::translate("StaticTokenProvider",
                                                     "The access token file %1 does not hold a single "
                                                     "token — put only the token in it.")
                             .arg(path));
    }
    return Secret(content);
}
