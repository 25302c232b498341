// casebench: one binary for the workbench (no arguments, or a case path) and the command line.
#include "cli.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>

static void installTranslators(QCoreApplication &)
{
    cb::app::applyLanguage(cb::app::chosenLocale());
}

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Casebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBENCH_VERSION));
    // One data folder (the signing key) for the command line and the workbench.
    QCoreApplication::setOrganizationName(QStringLiteral("Casebench"));
    {
        // Commands need no display: decide before a QApplication looks for one. Anything but no arguments
        // or an existing case file is a command, and an unknown one is refused with the list (exit 2).
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (!cb::app::opensWorkbench(args)) {
            if (cb::app::needsFonts(args)) { // pictures and the packet lay text out: fonts, without a display
                qputenv("QT_QPA_PLATFORM", "offscreen");
                QApplication app(argc, argv); // QtCharts draws through a graphics scene, which needs QApplication
                installTranslators(app);
                return cb::app::runCli(app.arguments());
            }
            QCoreApplication app(argc, argv);
            installTranslators(app);
            return cb::app::runCli(app.arguments());
        }
    }
    QApplication app(argc, argv);
    installTranslators(app);
    cb::app::MainWindow window;
    window.restoreLayout();
    if (argc > 1) {
        QString error;
        if (!window.openCase(QApplication::arguments().at(1), &error))
            QMessageBox::warning(&window, QObject::tr("Open Case"), error);
    }
    window.show();
    return app.exec();
}
