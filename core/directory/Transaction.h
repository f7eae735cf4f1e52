#pragma once

#include "core/common/Result.h"

class SqlContext;

// An RAII database transaction: begin() starts it, the destructor rolls it back unless commit() succeeded, so an
// early return on any error leaves the directory as it was. Lives on the stack of one Store call, on the thread that
// owns the connection.
class Transaction final
{
public:
    explicit Transaction(const SqlContext &context);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    const SqlContext &m_context;
    bool m_active = false;
};
