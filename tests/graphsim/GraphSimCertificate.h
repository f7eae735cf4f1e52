#pragma once

#include <QByteArray>
#include <QString>

// A throw-away self-signed certificate for graphsim's TLS mode, made with OpenSSL libcrypto at start: EC P-256,
// SAN IP:127.0.0.1 and DNS:localhost, valid for a year from one hour ago. Clients trust it as their CA (Node via
// NODE_EXTRA_CA_CERTS, Qt via QSslConfiguration::setCaCertificates) — the Graph JS SDK only talks https (graph.md
// §4.1).
struct GraphSimCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // PKCS#8
    QString error;            // empty on success

    static GraphSimCertificate generate();
};
