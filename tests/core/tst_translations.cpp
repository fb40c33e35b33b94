// German ships complete: every string lupdate finds in the sources has a
// finished German translation in translations/postwright_de.ts.

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message{context, {}, false};
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type").toString();
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = type.isEmpty() && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyGermanTranslationIsFinished();
    void everySourceStringIsInTheGermanFile();
};

void TestTranslations::everyGermanTranslationIsFinished()
{
    const QList<Message> messages = readTs(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/translations/postwright_de.ts"));
    QVERIFY(messages.size() > 20);
    for (const Message &m : messages)
        QVERIFY2(m.finished, qPrintable(m.context + QStringLiteral(": ") + m.source));
}

void TestTranslations::everySourceStringIsInTheGermanFile()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(POSTWRIGHT_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral(POSTWRIGHT_SOURCE_DIR "/src"),
                   QStringLiteral(POSTWRIGHT_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QSet<QString> translated;
    for (const Message &m : readTs(QStringLiteral(POSTWRIGHT_SOURCE_DIR "/translations/postwright_de.ts")))
        if (m.finished)
            translated.insert(m.context + QChar(0x1f) + m.source);
    const QList<Message> found = readTs(fresh);
    QVERIFY(!found.isEmpty());
    for (const Message &m : found)
        QVERIFY2(translated.contains(m.context + QChar(0x1f) + m.source),
                 qPrintable(QStringLiteral("not translated: ") + m.context + QStringLiteral(": ") + m.source));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
