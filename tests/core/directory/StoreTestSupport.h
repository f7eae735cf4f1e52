#pragma once

#include <QTest>

// Fails the test with the Error's message when a Result holds one.
#define QVERIFY_RESULT(expr)                            \
    do {                                                \
        const auto &result_ = (expr);                   \
        if (!result_)                                   \
            QFAIL(qPrintable(result_.error().message)); \
    } while (false)

// Global data rows shared by every store suite: each case runs on SQLite and on PostgreSQL.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Skips a postgresql row when no cluster is configured, or fails it when CLOUDDIR_REQUIRE_PG=1 says one must be.
#define SKIP_OR_FAIL_WITHOUT_PG(backend)                                                                \
    do {                                                                                                \
        if ((backend) == u"postgresql" && qEnvironmentVariableIsEmpty("CLOUDDIR_TEST_PG")) {            \
            if (qEnvironmentVariable("CLOUDDIR_REQUIRE_PG") == u"1")                                    \
                QFAIL("CLOUDDIR_REQUIRE_PG=1 but CLOUDDIR_TEST_PG is not set: start a cluster with "    \
                      "scripts/pg-cluster.sh start DIR and export its URL as CLOUDDIR_TEST_PG.");       \
            QSKIP("CLOUDDIR_TEST_PG is not set: start a cluster with scripts/pg-cluster.sh to run the " \
                  "postgresql rows.");                                                                  \
        }                                                                                               \
    } while (false)
