#include "core/auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace {

QByteArray randomBase64Url(int words)
{
    std::array<quint32, 8> buffer {};
    const auto count = static_cast<std::size_t>(words);
    QRandomGenerator::system()->fillRange(buffer.data(), static_cast<qsizetype>(count));
    const QByteArray bytes(reinterpret_cast<const char *>(buffer.data()),
                           static_cast<qsizetype>(count * sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Secret Pkce::newVerifier()
{
    return Secret(randomBase64Url(8));
}

QByteArray Pkce::challenge(const Secret &verifier)
{
    return QCryptographicHash::hash(verifier.reveal(), QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString Pkce::newState()
{
    return QString::fromLatin1(randomBase64Url(6));
}
