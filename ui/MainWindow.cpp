#include "ui/MainWindow.h"

#include "ui/CloudDirectoriesPage.h"
#include "ui/UsersPage.h"
#include "ui/activity/ActivityPage.h"
#include "ui/activity/ExecutorHost.h"
#include "ui/audit/AuditPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_executors(new ExecutorHost(context, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_cloudPage(new CloudDirectoriesPage(context, m_stack))
    , m_usersPage(new UsersPage(context, m_stack))
    , m_activityPage(new ActivityPage(context.store, m_stack))
    , m_auditPage(new AuditPage(context.store, m_stack))
    , m_outboxStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("clouddir"));
    resize(1200, 760);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(200);
    m_sidebar->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/cloud.svg")), tr("Cloud Directories")));
    m_sidebar->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/users.svg")), tr("Users")));
    m_sidebar->addItem(new QListWidgetItem(tr("Activity")));
    m_sidebar->addItem(new QListWidgetItem(tr("Audit log")));
    m_stack->addWidget(m_cloudPage);
    m_stack->addWidget(m_usersPage);
    m_stack->addWidget(m_activityPage);
    m_stack->addWidget(m_auditPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_outboxStatus->setObjectName(QStringLiteral("outboxStatus"));
    m_outboxStatus->setAccessibleName(tr("Changes waiting for Microsoft 365"));
    statusBar()->addPermanentWidget(m_outboxStatus);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connectPages();
    buildMenus();
    showPage(CloudDirectories);
    m_executors->startAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPages()
{
    connect(m_cloudPage, &CloudDirectoriesPage::usersImported, m_usersPage, &UsersPage::reload);
    connect(m_cloudPage, &CloudDirectoriesPage::authorizationFinished, this, [this] {
        m_executors->startAll();
        m_activityPage->reloadIntegrations();
        m_auditPage->reload();
    });
    connect(m_usersPage, &UsersPage::changesQueued, m_executors, &ExecutorHost::wake);
    connect(m_usersPage, &UsersPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_activityPage, &ActivityPage::retryRequested, m_executors, &ExecutorHost::wake);
    connect(m_executors, &ExecutorHost::progressed, m_activityPage, [this](const QString &integrationId) {
        if (m_activityPage->isVisible() && integrationId == m_activityPage->integrationId())
            m_activityPage->refresh();
    });
    connect(m_executors, &ExecutorHost::statusChanged, m_outboxStatus, &QLabel::setText);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == Activity)
            m_activityPage->reloadIntegrations();
    });
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stopped) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_closing)
        return;
    m_closing = true;
    statusBar()->showMessage(tr("Finishing the changes being sent…"));
    auto finish = [this] {
        if (std::exchange(m_stopped, true))
            return; // the executors stopped and the time-out ran out: close once
        close();
    };
    connect(m_executors, &ExecutorHost::stopped, this, finish);
    // A Graph request that hangs must not keep the window open: what was not recorded is sent again next time.
    QTimer::singleShot(CloseTimeoutMs, this, finish);
    m_executors->stopAll();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::tuple<QString, QString, Page>> pages = {
        {tr("&Cloud Directories"), QStringLiteral("actionCloudDirectories"), CloudDirectories},
        {tr("&Users"), QStringLiteral("actionUsers"), Users},
        {tr("&Activity"), QStringLiteral("actionActivity"), Activity},
        {tr("Au&dit log"), QStringLiteral("actionAuditLog"), AuditLog}};
    for (const auto &[text, name, page] : pages) {
        const Page target = page;
        QAction *action = view->addAction(text, this, [this, target] { showPage(target); });
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
    }
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        m_cloudPage->reload();
        m_usersPage->reload();
        m_activityPage->reloadIntegrations();
        m_auditPage->reload();
    });
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About clouddir"), this, [this] {
        QMessageBox::about(this, tr("About clouddir"),
                           tr("<b>clouddir %1</b><p>Keep Microsoft 365 / Entra ID users in step with one "
                              "directory.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}
