#include "metacommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "frontmatter/frontmatterdocument.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Postwright {

int MetaCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("meta");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a post's front matter as typed fields."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("post"), tr("The Markdown post to read."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(jsonOption);
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    if (parser.positionalArguments().size() != 1) {
        Diagnostics::fatal(command, tr("expected exactly one post; see --help"));
        return CommandLine::UsageError;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostics::fatal(command, tr("cannot read %1: %2").arg(path, file.errorString()));
        return CommandLine::UsageError;
    }
    const QByteArray text = file.readAll();
    const FrontMatterDocument document = FrontMatterDocument::parse(text);

    QJsonObject fields;
    for (const FrontMatterEntry &entry : document.entries)
        if (entry.path.size() == 1)
            fields.insert(entry.key(), QJsonValue::fromVariant(entry.value));
    QJsonArray errors;
    for (const FrontMatterError &error : document.errors)
        errors.append(QJsonObject{{QStringLiteral("line"), error.line},
                                  {QStringLiteral("column"), error.column},
                                  {QStringLiteral("message"), error.message}});
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject result{
            {QStringLiteral("format"), frontMatterFormatName(document.format())},
            {QStringLiteral("body_offset"), double(document.block.exists() ? document.block.bodyOffset : 0)},
            {QStringLiteral("keys"), QJsonArray::fromStringList(document.topLevelKeys())},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("errors"), errors},
        };
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << tr("format: %1").arg(frontMatterFormatName(document.format())) << '\n';
        for (const QString &key : document.topLevelKeys()) {
            const QJsonValue value = fields.value(key);
            const QString text = value.isString() ? value.toString()
                : value.isArray()                 ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : value.isObject()                ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                                  : value.toVariant().toString();
            out << key << ": " << text << '\n';
        }
    }
    for (const FrontMatterError &error : document.errors)
        Diagnostics::error(path, error.line, error.message);
    return document.isValid() ? CommandLine::Success : CommandLine::Failure;
}

} // namespace Postwright
