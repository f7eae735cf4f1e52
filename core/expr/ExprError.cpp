#include "core/expr/ExprError.h"

QString ExprError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::UnknownFunction:
        return QStringLiteral("unknown-function");
    case Kind::Arity:
        return QStringLiteral("arity");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::Argument:
        return QStringLiteral("argument");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Evaluation:
        return QStringLiteral("evaluation");
    }
    return QStringLiteral("parse");
}
