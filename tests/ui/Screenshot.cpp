// Takes the README's screenshot: the main window with the Import users modal open on a demo tenant, every page
// listed and a few rows ticked. Run through scripts/screenshot.sh (Xvfb) so the picture shows real window frames.
#include "core/sync/ImportSession.h"
#include "tests/ui/UiFixture.h"
#include "ui/ImportDialog.h"
#include "ui/ImportModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc < 2 || argc > 3) {
        err << "usage: screenshot_import OUT.png [page]\n";
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    // "page": the Cloud Directories page alone, without the modal.
    const bool pageOnly = argc == 3 && qstrcmp(argv[2], "page") == 0;

    UiFixture fixture;
    if (const QString error = fixture.setUp(2000, 2026); !error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    MainWindow window(fixture.context());
    window.resize(1280, 800);
    window.move(0, 0);
    window.show();
    auto grab = [&] {
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, 0, 0, 1280, 800);
        const int code = shot.save(out) ? 0 : 1;
        if (code != 0)
            err << "cannot write " << out << '\n';
        return code;
    };
    if (pageOnly) {
        int code = 1;
        QTimer::singleShot(1500, &app, [&] {
            code = grab();
            app.quit();
        });
        app.exec();
        return code;
    }
    window.findChild<QPushButton *>(QStringLiteral("importUsersButton"))->click();
    auto *dialog = window.findChild<ImportDialog *>();
    if (!dialog) {
        err << "the import modal did not open\n";
        return 1;
    }
    dialog->resize(1180, 640);
    dialog->move(50, 90);

    int code = 1;
    QObject::connect(dialog->session(), &ImportSession::finished, &app, [&] {
        auto *model = dialog->findChild<ImportModel *>();
        model->setChecked({0, 2, 3, 5}, true);
        // Let the window paint before grabbing the whole screen (frames and all).
        QTimer::singleShot(500, &app, [&] {
            code = grab();
            app.quit();
        });
    });
    QObject::connect(dialog->session(), &ImportSession::failed, &app, [&](const QString &message) {
        err << message << '\n';
        app.quit();
    });
    QTimer::singleShot(30000, &app, [&] {
        err << "timed out waiting for the listing\n";
        app.quit();
    });
    app.exec();
    return code;
}
