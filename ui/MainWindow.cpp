#include "ui/MainWindow.h"

#include "ui/CloudDirectoriesPage.h"
#include "ui/UsersPage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_cloudPage(new CloudDirectoriesPage(context, m_stack))
    , m_usersPage(new UsersPage(context.store, m_stack))
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
    m_stack->addWidget(m_cloudPage);
    m_stack->addWidget(m_usersPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_cloudPage, &CloudDirectoriesPage::usersImported, m_usersPage, &UsersPage::reload);
    buildMenus();
    showPage(CloudDirectories);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *cloud = view->addAction(tr("&Cloud Directories"), this, [this] { showPage(CloudDirectories); });
    cloud->setObjectName(QStringLiteral("actionCloudDirectories"));
    cloud->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *users = view->addAction(tr("&Users"), this, [this] { showPage(Users); });
    users->setObjectName(QStringLiteral("actionUsers"));
    users->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        m_cloudPage->reload();
        m_usersPage->reload();
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
