#include "tests/graphsim/GraphSimCertificate.h"

#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

GraphSimCertificate GraphSimCertificate::generate()
{
    GraphSimCertificate result;
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!key || !cert) {
        result.error = u"OpenSSL could not create a P-256 key"_s;
        return result;
    }
    X509_set_version(cert.get(), 2);
    // A random serial so a client that cached an earlier run's certificate does not mix the two up.
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     static_cast<long>(QRandomGenerator::global()->bounded(1, 0x7fffffff)));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("graphsim 127.0.0.1"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("clouddir graphsim"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    // CA:TRUE + keyCertSign because clients install this very certificate as their trust anchor; OpenSSL-based
    // clients (Qt, Node) then accept it as a self-issued server certificate.
    const bool extensionsOk = addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
                              && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
                              && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
                              && addExtension(cert.get(), NID_subject_key_identifier, "hash")
                              && addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    if (!extensionsOk || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        result.error = u"OpenSSL could not build or sign the certificate"_s;
        return result;
    }
    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        result.error = u"OpenSSL could not write the certificate as PEM"_s;
        return result;
    }
    result.certificatePem = bioToBytes(certBio.get());
    result.privateKeyPem = bioToBytes(keyBio.get());
    return result;
}
