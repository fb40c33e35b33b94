#include "frontmatterschema.h"

#include "site/site.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QVariant>

#include <yaml-cpp/yaml.h>

namespace Postwright {

namespace {

FrontMatterField::Type typeNamed(const std::string &name, bool *ok)
{
    static const std::pair<const char *, FrontMatterField::Type> names[] = {
        {"text", FrontMatterField::Text},     {"longtext", FrontMatterField::LongText}, {"date", FrontMatterField::Date},
        {"bool", FrontMatterField::Bool},     {"number", FrontMatterField::Number},     {"terms", FrontMatterField::Terms},
        {"choice", FrontMatterField::Choice}, {"image", FrontMatterField::Image},       {"slug", FrontMatterField::Slug},
    };
    for (const auto &[text, type] : names) {
        if (name == text) {
            *ok = true;
            return type;
        }
    }
    *ok = false;
    return FrontMatterField::Text;
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

const FrontMatterField *FrontMatterSchema::field(const QString &key) const
{
    for (const FrontMatterField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

FrontMatterSchema FrontMatterSchema::preset(int siteKind)
{
    const bool jekyll = siteKind == int(SiteKind::Jekyll);
    FrontMatterSchema schema;
    using F = FrontMatterField;
    schema.fields = {
        {QStringLiteral("title"), tr("Title"), F::Text, {}, true, {}, false},
        {jekyll ? QStringLiteral("excerpt") : QStringLiteral("description"), tr("Description"), F::LongText, {}, false,
         tr("Shown by search engines and link previews; about 160 characters."), false},
        {QStringLiteral("date"), tr("Date"), F::Date, {}, false, {}, false},
    };
    if (jekyll) {
        schema.fields.append({QStringLiteral("published"), tr("Published"), F::Published, {}, false, {}, false});
        schema.fields.append({QStringLiteral("layout"), tr("Layout"), F::Choice, {}, false, {}, false});
    } else {
        schema.fields.append({QStringLiteral("lastmod"), tr("Last modified"), F::Date, {}, false, {}, false});
        schema.fields.append({QStringLiteral("publishDate"), tr("Publish on"), F::Date, {}, false, {}, false});
        schema.fields.append({QStringLiteral("draft"), tr("Published"), F::Published, {}, false,
                              tr("Hugo builds drafts only with --buildDrafts."), true});
    }
    schema.fields.append({QStringLiteral("tags"), tr("Tags"), F::Terms, {}, false, {}, false});
    schema.fields.append({QStringLiteral("categories"), tr("Categories"), F::Terms, {}, false, {}, false});
    if (!jekyll) {
        schema.fields.append({QStringLiteral("keywords"), tr("Keywords"), F::Terms, {}, false, {}, false});
        schema.fields.append({QStringLiteral("summary"), tr("Summary"), F::LongText, {}, false, {}, false});
    }
    schema.fields.append({QStringLiteral("author"), tr("Author"), F::Text, {}, false, {}, false});
    if (!jekyll)
        schema.fields.append({QStringLiteral("layout"), tr("Layout"), F::Choice, {}, false, {}, false});
    schema.fields.append({QStringLiteral("slug"), tr("Slug"), F::Slug, {}, false, {}, false});
    schema.fields.append({jekyll ? QStringLiteral("image") : QStringLiteral("cover"), tr("Cover image"), F::Image, {},
                          false, {}, false});
    schema.fields.append({QStringLiteral("excerpt_separator"), tr("Excerpt separator"), F::Text, {}, false, {}, false});
    if (!jekyll) {
        schema.fields.append({QStringLiteral("weight"), tr("Weight"), F::Number, {}, false,
                              tr("Lower weights come first in Hugo's lists."), false});
        schema.fields.append({QStringLiteral("aliases"), tr("Aliases"), F::Terms, {}, false,
                              tr("Old URLs that redirect here."), false});
    }
    return schema;
}

FrontMatterSchema FrontMatterSchema::forSite(const Site &site)
{
    FrontMatterSchema schema = preset(int(site.kind()));
    for (FrontMatterField &field : schema.fields)
        if (field.type == FrontMatterField::Choice && field.key == u"layout")
            field.choices = site.layoutNames();
    const QString path = QDir(site.rootPath()).filePath(QStringLiteral(".postwright/frontmatter.yaml"));
    QFile file(path);
    if (site.rootPath().isEmpty() || !file.open(QIODevice::ReadOnly))
        return schema;
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        const YAML::Node list = root["fields"];
        if (!list || !list.IsSequence()) {
            schema.error = tr("%1 has no list of fields.").arg(path);
            return schema;
        }
        for (const YAML::Node &node : list) {
            if (!node.IsMap() || !node["key"]) {
                schema.error = tr("%1: every field needs a key.").arg(path);
                continue;
            }
            FrontMatterField field;
            field.key = fromStd(node["key"].as<std::string>());
            field.label = node["label"] ? fromStd(node["label"].as<std::string>()) : field.key;
            if (node["type"]) {
                bool ok = false;
                field.type = typeNamed(node["type"].as<std::string>(), &ok);
                if (!ok)
                    schema.error = tr("%1: unknown type %2 for %3.").arg(path, fromStd(node["type"].as<std::string>()), field.key);
            }
            if (node["choices"] && node["choices"].IsSequence())
                for (const YAML::Node &choice : node["choices"])
                    field.choices.append(fromStd(choice.as<std::string>()));
            field.required = node["required"] && node["required"].as<bool>();
            if (node["help"])
                field.help = fromStd(node["help"].as<std::string>());
            bool replaced = false;
            for (FrontMatterField &existing : schema.fields) {
                if (existing.key == field.key) {
                    field.inverted = existing.inverted;
                    existing = field;
                    replaced = true;
                }
            }
            if (!replaced)
                schema.fields.append(field);
        }
    } catch (const YAML::Exception &e) {
        schema.error = tr("%1, line %2: %3").arg(path).arg(e.mark.line + 1).arg(fromStd(e.msg));
    }
    return schema;
}

QList<std::pair<QString, QVariant>> FrontMatterSchema::templateKeys(int siteKind, const QString &title)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (siteKind == int(SiteKind::Jekyll))
        return {{QStringLiteral("layout"), QStringLiteral("post")}, {QStringLiteral("title"), title},
                {QStringLiteral("date"), today}, {QStringLiteral("published"), false},
                {QStringLiteral("categories"), QVariantList{}}, {QStringLiteral("tags"), QVariantList{}}};
    return {{QStringLiteral("title"), title}, {QStringLiteral("date"), today}, {QStringLiteral("draft"), true},
            {QStringLiteral("tags"), QVariantList{}}, {QStringLiteral("categories"), QVariantList{}}};
}

} // namespace Postwright
