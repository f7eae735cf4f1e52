#include "core/common/Secret.h"

#include <QDebug>

void Secret::clear()
{
    if (!m_value.isEmpty() && !m_value.isDetached()) {
        // Shared with another Secret: wiping would clobber that copy too; just drop our reference.
        m_value = QByteArray();
        return;
    }
    m_value.fill('\0');
    m_value = QByteArray();
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    Q_UNUSED(secret)
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}
