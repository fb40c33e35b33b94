#include "siteschemehandler.h"

#include "diagrams/mermaidfiles.h"
#include "math/katexfiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Postwright {

namespace {

Q_LOGGING_CATEGORY(lcScheme, "postwright.preview.scheme")

const QString PagePrefix = QStringLiteral("/__postwright__/");
const QString FilePrefix = QStringLiteral("/__file__");
// Where preview.html wants this load's nonce.
constexpr QByteArrayView NoncePlaceholder = "@NONCE@";

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

// The page's scripts and styles installed beside the app or by Debian:
// KaTeX's script, stylesheet and fonts, Mermaid's script. Nothing else of
// those folders.
QString installedFileFor(const QString &name)
{
    static const QRegularExpression font(QStringLiteral("^katex/fonts/KaTeX_[A-Za-z0-9-]+\\.woff2$"));
    if (name == u"katex/katex.min.js" || name == u"katex/katex.min.css" || font.match(name).hasMatch()) {
        const QString dir = KatexFiles::directory();
        return dir.isEmpty() ? QString() : dir + name.mid(5);
    }
    if (name == u"mermaid.min.js")
        return MermaidFiles::script();
    return {};
}

QByteArray mimeTypeFor(const QString &path, const QByteArray &data)
{
    const QByteArray mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name().toLatin1();
    return mime == "text/html" ? QByteArrayLiteral("text/html;charset=utf-8") : mime;
}

void reply(QWebEngineUrlRequestJob *job, const QString &path, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeTypeFor(path, data), buffer);
}

// Why a decoded path is a trick rather than a file name, or "".
QString trickIn(const QUrl &url)
{
    // An encoded separator would become one only after the browser judged
    // the path: %2f, %5c (backslash), %00.
    const QString encoded = url.path(QUrl::FullyEncoded).toLower();
    for (const char *sequence : {"%2f", "%5c", "%00"})
        if (encoded.contains(QLatin1String(sequence)))
            return QStringLiteral("encoded separator %1").arg(QLatin1String(sequence));
    // Chromium resolves "..", also spelt %2e%2e, before asking; a request that
    // still has one did not come from a page's ordinary URL.
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.contains(u'\\'))
        return QStringLiteral("backslash");
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments)
        if (segment == u".." || segment == u".")
            return QStringLiteral("dot segment");
    return {};
}

} // namespace

void SiteSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, so the page is a secure context; and NOT ContentSecurityPolicyIgnored:
    // the site's own files must obey the page's policy like anything else
    // (a theme's /js/x.js in a post must not run).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
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

QByteArray SiteSchemeHandler::contentSecurityPolicy(const QByteArray &nonce, bool remoteFrames)
{
    // Only scripts carrying this load's nonce run: the page's own two. A post's
    // <script>, onerror=, javascript: URLs and eval get nothing. Styles stay
    // inline-friendly (highlighted code and raw HTML use style=""), images,
    // fonts and media may come from the site or the web, as on the blog.
    return "default-src 'none'; script-src 'nonce-" + nonce + "'; "
           "style-src 'self' 'unsafe-inline' https:; img-src 'self' data: https:; "
           "font-src 'self' data: https:; media-src 'self' data: https:; "
           "frame-src " + (remoteFrames ? "https:" : "'none'") + "; "
           "object-src 'none'; base-uri 'none'; form-action 'none'";
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

bool SiteSchemeHandler::isAllowed(const QString &path) const
{
    for (const QString &root : m_roots)
        if (path.startsWith(root + u'/'))
            return true;
    return false;
}

SiteSchemeHandler::Answer SiteSchemeHandler::answer(const QUrl &url, const QByteArray &method) const
{
    if (method != "GET")
        return {Answer::Denied, {}, QStringLiteral("method %1").arg(QString::fromLatin1(method))};
    if (url.scheme() != QLatin1String(Scheme) || url.host() != u"site" || url.port() != -1 || !url.userInfo().isEmpty())
        return {Answer::Denied, {}, QStringLiteral("not the site's host")};
    if (const QString trick = trickIn(url); !trick.isEmpty())
        return {Answer::Denied, {}, trick};
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(PagePrefix)) {
        const QString name = path.mid(PagePrefix.size());
        if (const QString installed = installedFileFor(name); !installed.isEmpty())
            return {QFileInfo(installed).isFile() ? Answer::File : Answer::NotFound, installed, {}};
        const QString resource = resourceFor(name);
        return {resource.isEmpty() ? Answer::NotFound : Answer::Page, resource, {}};
    }
    if (path.startsWith(FilePrefix + u'/')) {
        // A file the renderer resolved; still checked, never trusted.
        const QString file = QDir::cleanPath(path.mid(FilePrefix.size()));
        if (!isAllowed(file))
            return {Answer::Denied, {}, QStringLiteral("outside the site")};
        const QFileInfo info(file);
        if (!info.exists())
            return {Answer::NotFound, {}, {}};
        // A symlink inside the site may still lead out of it.
        if (!isAllowed(info.canonicalFilePath()))
            return {Answer::Denied, {}, QStringLiteral("link to outside the site")};
        return {info.isFile() ? Answer::File : Answer::NotFound, info.canonicalFilePath(), {}};
    }
    // A site-root path written in raw HTML or CSS: /images/x.png.
    const ResolvedImage image = m_resolver.resolve(path);
    if (image.status == ResolvedImage::OutsideSite)
        return {Answer::Denied, {}, QStringLiteral("outside the site")};
    if (image.status != ResolvedImage::Local)
        return {Answer::NotFound, {}, {}};
    return {Answer::File, image.filePath, {}};
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const Answer a = answer(url, job->requestMethod());
    switch (a.kind) {
    case Answer::Page:
        replyWithPage(job, a.path);
        return;
    case Answer::File: {
        QFile file(a.path);
        if (file.open(QIODevice::ReadOnly)) {
            reply(job, a.path, file.readAll());
            return;
        }
        break;
    }
    case Answer::Denied:
        qCWarning(lcScheme, "refused %s: %s", qPrintable(url.toDisplayString()), qPrintable(a.reason));
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        Q_EMIT requestRefused(url.path(QUrl::FullyDecoded), true);
        return;
    case Answer::NotFound:
        break;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    Q_EMIT requestRefused(url.path(QUrl::FullyDecoded), false);
}

void SiteSchemeHandler::replyWithPage(QWebEngineUrlRequestJob *job, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QByteArray data = file.readAll();
    if (data.contains(NoncePlaceholder)) {
        // A fresh nonce per load: a post cannot know it, so cannot copy it.
        // Hex, as WebEngine lowercases header values (base64 would no longer match).
        quint32 random[4];
        QRandomGenerator::system()->fillRange(random);
        const QByteArray nonce = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex();
        data.replace(NoncePlaceholder, nonce);
        // Headers, not <meta>: the policy holds from the first byte and no
        // markup can come before it.
        job->setAdditionalResponseHeaders({{"Content-Security-Policy", contentSecurityPolicy(nonce, m_remoteFrames)},
                                           {"Referrer-Policy", "no-referrer"}});
    }
    reply(job, resource, data);
}

} // namespace Postwright
