#include "app/CommandRegistry.h"
#include "app/Console.h"

#include "core/expr/DateTicks.h"
#include "core/expr/Expression.h"
#include "core/expr/MapAttributeSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExprCommand", text);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonValue jsonValue(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Null:
    case Value::Kind::Skip:
        return QJsonValue::Null;
    case Value::Kind::Boolean:
        return v.isTrue();
    case Value::Kind::Number:
        if (v.isIntegral())
            return v.integerValue();
        return v.realValue();
    case Value::Kind::List:
        return QJsonArray::fromStringList(v.items());
    case Value::Kind::String:
    case Value::Kind::Date:
        return v.toText();
    }
    return QJsonValue::Null;
}

QString caretLine(const QString &expression, int offset)
{
    // The offset counts code points; the caret line is only meaningful on one-line expressions.
    const qsizetype width = std::min<qsizetype>(offset, expression.toUcs4().size());
    return QStringLiteral("  %1\n  %2^").arg(expression, QString(width, u' '));
}

int printError(const ExprError &error, const QString &expression, bool json)
{
    if (json) {
        // Exactly the documented shape {"error": {"message", "offset"}}: scripts compare against it.
        const QJsonObject e {{QStringLiteral("message"), error.message}, {QStringLiteral("offset"), error.offset}};
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact)));
    } else {
        std::fprintf(stderr, "%s\n%s\n", qUtf8Printable(tr("error: %1").arg(error.message)),
                     qUtf8Printable(caretLine(expression, error.offset)));
    }
    return 1;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluates an Entra attribute-mapping expression."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("attrs"), tr("JSON object of attribute name to string, array of strings or null."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object: {\"value\": …} or {\"error\": …}.")});
    parser.addOption(
        {QStringLiteral("now"), tr("Fix Now() to this ISO 8601 time (UTC unless it has an offset)."), tr("ISO-8601")});
    parser.addOption(
        {QStringLiteral("default-domain"), tr("The tenant's default domain for DefaultDomain()."), tr("DOMAIN")});
    parser.addOption(
        {QStringLiteral("existing"), tr("A value SelectUniqueValue must treat as taken (repeatable)."), tr("VALUE")});
    parser.addPositionalArgument(QStringLiteral("expression"),
                                 tr("The expression, e.g. Join(\" \", [firstname], [lastname])."));
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        Console::fail(parser.errorText() + tr(" (see --help)"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        Console::fail(tr("expr needs exactly one EXPRESSION argument (quote it; use -- before one starting with -)"));
        return 2;
    }
    const QString expression = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));

    MapAttributeSource attributes;
    if (parser.isSet(QStringLiteral("attrs"))) {
        QFile file(parser.value(QStringLiteral("attrs")));
        if (!file.open(QIODevice::ReadOnly)) {
            Console::fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            Console::fail(tr("%1 is not a JSON object of attributes: %2")
                              .arg(file.fileName(), parseError.error == QJsonParseError::NoError
                                                        ? tr("the top level must be an object")
                                                        : parseError.errorString()));
            return 2;
        }
        auto read = MapAttributeSource::fromJson(doc.object());
        if (auto *message = std::get_if<QString>(&read)) {
            Console::fail(tr("%1: %2").arg(file.fileName(), *message));
            return 2;
        }
        attributes = std::get<MapAttributeSource>(std::move(read));
    }
    EvaluationOptions options;
    options.defaultDomain = parser.value(QStringLiteral("default-domain"));
    if (parser.isSet(QStringLiteral("now"))) {
        options.nowTicks = DateTicks::parse(parser.value(QStringLiteral("now")));
        if (!options.nowTicks) {
            Console::fail(tr("--now: \"%1\" is not an ISO 8601 time such as 2024-03-16T08:30:00Z")
                              .arg(parser.value(QStringLiteral("now"))));
            return 2;
        }
    }
    const QStringList existingList = parser.values(QStringLiteral("existing"));
    QSet<QString> existing;
    for (const QString &value : existingList)
        existing.insert(value.toLower());
    options.isTaken = [existing](const QString &candidate) { return existing.contains(candidate.toLower()); };

    auto compiled = Expression::compile(expression);
    if (auto *error = std::get_if<ExprError>(&compiled))
        return printError(*error, expression, json);
    const Evaluation result = std::get<Expression>(compiled).evaluate(attributes, options);
    if (!result.ok())
        return printError(*result.error, expression, json);
    if (json) {
        // Exactly {"value": V}, V a string, an array of strings, a boolean, a number or null: a date is given as its
        // text and a skipped property (IgnoreFlowIfNullOrEmpty) as null; the human output tells them apart.
        const QJsonObject out {{QStringLiteral("value"), jsonValue(result.value)}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        return 0;
    }
    switch (result.value.kind()) {
    case Value::Kind::Null:
        printOut(tr("(null)"));
        break;
    case Value::Kind::Skip:
        printOut(tr("(skipped: the property is left out)"));
        break;
    case Value::Kind::List:
        printOut(result.value.items().join(u'\n'));
        break;
    default:
        printOut(result.value.toText());
        break;
    }
    return 0;
}

const CommandRegistry::Registration registration({
    "expr",
    QT_TRANSLATE_NOOP("CommandLine", "Evaluate an attribute-mapping expression"),
    run,
});

} // namespace
