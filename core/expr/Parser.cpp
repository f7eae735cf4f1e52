#include "core/expr/Parser.h"

#include "core/expr/FunctionTable.h"
#include "core/expr/Lexer.h"
#include "core/expr/ReplaceForm.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

QString n(qsizetype number)
{
    return QString::number(number);
}

// Keywords of §2.6 and the (function, argument) they belong to; -1 = anywhere.
struct KeywordRule
{
    const char *name;
    const char *function;
    int argument;
};

const KeywordRule keywordRules[] = {
    {"vbBinaryCompare", "InStr", 3},   {"vbTextCompare", "InStr", 3},    {"Unicode", "ConvertFromBase64", 1},
    {"ASCII", "ConvertFromBase64", 1}, {"UTF8", "ConvertFromBase64", 1}, {"IgnoreAttributeFlow", nullptr, -1},
    {"IgnoreObjectFlow", nullptr, -2},
};

const KeywordRule *keyword(const QString &name)
{
    for (const KeywordRule &rule : keywordRules) {
        if (name.compare(QLatin1String(rule.name), Qt::CaseInsensitive) == 0)
            return &rule;
    }
    return nullptr;
}

bool present(const Node &call, int i)
{
    return i < int(call.children.size()) && call.children[size_t(i)].kind != Node::Kind::Omitted;
}

} // namespace

Parser::Parser(QList<Token> tokens)
    : m_tokens(std::move(tokens))
{ }

std::variant<Node, ExprError> Parser::parse(const QString &expression)
{
    const qsizetype points = expression.toUcs4().size();
    if (points > MaxLength)
        return ExprError {ExprError::Kind::Parse,
                          tr("expression is %1 characters; the maximum is %2").arg(n(points), n(MaxLength)),
                          MaxLength,
                          {}};
    auto lexed = Lexer::tokenize(expression);
    if (auto *error = std::get_if<ExprError>(&lexed))
        return *error;
    Parser parser(std::get<QList<Token>>(std::move(lexed)));
    if (parser.peek().kind == Token::Kind::End)
        return ExprError {ExprError::Kind::Parse,
                          tr("the expression is empty: write a value such as [firstname] or \"text\""),
                          0,
                          {}};
    Node root;
    if (!parser.parseValue(root, 0))
        return parser.m_error;
    const Token &rest = parser.peek();
    if (rest.kind == Token::Kind::RParen)
        return ExprError {
            ExprError::Kind::Parse, tr("unexpected ')' at %1: no call is open").arg(rest.offset), rest.offset, {}};
    if (rest.kind != Token::Kind::End)
        return ExprError {ExprError::Kind::Parse,
                          tr("unexpected '%1' at %2: the expression already ended; join values with a function such "
                             "as Join() or with &")
                              .arg(rest.text.isEmpty() ? QStringLiteral(",") : rest.text, n(rest.offset)),
                          rest.offset,
                          {}};
    if (!parser.checkKeywords(root, nullptr, -1) || !parser.checkOutermost(root, true))
        return parser.m_error;
    return root;
}

bool Parser::fail(ExprError::Kind kind, int offset, const QString &message, const QString &function)
{
    m_error = ExprError {kind, message, offset, function};
    return false;
}

bool Parser::parseValue(Node &out, int depth)
{
    Node left;
    if (!parseConcat(left, depth))
        return false;
    if (peek().kind != Token::Kind::Compare) {
        out = std::move(left);
        return true;
    }
    const Token op = peek();
    ++m_pos;
    Node right;
    if (!parseConcat(right, depth))
        return false;
    if (peek().kind == Token::Kind::Compare)
        return fail(ExprError::Kind::Parse, peek().offset,
                    tr("comparisons cannot be chained (at %1); nest IIF instead").arg(peek().offset));
    out = Node {};
    out.kind = Node::Kind::Compare;
    out.offset = op.offset;
    out.name = op.text;
    out.children.push_back(std::move(left));
    out.children.push_back(std::move(right));
    return true;
}

bool Parser::parseConcat(Node &out, int depth)
{
    Node first;
    if (!parseOperand(first, depth))
        return false;
    if (peek().kind != Token::Kind::Ampersand) {
        out = std::move(first);
        return true;
    }
    Node concat;
    concat.kind = Node::Kind::Concat;
    concat.offset = peek().offset;
    concat.children.push_back(std::move(first));
    while (peek().kind == Token::Kind::Ampersand) {
        ++m_pos;
        Node next;
        if (!parseOperand(next, depth))
            return false;
        concat.children.push_back(std::move(next));
    }
    out = std::move(concat);
    return true;
}

