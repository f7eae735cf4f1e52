#include "ui/plan/PlanFlow.h"

#include "core/sync/PlanSession.h"
#include "ui/plan/PlanDialog.h"

#include <QProgressDialog>

PlanFlow::PlanFlow(GraphClient *client, Store *store, const Integration &integration, const PlanRequest &request,
                   const QString &title, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
    , m_title(title)
    , m_session(new PlanSession(client, store, integration, request, this))
    , m_storesChange(request.settings || !request.saveMappings.isEmpty() || !request.removeMappings.isEmpty()
                     || !request.change.isEmpty())
{
    connect(m_session, &PlanSession::planned, this, &PlanFlow::onPlanned);
    connect(m_session, &PlanSession::failed, this,
            [this](const QString &message) { finish(tr("Nothing was changed: %1").arg(message), true); });
}

void PlanFlow::start()
{
    m_progress = new QProgressDialog(tr("Reading Microsoft 365…"), tr("&Cancel"), 0, 0, m_parentWidget);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setWindowTitle(m_title);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_session, &PlanSession::progress, m_progress, &QProgressDialog::setLabelText);
    connect(m_progress, &QProgressDialog::canceled, this,
            [this] { finish(tr("Cancelled: nothing was changed."), false); });
    m_session->start();
}

void PlanFlow::onPlanned()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
    m_dialog = new PlanDialog(m_session->plan(), m_title, m_parentWidget);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setStoresChange(m_storesChange);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const Result<int> count = m_session->confirm(m_dialog ? m_dialog->typedConfirmation() : QString());
        if (!count) {
            finish(tr("Nothing was queued: %1").arg(count.error().message), true);
            return;
        }
        Q_EMIT queued(*count);
        finish(tr("Queued %n operations; they are sent to Microsoft 365 from the outbox.", nullptr, *count), false);
    });
    connect(m_dialog, &QDialog::rejected, this, [this] { finish(tr("Cancelled: nothing was changed."), false); });
    m_dialog->open();
}

void PlanFlow::finish(const QString &message, bool isError)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
    Q_EMIT finished(message, isError);
    deleteLater();
}
