#pragma once

#include "core/expr/Expression.h"
#include "core/expr/MapAttributeSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Evaluates an expression and renders the outcome as one short string, so case tables stay readable:
//   a value as compact JSON ("John", 7, true, null, ["a","b"]; dates as their display text in quotes),
//   "skip" for a skipped property, "error:<kind>@<offset>" for a static or run-time error.
inline QString render(const QString &expression, const QString &attributesJson = {},
                      const EvaluationOptions &options = {})
{
    MapAttributeSource attributes;
    if (!attributesJson.isEmpty()) {
        auto read = MapAttributeSource::fromJson(QJsonDocument::fromJson(attributesJson.toUtf8()).object());
        if (auto *message = std::get_if<QString>(&read))
            return QStringLiteral("bad test attributes: ") + *message;
        attributes = std::get<MapAttributeSource>(std::move(read));
    }
    auto compiled = Expression::compile(expression);
    if (auto *error = std::get_if<ExprError>(&compiled))
        return QStringLiteral("error:%1@%2").arg(ExprError::kindName(error->kind)).arg(error->offset);
    const Evaluation result = std::get<Expression>(compiled).evaluate(attributes, options);
    if (!result.ok())
        return QStringLiteral("error:%1@%2").arg(ExprError::kindName(result.error->kind)).arg(result.error->offset);
    const Value &v = result.value;
    QJsonValue json;
    switch (v.kind()) {
    case Value::Kind::Skip:
        return QStringLiteral("skip");
    case Value::Kind::Null:
        return QStringLiteral("null");
    case Value::Kind::Boolean:
        json = v.isTrue();
        break;
    case Value::Kind::Number:
        json = v.isIntegral() ? QJsonValue(v.integerValue()) : QJsonValue(v.realValue());
        break;
    case Value::Kind::List:
        json = QJsonArray::fromStringList(v.items());
        break;
    default:
        json = v.toText();
        break;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The error of an expression (static or at run time), or a default ExprError with an empty message.
inline ExprError errorOf(const QString &expression, const QString &attributesJson = {})
{
    auto compiled = Expression::compile(expression);
    if (auto *error = std::get_if<ExprError>(&compiled))
        return *error;
    MapAttributeSource attributes;
    if (!attributesJson.isEmpty())
        attributes = std::get<MapAttributeSource>(
            MapAttributeSource::fromJson(QJsonDocument::fromJson(attributesJson.toUtf8()).object()));
    const Evaluation result = std::get<Expression>(compiled).evaluate(attributes);
    return result.error.value_or(ExprError {});
}

// Declares the three columns every evaluation table uses.
inline void addEvaluationColumns()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<QString>("expected");
}

inline void row(const char *name, const QString &expression, const QString &attributes, const QString &expected)
{
    QTest::newRow(name) << expression << attributes << expected;
}

// The body shared by every evaluation table: a fixed Now() so date rows are stable.
#define CHECK_EVALUATION()                                                        \
    do {                                                                          \
        QFETCH(QString, expression);                                              \
        QFETCH(QString, attributes);                                              \
        QFETCH(QString, expected);                                                \
        EvaluationOptions options;                                                \
        options.nowTicks = 637'655'100'780'000'000; /* 2021-08-25 17:41:18 UTC */ \
        options.defaultDomain = QStringLiteral("contoso.com");                    \
        QCOMPARE(render(expression, attributes, options), expected);              \
    } while (false)
