#include "core/expr/Expression.h"

#include "core/expr/Evaluator.h"
#include "core/expr/FunctionTable.h"
#include "core/expr/Node.h"
#include "core/expr/Parser.h"

#include <QCoreApplication>

#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

void walk(const Node &node, const std::function<void(const Node &)> &visit)
{
    visit(node);
    for (const Node &child : node.children)
        walk(child, visit);
}

bool isCallTo(const Node &node, const char *name)
{
    return node.kind == Node::Kind::Call && qstrcmp(FunctionTable::at(node.function).name, name) == 0;
}

} // namespace

Expression::Expression(QString text, std::shared_ptr<const Node> root)
    : m_text(std::move(text))
    , m_root(std::move(root))
{ }

std::variant<Expression, ExprError> Expression::compile(const QString &text)
{
    auto parsed = Parser::parse(text);
    if (auto *error = std::get_if<ExprError>(&parsed))
        return *error;
    return Expression(text, std::make_shared<const Node>(std::get<Node>(std::move(parsed))));
}

Evaluation Expression::evaluate(const AttributeSource &attributes, const EvaluationOptions &options) const
{
    Evaluator evaluator(attributes, options);
    Evaluation result;
    Value v = evaluator.evaluate(*m_root);
    result.redacted = evaluator.redacted();
    if (evaluator.error())
        result.error = evaluator.error();
    else
        result.value = evaluator.skipped() ? Value::skip() : std::move(v);
    return result;
}

QStringList Expression::attributeNames() const
{
    QStringList names;
    walk(*m_root, [&names](const Node &node) {
        if (node.kind == Node::Kind::Attribute && !names.contains(node.name))
            names.append(node.name);
    });
    return names;
}

QList<ExprWarning> Expression::warnings(const QStringList &known) const
{
    QList<ExprWarning> found;
    walk(*m_root, [&](const Node &node) {
        if (node.kind == Node::Kind::Attribute && !known.contains(node.name)) {
            QString guess;
            for (const QString &name : known) {
                if (name.compare(node.name, Qt::CaseInsensitive) == 0)
                    guess = name;
            }
            found.append({guess.isEmpty()
                              ? tr("the directory has no attribute [%1] (at %2); it evaluates to null")
                                    .arg(node.name)
                                    .arg(node.offset)
                              : tr("the directory has no attribute [%1] (at %2) — did you mean [%3]? Names are "
                                   "case-sensitive")
                                    .arg(node.name, QString::number(node.offset), guess),
                          node.offset});
        }
        if (isCallTo(node, "IIF") && !node.children.empty()) {
            const Node &condition = node.children[0];
            bool comparesWithEmpty = false;
            if (condition.kind == Node::Kind::Compare) {
                for (const Node &side : condition.children) {
                    if (side.kind == Node::Kind::Literal && side.literal.kind() == Value::Kind::String
                        && side.literal.text().isEmpty())
                        comparesWithEmpty = true;
                }
            }
            const bool testsEmpty = comparesWithEmpty || isCallTo(condition, "IsNullOrEmpty")
                                    || isCallTo(condition, "IsPresent") || isCallTo(condition, "IsNull");
            if (testsEmpty)
                found.append({tr("IIF at %1: Microsoft's service may fail this condition when the attribute is "
                                 "null or empty; for portability write Switch([x],[x],\"\",\"Other\")")
                                  .arg(node.offset),
                              node.offset});
        }
        if (isCallTo(node, "Switch") && !node.children.empty()
            && (isCallTo(node.children[0], "IsPresent") || isCallTo(node.children[0], "IsNull")
                || isCallTo(node.children[0], "IsNullOrEmpty")))
            found.append({tr("Switch at %1: Microsoft advises against IsPresent/IsNull/IsNullOrEmpty as a Switch "
                             "source; clouddir supports it, Entra may not")
                              .arg(node.offset),
                          node.offset});
    });
    return found;
}

bool Expression::calls(const QString &function) const
{
    bool found = false;
    walk(*m_root, [&](const Node &node) {
        if (node.kind == Node::Kind::Call
            && QLatin1String(FunctionTable::at(node.function).name).compare(function, Qt::CaseInsensitive) == 0)
            found = true;
    });
    return found;
}
