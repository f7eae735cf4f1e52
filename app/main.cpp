#include "app/CommandLine.h"
#include "app/Sandbox.h"

#include "core/auth/IntegrationSessions.h"
#include "core/auth/PasswordStore.h"
#include "core/auth/TokenStore.h"
#include "core/directory/Store.h"
#include "core/graph/GraphClient.h"
#include "core/graph/StaticTokenProvider.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// The interface language follows the system locale when a catalog exists (:/i18n/clouddir_<lang>.qm).
void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("clouddir"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("clouddir"));
    QCoreApplication::setApplicationName(QStringLiteral("clouddir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDDIR_VERSION));
}

QString defaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("directory.sqlite"));
}

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), tr("The directory database."), tr("DB")});
    parser.addOption({QStringLiteral("sandbox"), tr("Open a demo tenant served by graphsim.")});
    parser.addOption({QStringLiteral("log-rules"), tr("Logging rules."), tr("RULES")});
    parser.addOption({QStringLiteral("login-url"),
                      tr("Sign-in authority for integrations added in this session (default: the cloud's)."),
                      tr("URL")});
    parser.addOption({QStringLiteral("graph-url"),
                      tr("Microsoft Graph base URL for integrations added in this session (default: the cloud's)."),
                      tr("URL")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("log-rules")))
        QLoggingCategory::setFilterRules(
            parser.value(QStringLiteral("log-rules")).replace(QLatin1Char(';'), QLatin1Char('\n')));

    auto fatal = [](const QString &message) {
        QMessageBox::critical(nullptr, tr("clouddir"), message);
        return 1;
    };

    std::unique_ptr<Sandbox> sandbox;
    QString database = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabase();
    if (parser.isSet(QStringLiteral("sandbox"))) {
        Result<std::unique_ptr<Sandbox>> started = Sandbox::start();
        if (!started)
            return fatal(started.error().message);
        sandbox = std::move(started).value();
        database = sandbox->databasePath();
    }

    Result<std::unique_ptr<Store>> opened = Store::open(database);
    if (!opened)
        return fatal(opened.error().message);
    std::unique_ptr<Store> store = std::move(opened).value();

    QNetworkAccessManager network;
    StaticTokenProvider sandboxToken(sandbox ? sandbox->accessToken() : Secret());
    GraphClient sandboxClient(&network, &sandboxToken);
    if (sandbox) {
        sandboxClient.setBaseUrl(sandbox->graphUrl());
        Integration contoso;
        contoso.name = tr("Contoso (sandbox)");
        contoso.cloud = QStringLiteral("global");
        contoso.graphUrl = sandbox->graphUrl().toString();
        if (Result<Integration> created = store->createIntegration(contoso); !created)
            return fatal(created.error().message);
    }

    // Signed-in integrations: refresh tokens in the OS keychain only, access tokens in memory, one Graph client each.
    TokenStore tokens;
    IntegrationSessions sessions(&network, &tokens);

    // Passwords typed in Edit… wait in the keychain until Graph accepted them; the sandbox needs no keychain.
    PasswordStore passwords;

    AppContext context;
    context.store = store.get();
    context.passwords = sandbox ? nullptr : &passwords;
    context.sessions = &sessions;
    context.loginUrl = QUrl(parser.value(QStringLiteral("login-url")));
    context.graphUrl = QUrl(parser.value(QStringLiteral("graph-url")));
    // The sandbox's demo tenant keeps its fixed random token (graphsim accepts only it): it needs no sign-in and no
    // keychain, so --sandbox works on machines without a Secret Service. Every other integration signs in.
    context.graphClientFor = [&](const Integration &integration) -> GraphClient * {
        if (sandbox && integration.graphUrl == sandbox->graphUrl().toString())
            return &sandboxClient;
        return nullptr;
    };

    MainWindow window(context);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands, --help and --version need no display: they run on QCoreApplication (CI, ssh, cron).
    if (CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslator(app);
        // stderr is for the one-line reason of a failure; QT_LOGGING_RULES still turns the logs back on.
        QLoggingCategory::setFilterRules(QStringLiteral("clouddir.*.info=false\nclouddir.*.warning=false"));
        return CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clouddir.svg")));
    return runWindow(app);
}
