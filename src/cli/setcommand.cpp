#include "setcommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "document/atomicwriter.h"
#include "frontmatter/surgicalwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Postwright {

namespace {

// VALUE in JSON syntax when it reads as JSON (lists, numbers, true/false,
// quoted strings); anything else is a plain string.
QVariant valueFromArgument(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1 || text.trimmed().isEmpty())
        return text;
    const QJsonValue value = wrapped.array().first();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15 && !text.contains(u'.') && !text.contains(u'e', Qt::CaseInsensitive))
            return qlonglong(number);
        return number;
    }
    if (value.isObject())
        return text; // maps are set key by key (params.author=...)
    return value.toVariant();
}

struct Change
{
    QStringList path;
    QVariant value;
    bool unset = false;
};

} // namespace

int SetCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("set");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set front matter keys of a post, changing nothing else, and save it atomically."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("post"), tr("The Markdown post to change."));
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"),
                                 tr("VALUE in JSON syntax when it reads as JSON (lists, numbers, true, false, "
                                    "\"quoted\"), otherwise a string. A dotted KEY (params.author) reaches into maps."),
                                 QStringLiteral("[KEY=VALUE...]"));
    const QCommandLineOption stringOption(QStringLiteral("string"), tr("Set KEY to VALUE as a string, always."),
                                          QStringLiteral("KEY=VALUE"));
    const QCommandLineOption unsetOption(QStringLiteral("unset"), tr("Remove KEY."), QStringLiteral("KEY"));
    parser.addOption(stringOption);
    parser.addOption(unsetOption);
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        Diagnostics::fatal(command, tr("expected a post and KEY=VALUE pairs; see --help"));
        return CommandLine::UsageError;
    }
    const QString path = positional.takeFirst();

    QList<Change> changes;
    const auto addAssignment = [&](const QString &assignment, bool forceString) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return false;
        const QStringList keyPath = assignment.first(equals).split(u'.');
        const QString valueText = assignment.sliced(equals + 1);
        changes.append({keyPath, forceString ? QVariant(valueText) : valueFromArgument(valueText)});
        return true;
    };
    for (const QString &assignment : std::as_const(positional)) {
        if (!addAssignment(assignment, false)) {
            Diagnostics::fatal(command, tr("'%1' is not KEY=VALUE").arg(assignment));
            return CommandLine::UsageError;
        }
    }
    for (const QString &assignment : parser.values(stringOption)) {
        if (!addAssignment(assignment, true)) {
            Diagnostics::fatal(command, tr("'%1' is not KEY=VALUE").arg(assignment));
            return CommandLine::UsageError;
        }
    }
    for (const QString &key : parser.values(unsetOption))
        changes.append({key.split(u'.'), {}, true});
    if (changes.isEmpty()) {
        Diagnostics::fatal(command, tr("nothing to set; see --help"));
        return CommandLine::UsageError;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostics::fatal(command, tr("cannot read %1: %2").arg(path, file.errorString()));
        return CommandLine::UsageError;
    }
    const QByteArray original = file.readAll();
    file.close();
    QByteArray text = original;
    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    if (block.notice == FrontMatterNotice::Unclosed) {
        // A second block above the open one would only bury it.
        Diagnostics::error(path, 1, block.noticeText());
        return CommandLine::Failure;
    }
    if (!block.exists()) {
        // A post without front matter gets a YAML block for the first key.
        text.prepend(SurgicalWriter::newBlock(FrontMatterFormat::Yaml, {}));
    }
    for (const Change &change : std::as_const(changes)) {
        QString error;
        const std::optional<TextEdit> edit = change.unset ? SurgicalWriter::removeKey(text, change.path, &error)
                                                          : SurgicalWriter::setValue(text, change.path, change.value, &error);
        if (!edit) {
            const FrontMatterDocument document = FrontMatterDocument::parse(text);
            const int line = document.errors.isEmpty() ? 0 : document.errors.first().line;
            Diagnostics::error(path, line, tr("%1: %2").arg(change.path.join(u'.'), error));
            return CommandLine::Failure;
        }
        text = edit->applyTo(text);
    }
    if (text == original)
        return CommandLine::Success;
    if (const Result<> written = AtomicWriter::write(path, text); !written) {
        Diagnostics::error(path, written.problem());
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

} // namespace Postwright
