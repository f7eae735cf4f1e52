#pragma once

#include "core/common/Result.h"

class SqlContext;

// An RAII database transaction: begin() starts it, the destructor rolls it back unless commit() succeeded, so an
// early return on any error leaves the directory as it was. Lives on the stack of one Store call, on the thread that
// owns the connection.
//
// Transactions nest (Store::inTransaction): one begun while another is open on the connection joins it behind a
// SAVEPOINT. Its commit() releases the savepoint; the outermost commit() writes everything. An inner one that ends
// without commit() rolls back to its savepoint and marks the whole transaction rollback-only: the outermost commit()
// then fails and everything is rolled back.
class Transaction final
{
public:
    explicit Transaction(const SqlContext &context);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    QString savepoint(int depth) const;
    QString savepoint() const; // this nested transaction's

    const SqlContext &m_context;
    bool m_active = false;
    bool m_nested = false;
};
