<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Postwright::AddImageCommand</name>
    <message numerus="yes">
        <source>--line %1 is past the end of %2 (%n line(s))</source>
        <translation>
            <numerusform>--line %1 is past the end of %2 (%n line)</numerusform>
            <numerusform>--line %1 is past the end of %2 (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::CountsLabel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::ExportController</name>
    <message numerus="yes">
        <source>%n warning(s); the first: line %1: %2</source>
        <translation>
            <numerusform>%n warning; the first: line %1: %2</numerusform>
            <numerusform>%n warnings; the first: line %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::ExportSiteCommand</name>
    <message numerus="yes">
        <source>%n post(s) exported to %1</source>
        <translation>
            <numerusform>%n post exported to %1</numerusform>
            <numerusform>%n posts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) skipped</source>
        <translation>
            <numerusform>%n draft skipped</numerusform>
            <numerusform>%n drafts skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::HtmlPage</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::ImagesPanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without alt text</source>
        <translation>
            <numerusform>%n without alt text</numerusform>
            <numerusform>%n without alt text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message numerus="yes">
        <source>Inserted %n image(s)</source>
        <translation>
            <numerusform>Inserted %n image</numerusform>
            <numerusform>Inserted %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownRenderer</name>
    <message numerus="yes">
        <source>invalid UTF-8 replaced with U+FFFD on %n line(s)</source>
        <translation>
            <numerusform>invalid UTF-8 replaced with U+FFFD on %n line</numerusform>
            <numerusform>invalid UTF-8 replaced with U+FFFD on %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::PreviewController</name>
    <message numerus="yes">
        <source>Raw HTML omitted in %n place(s), as on your published site (markup.goldmark.renderer.unsafe is false).</source>
        <translation>
            <numerusform>Raw HTML omitted in %n place, as on your published site (markup.goldmark.renderer.unsafe is false).</numerusform>
            <numerusform>Raw HTML omitted in %n places, as on your published site (markup.goldmark.renderer.unsafe is false).</numerusform>
        </translation>
    </message>
</context>
</TS>
