#include "siteschemehandler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Postwright {

namespace {

Q_LOGGING_CATEGORY(lcScheme, "postwright.preview.scheme")

const QString PagePrefix = QStringLiteral("/__postwright__/");
const QString FilePrefix = QStringLiteral("/__file__");

// The page's own files, by the name the page asks for.
QString resourceFor(const QString &name)
{
    static const QHash<QString, QString> resources = {
        {QStringLiteral("preview.html"), QStringLiteral(":/postwright/preview/preview.html")},
        {QStringLiteral("preview.js"), QStringLiteral(":/postwright/preview/preview.js")},
        {QStringLiteral("preview.css"), QStringLiteral(":/postwright/preview/preview.css")},
        {QStringLiteral("page.css"), QStringLiteral(":/postwright/export/page.css")},
        {QStringLiteral("qwebchannel.js"), QStringLiteral(":/qtwebchannel/qwebchannel.js")},
    };
    return resources.value(name);
}

void replyWithFile(QWebEngineUrlRequestJob *job, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(file.readAll());
    buffer->open(QIODevice::ReadOnly);
    const QByteArray mime = QMimeDatabase().mimeTypeForFileNameAndData(path, buffer->data()).name().toLatin1();
    job->reply(mime == "text/html" ? QByteArrayLiteral("text/html;charset=utf-8") : mime, buffer);
}

} // namespace

void SiteSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl SiteSchemeHandler::pageUrl()
{
    return QUrl(QString::fromLatin1(Scheme) + QStringLiteral("://site") + PagePrefix + QStringLiteral("preview.html"));
}

QString SiteSchemeHandler::fileUrl(const QString &canonicalPath)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(Scheme));
    url.setHost(QStringLiteral("site"));
    url.setPath(FilePrefix + canonicalPath);
    return url.toString(QUrl::FullyEncoded);
}

void SiteSchemeHandler::setSite(const Site &site, const QString &postPath)
{
    m_resolver = ImageResolver(site, postPath);
    m_roots.clear();
    const QString root = site.kind() == SiteKind::None && !postPath.isEmpty() ? QFileInfo(postPath).absolutePath()
                                                                             : site.rootPath();
    if (const QString canonical = QFileInfo(root).canonicalFilePath(); !canonical.isEmpty())
        m_roots.append(canonical);
}

bool SiteSchemeHandler::isAllowed(const QString &canonicalPath) const
{
    for (const QString &root : m_roots)
        if (canonicalPath.startsWith(root + u'/'))
            return true;
    return false;
}

void SiteSchemeHandler::refuse(QWebEngineUrlRequestJob *job, const QString &path, bool denied)
{
    if (denied)
        qCWarning(lcScheme, "refused %s: outside the site", qPrintable(path));
    job->fail(denied ? QWebEngineUrlRequestJob::RequestDenied : QWebEngineUrlRequestJob::UrlNotFound);
    Q_EMIT requestRefused(path);
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    // The decoded path: %2e%2e is "..", and is judged as such.
    const QString path = url.path(QUrl::FullyDecoded);
    if (job->requestMethod() != "GET" || url.host() != u"site") {
        refuse(job, path, true);
        return;
    }
    if (path.startsWith(PagePrefix)) {
        const QString resource = resourceFor(path.mid(PagePrefix.size()));
        if (resource.isEmpty())
            refuse(job, path, false);
        else
            replyWithFile(job, resource);
        return;
    }
    QString file;
    if (path.startsWith(FilePrefix + u'/')) {
        // A file the renderer resolved; still checked, never trusted.
        const QFileInfo info(QDir::cleanPath(path.mid(FilePrefix.size())));
        file = info.exists() ? info.canonicalFilePath() : QString();
        if (!file.isEmpty() && !isAllowed(file)) {
            refuse(job, path, true);
            return;
        }
    } else {
        // A site-root path written in raw HTML or CSS: /images/x.png.
        const ResolvedImage image = m_resolver.resolve(path);
        if (image.status == ResolvedImage::OutsideSite) {
            refuse(job, path, true);
            return;
        }
        file = image.status == ResolvedImage::Local ? image.filePath : QString();
    }
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        refuse(job, path, false);
        return;
    }
    replyWithFile(job, file);
}

} // namespace Postwright
