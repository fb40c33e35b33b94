// German ships complete, KDE's own strings included: every item of every
// menu the window shows (Postwright's, Kate's merged ones, KXmlGui's
// Settings and Help) reads differently under German than under English.
// The English texts come from the same binary run under an English locale.
#include "appidentity.h"
#include "application.h"
#include "mainwindow.h"
#include "preview/siteschemehandler.h"


#include <KActionCollection>
#include <KLocalizedString>

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Postwright;

namespace {

// objectName (or the menu's path) -> text, for every visible item.
QJsonObject menuTexts()
{
    MainWindow window;
    QJsonObject texts;
    std::function<void(const QList<QAction *> &, const QString &)> collect = [&](const QList<QAction *> &actions,
                                                                               const QString &path) {
        for (QAction *action : actions) {
            // Items without a name are data, not words: recent files,
            // encodings, highlighting modes, dictionaries.
            if (action->isSeparator() || !action->isVisible() || action->objectName().isEmpty())
                continue;
            const QString key = path + u'/' + action->objectName();
            texts.insert(key, action->text());
            if (action->menu())
                collect(action->menu()->actions(), key);
        }
    };
    collect(window.menuBar()->actions(), QString());
    return texts;
}

// An item of Postwright's own collection (every key names an action).
bool isPostwrights(const QString &key)
{
    static const QStringList own = [] {
        MainWindow window;
        QStringList names;
        for (const QAction *action : window.actionCollection()->actions())
            names.append(action->objectName());
        return names;
    }();
    return own.contains(key.section(u'/', -1));
}

} // namespace

class TestMenuTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMenuItemIsGerman()
    {
        // English from the same code in a process of its own (a process
        // reads its catalogues once).
        QTemporaryDir dir;
        QProcess english;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        english.setProcessEnvironment(environment);
        english.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString dump = dir.filePath(QStringLiteral("english.json"));
        english.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--dump-menus"), dump});
        QVERIFY(english.waitForFinished(120000));
        QCOMPARE(english.exitCode(), 0);
        QFile file(dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject en = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject de = menuTexts();
        QVERIFY2(de.size() > 150, qPrintable(QString::number(de.size())));
        QCOMPARE(de.keys(), en.keys());
        // Words that German writes the same way.
        static const QRegularExpression same(QStringLiteral(
            "^(&?Format|&?Link|&?HTML|P&?DF…|Emmet.*|Markdown|&?Tab|&?Modus|Editor|&?Export)$"));
        QStringList english_, notInKatesCatalogue;
        for (auto it = de.constBegin(); it != de.constEnd(); ++it) {
            const QString german = it.value().toString();
            const QString source = en.value(it.key()).toString();
            const QString plain = QString(source).remove(u'&');
            if (german != source || plain.contains(same) || !plain.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))))
                continue;
            // Kate's own items that Debian's German ktexteditor6 catalogue
            // has no translation for: nothing this side can do but say so.
            const QString fromCatalogue = ki18nd("ktexteditor6", source.toUtf8().constData()).toString(QStringList{QStringLiteral("de")});
            if (fromCatalogue == source && !isPostwrights(it.key()))
                notInKatesCatalogue.append(it.key() + QStringLiteral(": ") + german);
            else
                english_.append(it.key() + QStringLiteral(": ") + german);
        }
        if (!notInKatesCatalogue.isEmpty())
            qInfo("Kate's items without German in ktexteditor6.mo:\n%s", qPrintable(notInKatesCatalogue.join(u'\n')));
        QVERIFY2(notInKatesCatalogue.size() < 30, "most of Kate's menu should be German");
        QVERIFY2(english_.isEmpty(), qPrintable(QStringLiteral("\n") + english_.join(u'\n')));
        // Spot checks where Kate and KXmlGui speak: Edit > Undo, Settings.
        QCOMPARE(de.value(QStringLiteral("/edit/edit_undo")).toString().remove(u'&'), QStringLiteral("Rückgängig"));
    }
};

int main(int argc, char *argv[])
{
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    const bool dump = arguments.value(1) == u"--dump-menus";
    if (!dump) { // German, as a user in Germany runs it
        qputenv("LANG", "de_DE.UTF-8");
        qputenv("LANGUAGE", "de");
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    SiteSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    Application::initResources();
    Application::chooseCompositing();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("postwright"));
    Postwright::setUpApplication(app);
    // The application embeds its .qm files; the test reads them from the build.
    QTranslator german;
    if (!dump && german.load(QStringLiteral(POSTWRIGHT_QM_DIR "/postwright_de.qm")))
        QCoreApplication::installTranslator(&german);
    if (dump) {
        QFile out(arguments.value(2));
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(menuTexts()).toJson()) > 0 ? 0 : 1;
    }
    TestMenuTranslations test;
    return QTest::qExec(&test, 1, argv);
}

#include "tst_menutranslations.moc"
