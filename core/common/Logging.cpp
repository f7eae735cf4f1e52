#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcGraph, "clouddir.graph", QtInfoMsg)
// The wire log is quiet by default: it names every request, which support only needs on demand.
Q_LOGGING_CATEGORY(lcGraphHttp, "clouddir.graph.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "clouddir.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "clouddir.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "clouddir.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "clouddir.ui", QtInfoMsg)
