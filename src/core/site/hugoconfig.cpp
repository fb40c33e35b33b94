#include "hugoconfig.h"

#include "frontmatter/frontmatterbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright {

namespace {

const QStringList rootNames = {QStringLiteral("hugo"), QStringLiteral("config")};
const QStringList suffixes = {QStringLiteral("toml"), QStringLiteral("yaml"), QStringLiteral("yml"),
                              QStringLiteral("json")};

FrontMatterFormat formatOf(const QString &suffix)
{
    if (suffix == u"toml")
        return FrontMatterFormat::Toml;
    if (suffix == u"json")
        return FrontMatterFormat::Json;
    return FrontMatterFormat::Yaml;
}

// One configuration file's values; a file that does not parse adds an error.
QVariantMap readFile(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("%1:0: %2").arg(path, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(4 << 20);
    std::optional<Problem> error;
    const QVariantMap values =
        FrontMatterBackend::forFormat(formatOf(QFileInfo(path).suffix()))->readValues(bytes, &error);
    if (error)
        errors->append(QStringLiteral("%1:%2: %3").arg(path).arg(error->line).arg(error->message));
    return values;
}

QVariant valueIgnoringCase(const QVariantMap &map, const QString &key)
{
    if (map.contains(key))
        return map.value(key);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

QStringList asStrings(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList list;
        for (const QVariant &item : value.toList())
            list.append(item.toString());
        return list;
    }
    return value.isValid() && !value.toString().isEmpty() ? QStringList{value.toString()} : QStringList{};
}

} // namespace

HugoConfig HugoConfig::read(const QString &siteRoot)
{
    HugoConfig config;
    const QDir root(siteRoot);
    for (const QString &name : rootNames) {
        for (const QString &suffix : suffixes) {
            const QString path = root.filePath(name + u'.' + suffix);
            if (QFileInfo(path).isFile()) {
                config.m_path = path;
                config.m_values = readFile(path, &config.m_errors);
                return config;
            }
        }
    }
    const QDir folder(root.filePath(QStringLiteral("config/_default")));
    if (!folder.exists())
        return config;
    config.m_path = folder.path();
    for (const QFileInfo &file : folder.entryInfoList(QDir::Files, QDir::Name)) {
        if (!suffixes.contains(file.suffix()))
            continue;
        const QString name = file.completeBaseName();
        const QVariantMap values = readFile(file.filePath(), &config.m_errors);
        if (rootNames.contains(name)) {
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                config.m_values.insert(it.key(), it.value());
        } else if (!name.contains(u'.')) { // params.en.toml and the like belong to one language: not read
            config.m_values.insert(name, values);
        }
    }
    return config;
}

QVariant HugoConfig::value(const QStringList &path) const
{
    QVariant current = m_values;
    for (const QString &part : path) {
        if (current.typeId() != QMetaType::QVariantMap)
            return {};
        current = valueIgnoringCase(current.toMap(), part);
    }
    return current;
}

QStringList HugoConfig::dirsSetting(const QString &key, const QString &fallback) const
{
    QStringList dirs = asStrings(value({key}));
    if (dirs.isEmpty())
        dirs = {fallback};
    const QVariantMap languages = value({QStringLiteral("languages")}).toMap();
    for (const QVariant &language : languages)
        if (language.typeId() == QMetaType::QVariantMap)
            dirs += asStrings(valueIgnoringCase(language.toMap(), key));
    dirs.removeDuplicates();
    return dirs;
}

QStringList HugoConfig::contentDirs() const
{
    return dirsSetting(QStringLiteral("contentDir"), QStringLiteral("content"));
}

QStringList HugoConfig::staticDirs() const
{
    return dirsSetting(QStringLiteral("staticDir"), QStringLiteral("static"));
}

} // namespace Postwright
