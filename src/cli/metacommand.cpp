#include "metacommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "frontmatter/frontmatterdocument.h"
#include "frontmatter/jsonbackend.h"

#include <QCommandLineParser>
#include <QFile>
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

    // The values as the parser read them, merged keys too; written by the
    // JSON back-end, so that 3.0 stays 3.0 (QJsonDocument would write 3).
    const JsonBackend json;
    const QVariantMap values = document.values();
    const QStringList keys = document.topLevelKeys();
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QVariantList errors;
        for (const Problem &error : document.errors)
            errors.append(QVariantMap{{QStringLiteral("line"), error.line},
                                      {QStringLiteral("column"), error.column},
                                      {QStringLiteral("message"), error.message}});
        const QVariantMap result{
            {QStringLiteral("format"), frontMatterFormatName(document.format())},
            {QStringLiteral("body_offset"), qlonglong(document.block.exists() ? document.block.bodyOffset : 0)},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("fields"), values},
            {QStringLiteral("errors"), errors},
        };
        out << json.formatIndented(result) << '\n';
    } else {
        out << tr("format: %1").arg(frontMatterFormatName(document.format())) << '\n';
        for (const QString &key : keys) {
            const QVariant value = values.value(key);
            const QString text = value.typeId() == QMetaType::QString ? value.toString()
                : value.isValid()                                     ? QString::fromUtf8(json.formatValue(value))
                                                                      : QString();
            out << key << ": " << text << '\n';
        }
    }
    for (const Problem &error : document.errors)
        Diagnostics::error(path, error);
    return document.isValid() ? CommandLine::Success : CommandLine::Failure;
}

} // namespace Postwright
