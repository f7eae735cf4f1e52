#include "core/expr/ReplaceForm.h"

#include "core/expr/RegexSupport.h"

#include <QCoreApplication>

namespace ReplaceForm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expression", text);
}

bool present(const Node &call, int i)
{
    return i < int(call.children.size()) && call.children[size_t(i)].kind != Node::Kind::Omitted;
}

ExprError argumentError(int offset, const QString &message)
{
    return ExprError {ExprError::Kind::Argument, message, offset, QStringLiteral("Replace")};
}

} // namespace

std::optional<ExprError> resolve(Node &call)
{
    const int mask = int(present(call, 1)) | int(present(call, 2)) << 1 | int(present(call, 3)) << 2
                     | int(present(call, 4)) << 3 | int(present(call, 5)) << 4 | int(present(call, 6)) << 5;
    switch (mask) {
    case 0b001001:
        call.replaceForm = 'A';
        break; // oldValue, replacementValue
    case 0b100001:
        call.replaceForm = 'B';
        break; // oldValue, template
    case 0b001010:
        call.replaceForm = 'C';
        break; // regexPattern, replacementValue
    case 0b001110:
        call.replaceForm = 'D';
        break; // regexPattern, regexGroupName, replacementValue
    case 0b010110:
        call.replaceForm = 'E';
        break; // regexPattern, regexGroupName, replacementAttributeName
    default:
        return argumentError(call.offset,
                             tr("Replace: this combination of arguments is not one of its five forms: (source, "
                                "oldValue, , , replacementValue), (source, oldValue, , , , , template), (source, , "
                                "regexPattern, , replacementValue), (source, , regexPattern, regexGroupName, "
                                "replacementValue), (source, , regexPattern, regexGroupName, , "
                                "replacementAttributeName)"));
    }
    const Node &pattern = call.children[2];
    if (!present(call, 2) || pattern.kind != Node::Kind::Literal)
        return std::nullopt; // a computed pattern is compiled at evaluation
    auto compiled = RegexSupport::compile(pattern.literal.toText());
    if (auto *message = std::get_if<QString>(&compiled))
        return argumentError(pattern.offset, tr("Replace: %1").arg(*message));
    call.regex = std::get<std::shared_ptr<const QRegularExpression>>(compiled);
    if (present(call, 3) && call.children[3].kind == Node::Kind::Literal) {
        const QString group = call.children[3].literal.toText();
        if (!RegexSupport::hasGroup(*call.regex, group))
            return argumentError(call.children[3].offset,
                                 tr("Replace: the pattern defines no group named \"%1\"").arg(group));
    }
    return std::nullopt;
}

} // namespace ReplaceForm
