#pragma once

#include "core/expr/CallContext.h"
#include "core/expr/Value.h"

#include <QStringList>

// The evaluators behind FunctionTable, shared between the FunctionTable and the *Functions.cpp files that implement
// them (one file per family, to keep each file small).
namespace Functions {

// Text (TextFunctions.cpp)
Value append(CallContext &call);
Value inStr(CallContext &call);
Value join(CallContext &call);
Value left(CallContext &call);
Value len(CallContext &call);
Value mid(CallContext &call);
Value normalizeDiacritics(CallContext &call);
Value pCase(CallContext &call);
Value split(CallContext &call);
Value stripSpaces(CallContext &call);
Value toLower(CallContext &call);
Value toUpper(CallContext &call);
Value trim(CallContext &call);
Value word(CallContext &call);

// Logic and lists (LogicFunctions.cpp)
Value bitAnd(CallContext &call);
Value cBool(CallContext &call);
Value coalesce(CallContext &call);
Value count(CallContext &call);
Value cRef(CallContext &call);
Value cStr(CallContext &call);
Value defaultDomain(CallContext &call);
Value error(CallContext &call);
Value ignoreFlowIfNullOrEmpty(CallContext &call);
Value iif(CallContext &call);
Value isNull(CallContext &call);
Value isNullOrEmpty(CallContext &call);
Value isPresent(CallContext &call);
Value isString(CallContext &call);
Value item(CallContext &call);
Value notFunction(CallContext &call);
Value redact(CallContext &call);
Value removeDuplicates(CallContext &call);
Value selectUniqueValue(CallContext &call);
Value switchFunction(CallContext &call);
Value unsupported(CallContext &call);

// Dates (DateFunctions.cpp)
Value cDate(CallContext &call);
Value dateAdd(CallContext &call);
Value dateDiff(CallContext &call);
Value dateFromNum(CallContext &call);
Value formatDateTime(CallContext &call);
Value now(CallContext &call);
Value numFromDate(CallContext &call);

// Encodings and generators (CodecFunctions.cpp)
Value convertFromBase64(CallContext &call);
Value convertToBase64(CallContext &call);
Value convertToUtf8Hex(CallContext &call);
Value dnComponent(CallContext &call);
Value guid(CallContext &call);
Value randomString(CallContext &call);
Value stringFromSid(CallContext &call);

// Replace (ReplaceFunction.cpp)
Value replace(CallContext &call);

// Applies a text transformer to a single value or to each element of a list (§4.4); null stays null. A non-list
// source goes through the §4.2 text conversion.
template <typename Transform>
Value perElement(CallContext &call, const Value &source, Transform transform)
{
    if (call.stopped() || source.isNull())
        return {};
    if (source.isList()) {
        QStringList out;
        out.reserve(source.items().size());
        for (const QString &item : source.items())
            out.append(transform(item));
        return Value::list(out);
    }
    return Value::string(transform(source.toText()));
}

// Code-point helpers: the language counts code points, QString counts UTF-16 units (§4.7).
qsizetype codePointCount(const QString &text);
// The UTF-16 index of code point `point` (clamped to the end).
qsizetype utf16Index(const QString &text, qsizetype point);
qsizetype codePointIndex(const QString &text, qsizetype utf16);

} // namespace Functions