bool Parser::parseOperand(Node &out, int depth)
{
    const Token t = peek();
    out = Node {};
    out.offset = t.offset;
    switch (t.kind) {
    case Token::Kind::String:
        ++m_pos;
        out.literal = Value::string(t.text);
        return true;
    case Token::Kind::Number: {
        ++m_pos;
        bool ok = false;
        const qint64 whole = t.text.toLongLong(&ok);
        out.literal = ok ? Value::integer(whole, t.text) : Value::real(t.text.toDouble(), t.text);
        return true;
    }
    case Token::Kind::Hex: {
        ++m_pos;
        bool ok = false;
        const qint64 whole = t.text.toLongLong(&ok, 16);
        if (!ok)
            return fail(ExprError::Kind::Parse, t.offset, tr("hex number at %1 does not fit in 64 bits").arg(t.offset));
        out.literal = Value::integer(whole);
        return true;
    }
    case Token::Kind::Attribute:
        ++m_pos;
        out.kind = Node::Kind::Attribute;
        out.name = t.text;
        return true;
    case Token::Kind::Name:
        if (m_tokens.at(m_pos + 1).kind == Token::Kind::LParen)
            return parseCall(out, depth + 1);
        ++m_pos;
        if (const KeywordRule *rule = keyword(t.text)) {
            out.kind = Node::Kind::Keyword;
            out.name = QLatin1String(rule->name);
            return true;
        }
        return fail(
            ExprError::Kind::Parse, t.offset,
            tr("unknown name %1 at %2: write [%1] for an attribute or \"%1\" for text").arg(t.text, n(t.offset)));
    case Token::Kind::LParen:
        return fail(ExprError::Kind::Parse, t.offset,
                    tr("unexpected '(' at %1: parentheses only belong to function calls; remove them").arg(t.offset));
    case Token::Kind::RParen:
        return fail(ExprError::Kind::Parse, t.offset,
                    tr("unexpected ')' at %1: a value is missing before it").arg(t.offset));
    case Token::Kind::End:
        return fail(ExprError::Kind::Parse, t.offset,
                    tr("the expression ends at %1 where a value was expected").arg(t.offset));
    default:
        return fail(ExprError::Kind::Parse, t.offset,
                    tr("unexpected '%1' at %2: a value was expected")
                        .arg(t.text.isEmpty()
                                 ? (t.kind == Token::Kind::Comma ? QStringLiteral(",") : QStringLiteral("&"))
                                 : t.text,
                             n(t.offset)));
    }
}

bool Parser::parseCall(Node &out, int depth)
{
    const Token name = peek();
    if (depth > MaxDepth)
        return fail(
            ExprError::Kind::Parse, name.offset,
            tr("calls are nested more than %1 deep at %2: simplify the expression").arg(n(MaxDepth), n(name.offset)));
    const int index = FunctionTable::find(name.text);
    if (index < 0) {
        const QString guess = FunctionTable::suggestion(name.text);
        const QString message =
            guess.isEmpty()
                ? tr("Unknown function '%1' at offset %2 — see the function list for the names clouddir knows")
                      .arg(name.text, n(name.offset))
                : tr("Unknown function '%1' at offset %2 — did you mean '%3'?").arg(name.text, n(name.offset), guess);
        return fail(ExprError::Kind::UnknownFunction, name.offset, message, name.text);
    }
    const FunctionSpec &spec = FunctionTable::at(index);
    if (spec.flags & FunctionSpec::Unsupported)
        return fail(ExprError::Kind::Unsupported, name.offset,
                    tr("%1 is not supported in clouddir: it only works inside Microsoft's provisioning service")
                        .arg(QLatin1String(spec.name)),
                    QLatin1String(spec.name));
    m_pos += 2; // name and (
    out.kind = Node::Kind::Call;
    out.function = index;
    out.offset = name.offset;
    if (peek().kind == Token::Kind::RParen) {
        ++m_pos;
        return checkCall(out);
    }
    while (true) {
        Node argument;
        if (peek().kind == Token::Kind::Comma || peek().kind == Token::Kind::RParen) {
            argument.kind = Node::Kind::Omitted;
            argument.offset = peek().offset;
        } else if (peek().kind == Token::Kind::End) {
            break;
        } else if (!parseValue(argument, depth)) {
            return false;
        }
        out.children.push_back(std::move(argument));
        if (peek().kind == Token::Kind::Comma) {
            ++m_pos;
            continue;
        }
        if (peek().kind == Token::Kind::RParen) {
            ++m_pos;
            return checkCall(out);
        }
        if (peek().kind != Token::Kind::End)
            return fail(ExprError::Kind::Parse, peek().offset,
                        tr("unexpected '%1' at %2 in the arguments of %3: separate arguments with a comma")
                            .arg(peek().text.isEmpty() ? QStringLiteral("(") : peek().text, n(peek().offset),
                                 QLatin1String(spec.name)),
                        QLatin1String(spec.name));
        break;
    }
    return fail(ExprError::Kind::Parse, peek().offset,
                tr("missing ) to close %1( opened at %2").arg(name.text, n(name.offset)), QLatin1String(spec.name));
}

