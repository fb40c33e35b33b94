#include "surgicalwriter.h"

#include "frontmatterbackend.h"

namespace Postwright {

namespace {

bool setAt(QVariantMap &map, const QStringList &path, const QVariant &value)
{
    if (path.size() == 1) {
        map.insert(path.first(), value);
        return true;
    }
    QVariant child = map.value(path.first(), QVariantMap());
    if (child.typeId() != QMetaType::QVariantMap)
        return false;
    QVariantMap childMap = child.toMap();
    if (!setAt(childMap, path.mid(1), value))
        return false;
    map.insert(path.first(), childMap);
    return true;
}

void removeAt(QVariantMap &map, const QStringList &path)
{
    if (path.size() == 1) {
        map.remove(path.first());
        return;
    }
    QVariantMap child = map.value(path.first()).toMap();
    removeAt(child, path.mid(1));
    map.insert(path.first(), child);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The edit must stay inside the block, leave a front matter that parses and
// reads expected, whatever the back-end did.
bool checkEdit(QByteArrayView text, const FrontMatterBlock &block, const TextEdit &edit, const QVariantMap &expected,
               QString *error)
{
    if (edit.start < block.contentStart || edit.end < edit.start || edit.end > block.contentEnd
        || edit.end > text.size())
        return fail(error, SurgicalWriter::tr("The edit fell outside the front matter."));
    const FrontMatterData after = readFrontMatter(edit.applyTo(text));
    if (after.error)
        return fail(error, SurgicalWriter::tr("The edit would break the front matter (%1); nothing was changed.")
                               .arg(after.error->message));
    if (FrontMatterValues::normalized(after.values) != FrontMatterValues::normalized(expected))
        return fail(error, SurgicalWriter::tr("The edit would change other keys too; nothing was changed."));
    return true;
}

std::optional<FrontMatterDocument> parsedForEdit(QByteArrayView text, QString *error)
{
    FrontMatterDocument document = FrontMatterDocument::parse(text);
    if (!document.block.exists()) {
        fail(error, SurgicalWriter::tr("The post has no front matter."));
        return std::nullopt;
    }
    if (!document.isValid()) {
        const Problem &first = document.errors.first();
        fail(error, SurgicalWriter::tr("Line %1, column %2: %3").arg(first.line).arg(first.column).arg(first.message));
        return std::nullopt;
    }
    return document;
}

} // namespace

std::optional<TextEdit> SurgicalWriter::setValue(QByteArrayView text, const QStringList &path, const QVariant &value,
                                                  QString *error)
{
    if (path.isEmpty() || path.contains(QString())) {
        fail(error, tr("A key is empty."));
        return std::nullopt;
    }
    const std::optional<FrontMatterDocument> document = parsedForEdit(text, error);
    if (!document)
        return std::nullopt;
    QVariantMap expected = document->values();
    if (!setAt(expected, path, value)) {
        fail(error, tr("%1 is not a map of keys.").arg(path.first()));
        return std::nullopt;
    }
    const std::optional<TextEdit> edit =
        FrontMatterBackend::forFormat(document->format())->edit(text, *document, path, value, error);
    if (!edit || !checkEdit(text, document->block, *edit, expected, error))
        return std::nullopt;
    return edit;
}

std::optional<TextEdit> SurgicalWriter::removeKey(QByteArrayView text, const QStringList &path, QString *error)
{
    const std::optional<FrontMatterDocument> document = parsedForEdit(text, error);
    if (!document)
        return std::nullopt;
    if (!document->find(path)) {
        fail(error, tr("There is no key %1.").arg(path.join(u'.')));
        return std::nullopt;
    }
    QVariantMap expected = document->values();
    removeAt(expected, path);
    const std::optional<TextEdit> edit =
        FrontMatterBackend::forFormat(document->format())->edit(text, *document, path, std::nullopt, error);
    if (!edit || !checkEdit(text, document->block, *edit, expected, error))
        return std::nullopt;
    return edit;
}

QByteArray SurgicalWriter::newBlock(FrontMatterFormat format, const QList<std::pair<QString, QVariant>> &keys)
{
    const FrontMatterBackend *backend = FrontMatterBackend::forFormat(format);
    return backend ? backend->newBlock(keys) : QByteArray();
}

} // namespace Postwright
