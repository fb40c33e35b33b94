#include "pageprinter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPageSize>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Postwright::PagePrinter {

namespace {

constexpr int LoadTimeoutMs = 60000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PagePrinter", text);
}

} // namespace

QPageLayout layoutFor(const QString &pageSize, double marginsMm)
{
    QPageSize size;
    if (pageSize.compare(u"A4", Qt::CaseInsensitive) == 0)
        size = QPageSize(QPageSize::A4);
    else if (pageSize.compare(u"Letter", Qt::CaseInsensitive) == 0)
        size = QPageSize(QPageSize::Letter);
    else if (pageSize.compare(u"A5", Qt::CaseInsensitive) == 0)
        size = QPageSize(QPageSize::A5);
    else if (pageSize.compare(u"Legal", Qt::CaseInsensitive) == 0)
        size = QPageSize(QPageSize::Legal);
    else
        return {};
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(marginsMm, marginsMm, marginsMm, marginsMm),
                       QPageLayout::Millimeter);
}

bool printToPdf(const QString &htmlFile, const QString &pdfFile, const QPageLayout &layout, QString *error)
{
    // A profile of its own, in memory: nothing of the post lands on disk
    // but the PDF. The exported page runs no script of its own.
    QWebEngineProfile profile;
    QWebEnginePage page(&profile);
    page.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    page.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page.settings()->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    QEventLoop loop;
    bool loaded = false;
    bool printed = false;
    bool timedOut = false;
    QObject::connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = ok;
        loop.quit();
    });
    QObject::connect(&page, &QWebEnginePage::pdfPrintingFinished, &loop, [&](const QString &, bool ok) {
        printed = ok;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timeout.start(LoadTimeoutMs);
    page.load(QUrl::fromLocalFile(QFileInfo(htmlFile).absoluteFilePath()));
    loop.exec();
    if (!loaded) {
        *error = timedOut ? tr("the page did not load within a minute") : tr("the page could not be loaded");
        return false;
    }
    timeout.start(LoadTimeoutMs);
    page.printToPdf(QFileInfo(pdfFile).absoluteFilePath(), layout);
    loop.exec();
    if (!printed) {
        *error = timedOut ? tr("printing did not finish within a minute") : tr("printing failed");
        return false;
    }
    return true;
}

} // namespace Postwright::PagePrinter
