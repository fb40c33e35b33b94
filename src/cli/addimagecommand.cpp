#include "addimagecommand.h"

#include "cli.h"
#include "diagnostics.h"
#include "document/atomicwriter.h"
#include "document/postfile.h"
#include "images/imageimporter.h"
#include "site/site.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Postwright {

namespace {

// The text with line inserted as line `number` (1-based; 0: at the end), as
// a paragraph of its own: blank lines are added around it where text touches
// it. Returns the 1-based line the reference ended up on.
int insertLine(QByteArray &text, QByteArrayView line, int number)
{
    const QByteArray eol = text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    const bool endsWithNewline = text.isEmpty() || text.endsWith('\n');
    if (endsWithNewline)
        lines.removeLast(); // the empty piece after the final newline
    int index = number <= 0 ? int(lines.size()) : number - 1;
    QList<QByteArray> inserted{line.toByteArray()};
    if (index > 0 && !lines.at(index - 1).trimmed().isEmpty())
        inserted.prepend(QByteArray());
    if (index < lines.size() && !lines.at(index).trimmed().isEmpty())
        inserted.append(QByteArray());
    const int landed = index + 1 + (inserted.first().isEmpty() ? 1 : 0);
    for (qsizetype i = 0; i < inserted.size(); ++i)
        lines.insert(index + i, inserted.at(i));
    text = lines.join(eol);
    if (endsWithNewline || number <= 0)
        text += eol;
    return landed;
}

} // namespace

int AddImageCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("add-image");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy an image into the post's site (Hugo static/images/<slug>/ or page bundle, Jekyll "
           "assets/images/<slug>/, images/ beside a post outside a site), insert a reference to it and save the "
           "post atomically."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("post"), tr("The Markdown post to add the image to."));
    parser.addPositionalArgument(QStringLiteral("image"), tr("The image file (PNG, JPEG, GIF, WebP, SVG...)."));
    const QCommandLineOption altOption(QStringLiteral("alt"), tr("What the image shows, for readers who cannot see it (required; \"\" for decoration)."), QStringLiteral("text"));
    const QCommandLineOption lineOption(QStringLiteral("line"), tr("Insert the reference as line N (default: at the end)."), QStringLiteral("N"));
    const QCommandLineOption styleOption(QStringLiteral("style"), tr("markdown, html, figure or template (default: the site's choice)."), QStringLiteral("style"));
    const QCommandLineOption classOption(QStringLiteral("class"), tr("CSS class for html and figure references."), QStringLiteral("class"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("The image's title."), QStringLiteral("text"));
    const QCommandLineOption captionOption(QStringLiteral("caption"), tr("A caption (figure references)."), QStringLiteral("text"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The file name to store it under (made safe; default: the image's name)."), QStringLiteral("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({altOption, lineOption, styleOption, classOption, titleOption, captionOption, nameOption, jsonOption});
    if (const std::optional<int> finished = CommandLine::parseCommand(parser, arguments, command))
        return *finished;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        Diagnostics::fatal(command, tr("expected a post and an image; see --help"));
        return CommandLine::UsageError;
    }
    if (!parser.isSet(altOption)) {
        Diagnostics::fatal(command, tr("--alt is required: say what the image shows (--alt \"\" for a decorative image)"));
        return CommandLine::UsageError;
    }
    int lineNumber = 0;
    if (parser.isSet(lineOption)) {
        bool ok = false;
        lineNumber = parser.value(lineOption).toInt(&ok);
        if (!ok || lineNumber < 1) {
            Diagnostics::fatal(command, tr("--line takes a line number from 1"));
            return CommandLine::UsageError;
        }
    }
    std::optional<ImageReferenceStyle> style;
    if (parser.isSet(styleOption)) {
        style = imageReferenceStyleFromName(parser.value(styleOption));
        if (!style) {
            Diagnostics::fatal(command, tr("unknown style '%1': markdown, html, figure or template").arg(parser.value(styleOption)));
            return CommandLine::UsageError;
        }
    }
    const QString postPath = QFileInfo(positional.at(0)).absoluteFilePath();
    const QString imagePath = positional.at(1);

    QFile file(postPath);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostics::fatal(command, tr("cannot read %1: %2").arg(positional.at(0), file.errorString()));
        return CommandLine::UsageError;
    }
    QByteArray text = file.readAll();
    file.close();
    const int lineCount = int(text.count('\n')) + (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
    if (lineNumber > lineCount + 1) {
        Diagnostics::fatal(command, tr("--line %1 is past the end of %2 (%n line(s))", nullptr, lineCount)
                                        .arg(lineNumber)
                                        .arg(positional.at(0)));
        return CommandLine::UsageError;
    }
    if (const QString why = PostFile::whyNotWritable(postPath); !why.isEmpty()) {
        Diagnostics::error(postPath, 0, why);
        return CommandLine::Failure;
    }

    const Site site = Site::detect(postPath);
    const ImagePlacement placement = ImagePlacement::forPost(site, postPath, text);
    if (!placement.error.isEmpty())
        Diagnostics::warning(ImagePlacement::settingsPath(placement.siteRoot), 0, placement.error);
    const Result<ImportedImage> image = ImageImporter::importFile(placement, placement.folder, imagePath, parser.value(nameOption));
    if (!image) {
        Diagnostics::error(imagePath, image.problem());
        return CommandLine::Failure;
    }

    ImageReferenceFields fields;
    fields.src = image->link;
    fields.alt = parser.value(altOption);
    fields.title = parser.value(titleOption);
    fields.caption = parser.value(captionOption);
    fields.cssClass = parser.isSet(classOption) ? parser.value(classOption) : placement.cssClass;
    const QString reference =
        ImageReference::format(style.value_or(placement.style), fields, site.kind(), placement.templateText);
    const int landed = insertLine(text, reference.toUtf8(), lineNumber);
    if (const Result<> written = AtomicWriter::write(postPath, text); !written) {
        Diagnostics::error(postPath, written.problem());
        return CommandLine::Failure;
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject result{{QStringLiteral("reference"), reference},
                                 {QStringLiteral("line"), landed},
                                 {QStringLiteral("stored"), image->storedPath},
                                 {QStringLiteral("link"), image->link},
                                 {QStringLiteral("reused"), image->reused}};
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << reference << '\n' << image->storedPath << '\n';
    }
    return CommandLine::Success;
}

} // namespace Postwright