bool Parser::checkCall(Node &call)
{
    const FunctionSpec &spec = FunctionTable::at(call.function);
    const QString fname = QLatin1String(spec.name);
    const int count = int(call.children.size());
    const QStringList params = FunctionTable::parameterNames(spec);
    const QString sig = QString::fromUtf8(spec.parameters);
    if (count < spec.minArgs || (spec.maxArgs >= 0 && count > spec.maxArgs)) {
        const QString where = tr("%1 at offset %2").arg(fname, n(call.offset));
        QString expected;
        if (spec.maxArgs < 0)
            expected = tr("%1 takes at least %2 arguments (%3); got %4").arg(where, n(spec.minArgs), sig, n(count));
        else if (spec.minArgs == spec.maxArgs && spec.minArgs == 0)
            expected = tr("%1 takes no arguments (write %2()); got %3").arg(where, fname, n(count));
        else if (spec.minArgs == spec.maxArgs && spec.minArgs == 1)
            expected = tr("%1 takes 1 argument (%2); got %3").arg(where, sig, n(count));
        else if (spec.minArgs == spec.maxArgs)
            expected = tr("%1 takes %2 arguments (%3); got %4").arg(where, n(spec.minArgs), sig, n(count));
        else
            expected = tr("%1 takes %2 to %3 arguments (%4); got %5")
                           .arg(where, n(spec.minArgs), n(spec.maxArgs), sig, n(count));
        return fail(ExprError::Kind::Arity, call.offset, expected, fname);
    }
    if (fname == u"Switch" && count % 2 != 0)
        return fail(
            ExprError::Kind::Arity, call.offset,
            tr("Switch needs key/value pairs: got %1 arguments, a value is missing after the last key").arg(count),
            fname);
    for (int i = 0; i < count; ++i) {
        if (call.children[size_t(i)].kind != Node::Kind::Omitted)
            continue;
        bool allowed = i < 32 && (spec.omittable & (1u << i));
        if (fname == u"FormatDateTime" && count == 3)
            allowed = false; // the 3-argument form is (source, inputFormat, outputFormat)
        if (!allowed) {
            const QString param = i < params.size() ? params.at(i) : params.value(params.size() - 1);
            return fail(ExprError::Kind::Arity, call.offset,
                        tr("%1: %2 (argument %3) cannot be left empty").arg(fname, param, n(i + 1)), fname);
        }
    }
    if (fname == u"Replace") {
        if (auto error = ReplaceForm::resolve(call)) {
            m_error = *error;
            return false;
        }
    }
    if ((fname == u"ToLower" || fname == u"ToUpper") && present(call, 1)
        && call.children[1].kind == Node::Kind::Literal) {
        static const QRegularExpression culture(QStringLiteral("^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)?$"));
        if (!culture.match(call.children[1].literal.toText()).hasMatch())
            return fail(ExprError::Kind::Argument, call.children[1].offset,
                        tr("%1: \"%2\" is not a culture name; write one such as en-US or tr-TR")
                            .arg(fname, call.children[1].literal.toText()),
                        fname);
    }
    return true;
}

bool Parser::checkKeywords(const Node &node, const Node *parent, int argument)
{
    if (node.kind == Node::Kind::Keyword) {
        const KeywordRule *rule = keyword(node.name);
        if (rule->argument == -2)
            return fail(ExprError::Kind::Unsupported, node.offset,
                        tr("%1 at %2 is not supported in clouddir: it filters objects inside Microsoft's "
                           "provisioning service; use the integration's scope instead")
                            .arg(node.name, n(node.offset)));
        const bool inPlace =
            rule->argument == -1
            || (parent && parent->kind == Node::Kind::Call
                && QLatin1String(FunctionTable::at(parent->function).name) == QLatin1String(rule->function)
                && argument == rule->argument);
        if (!inPlace)
            return fail(ExprError::Kind::Parse, node.offset,
                        tr("the keyword %1 at %2 is only allowed as argument %3 of %4; write \"%1\" for text or "
                           "[%1] for an attribute")
                            .arg(node.name, n(node.offset), n(rule->argument + 1), QLatin1String(rule->function)));
    }
    for (size_t i = 0; i < node.children.size(); ++i) {
        if (!checkKeywords(node.children[i], &node, int(i)))
            return false;
    }
    return true;
}

bool Parser::checkOutermost(const Node &node, bool top)
{
    if (node.kind == Node::Kind::Call && !top) {
        const FunctionSpec &spec = FunctionTable::at(node.function);
        if (spec.flags & FunctionSpec::Outermost)
            return fail(ExprError::Kind::Parse, node.offset,
                        tr("%1 at %2 must be the outermost call: wrap the whole expression in it instead")
                            .arg(QLatin1String(spec.name), n(node.offset)),
                        QLatin1String(spec.name));
    }
    for (const Node &child : node.children) {
        if (!checkOutermost(child, false))
            return false;
    }
    return true;
}
