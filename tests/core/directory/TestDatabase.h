#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// An empty directory database for one test case, on the backend named by the test's global data row:
// "sqlite" is a file in a fresh temporary folder; "postgresql" is a fresh database (t_<random>) created on the
// cluster named by CLOUDDIR_TEST_PG and dropped again by the destructor. Destroy every Store on it first.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Empty when the database is ready; otherwise why not.
    const QString &error() const { return m_error; }
    // What Store::open() takes.
    const QString &spec() const { return m_spec; }
    bool isPostgres() const { return m_postgres; }
    // A folder for extra files of the test.
    QString folder() const { return m_dir.path(); }

    // Runs one statement on a side connection to the test database (not through Store) and returns the first
    // column of the first row, or an invalid QVariant; fails the comparison by returning an error string in *error.
    QVariant exec(const QString &sql, QString *error = nullptr) const;

    // The URL of the cluster's own database, or empty when CLOUDDIR_TEST_PG is unset.
    static QString clusterUrl();

private:
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_error;
    QString m_pgName;
    bool m_postgres = false;
};
