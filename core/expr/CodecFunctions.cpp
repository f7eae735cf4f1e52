#include "core/expr/Functions_p.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

namespace Functions {

Value convertToBase64(CallContext &call)
{
    const Value v = call.arg(0);
    QString text;
    if (!call.text(v, 0, text) || v.isNull())
        return {};
    return Value::string(QString::fromLatin1(utf16le(text).toBase64()));
}

Value convertToUtf8Hex(CallContext &call)
{
    const Value v = call.arg(0);
    QString text;
    if (!call.text(v, 0, text) || v.isNull())
        return {};
    return Value::string(QString::fromLatin1(text.toUtf8().toHex().toUpper()));
}

Value convertFromBase64(CallContext &call)
{
    const Value v = call.arg(0);
    QString text;
    QString encoding = QStringLiteral("Unicode");
    if (!call.text(v, 0, text) || (call.present(1) && !call.text(call.arg(1), 1, encoding)) || v.isNull())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return call.fail(ExprError::Kind::Argument, tr("ConvertFromBase64: the source is not valid base64"));
    const QByteArray &bytes = *decoded;
    const QString e = encoding.trimmed();
    if (e.compare(u"ASCII", Qt::CaseInsensitive) == 0) {
        for (const char b : bytes) {
            if (uchar(b) > 127)
                return call.fail(ExprError::Kind::Argument,
                                 tr("ConvertFromBase64: the bytes are not ASCII text; try UTF8 or Unicode"));
        }
        return Value::string(QString::fromLatin1(bytes));
    }
    QStringDecoder::Encoding which = QStringDecoder::Utf16LE;
    if (e.compare(u"UTF8", Qt::CaseInsensitive) == 0)
        which = QStringDecoder::Utf8;
    else if (e.compare(u"Unicode", Qt::CaseInsensitive) != 0)
        return call.fail(ExprError::Kind::Argument,
                         tr("ConvertFromBase64: encoding must be Unicode, UTF8 or ASCII, got \"%1\"").arg(e));
    if (which == QStringDecoder::Utf16LE && bytes.size() % 2 != 0)
        return call.fail(ExprError::Kind::Argument,
                         tr("ConvertFromBase64: the bytes are not Unicode (UTF-16) text; try UTF8"));
    QStringDecoder decoder(which, QStringDecoder::Flag::Stateless);
    const QString out = decoder(bytes);
    if (decoder.hasError())
        return call.fail(ExprError::Kind::Argument,
                         tr("ConvertFromBase64: the bytes are not valid text in the %1 encoding").arg(e));
    return Value::string(out);
}

Value dnComponent(CallContext &call)
{
    const Value v = call.arg(0);
    QString dn;
    qint64 number = 0;
    if (!call.text(v, 0, dn) || !call.integer(call.arg(1), 1, number) || v.isNull())
        return {};
    QStringList components;
    QString current;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        if (dn.at(i) == u'\\' && i + 1 < dn.size()) {
            current.append(dn.at(i + 1)); // an escaped character stays inside the component, unescaped
            ++i;
        } else if (dn.at(i) == u',') {
            components.append(current);
            current.clear();
        } else {
            current.append(dn.at(i));
        }
    }
    components.append(current);
    if (number < 1 || number > components.size())
        return {};
    const QString component = components.at(qsizetype(number - 1)).trimmed();
    const qsizetype eq = component.indexOf(u'=');
    return Value::string(eq < 0 ? component : component.mid(eq + 1));
}

Value guid(CallContext &)
{
    return Value::string(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Value randomString(CallContext &call)
{
    qint64 values[5] = {};
    for (int i = 0; i < 5; ++i) {
        if (!call.integer(call.arg(i), i, values[i]))
            return {};
        if (values[i] < 0)
            return call.fail(ExprError::Kind::Argument,
                             tr("RandomString: %1 cannot be negative").arg(call.parameter(i)));
    }
    QString avoid;
    if (call.present(5) && !call.text(call.arg(5), 5, avoid))
        return {};
    const qint64 length = values[0];
    if (length > 256)
        return call.fail(ExprError::Kind::Argument, tr("RandomString: length is at most 256, got %1").arg(length));
    if (length < values[1] + values[2] + values[3] + values[4])
        return call.fail(ExprError::Kind::Argument,
                         tr("RandomString: length %1 is shorter than the sum of the minimums").arg(length));
    const QString classes[4] = {QStringLiteral("0123456789"), QStringLiteral("~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/"),
                                QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                QStringLiteral("abcdefghijklmnopqrstuvwxyz")};
    QString allowed[4];
    QString pool;
    const bool anyMinimum = values[1] + values[2] + values[3] + values[4] > 0;
    for (int k = 0; k < 4; ++k) {
        for (const QChar c : classes[k]) {
            if (!avoid.contains(c))
                allowed[k].append(c);
        }
        if (values[k + 1] > 0 && allowed[k].isEmpty())
            return call.fail(
                ExprError::Kind::Argument,
                tr("RandomString: charactersToAvoid removes every character of %1").arg(call.parameter(k + 1)));
        if (!anyMinimum || values[k + 1] > 0)
            pool += allowed[k];
    }
    if (length > 0 && pool.isEmpty())
        return call.fail(ExprError::Kind::Argument, tr("RandomString: charactersToAvoid leaves no characters"));
    QRandomGenerator *random = QRandomGenerator::system();
    QString out;
    for (int k = 0; k < 4; ++k) {
        for (qint64 i = 0; i < values[k + 1]; ++i)
            out.append(allowed[k].at(random->bounded(int(allowed[k].size()))));
    }
    while (out.size() < length)
        out.append(pool.at(random->bounded(int(pool.size()))));
    for (qsizetype i = out.size() - 1; i > 0; --i) // Fisher–Yates, so the required characters are not in front
        std::swap(out[i], out[random->bounded(int(i + 1))]);
    return Value::string(out);
}

Value stringFromSid(CallContext &call)
{
    const Value v = call.arg(0);
    QString text;
    if (!call.text(v, 0, text) || v.isNull())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray sid = decoded ? *decoded : QByteArray();
    if (sid.size() < 8 || uchar(sid[0]) != 1 || sid.size() != 8 + 4 * uchar(sid[1]))
        return call.fail(ExprError::Kind::Argument,
                         tr("StringFromSid: the value is not a binary SID (base64 of revision 1, 8 + 4·n bytes)"));
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = (authority << 8) | uchar(sid[i]);
    QString out = QStringLiteral("S-1-%1").arg(authority);
    for (int i = 0; i < uchar(sid[1]); ++i) {
        const int at = 8 + 4 * i;
        const quint32 sub = quint32(uchar(sid[at])) | quint32(uchar(sid[at + 1])) << 8
                            | quint32(uchar(sid[at + 2])) << 16 | quint32(uchar(sid[at + 3])) << 24;
        out += QStringLiteral("-%1").arg(sub);
    }
    return Value::string(out);
}

} // namespace Functions
