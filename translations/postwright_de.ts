<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Postwright::AddImageCommand</name>
    <message>
        <source>Copy an image into the post&apos;s site (Hugo static/images/&lt;slug&gt;/ or page bundle, Jekyll assets/images/&lt;slug&gt;/, images/ beside a post outside a site), insert a reference to it and save the post atomically.</source>
        <translation>Ein Bild in die Website des Beitrags kopieren (Hugo static/images/&lt;slug&gt;/ oder Page Bundle, Jekyll assets/images/&lt;slug&gt;/, images/ neben einem Beitrag außerhalb einer Website), einen Verweis darauf einfügen und den Beitrag atomar speichern.</translation>
    </message>
    <message>
        <source>The Markdown post to add the image to.</source>
        <translation>Der Markdown-Beitrag, in den das Bild kommt.</translation>
    </message>
    <message>
        <source>The image file (PNG, JPEG, GIF, WebP, SVG...).</source>
        <translation>Die Bilddatei (PNG, JPEG, GIF, WebP, SVG …).</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it (required; &quot;&quot; for decoration).</source>
        <translation>Was das Bild zeigt, für Leser, die es nicht sehen können (Pflicht; &quot;&quot; für Schmuckbilder).</translation>
    </message>
    <message>
        <source>Insert the reference as line N (default: at the end).</source>
        <translation>Den Verweis als Zeile N einfügen (Vorgabe: am Ende).</translation>
    </message>
    <message>
        <source>markdown, html, figure or template (default: the site&apos;s choice).</source>
        <translation>markdown, html, figure oder template (Vorgabe: die Wahl der Website).</translation>
    </message>
    <message>
        <source>CSS class for html and figure references.</source>
        <translation>CSS-Klasse für html- und figure-Verweise.</translation>
    </message>
    <message>
        <source>The image&apos;s title.</source>
        <translation>Der Titel des Bildes.</translation>
    </message>
    <message>
        <source>A caption (figure references).</source>
        <translation>Eine Bildunterschrift (figure-Verweise).</translation>
    </message>
    <message>
        <source>The file name to store it under (made safe; default: the image&apos;s name).</source>
        <translation>Der Dateiname, unter dem es abgelegt wird (wird bereinigt; Vorgabe: der Name des Bildes).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected a post and an image; see --help</source>
        <translation>erwartet einen Beitrag und ein Bild; siehe --help</translation>
    </message>
    <message>
        <source>--alt is required: say what the image shows (--alt &quot;&quot; for a decorative image)</source>
        <translation>--alt ist Pflicht: sagen Sie, was das Bild zeigt (--alt &quot;&quot; für ein Schmuckbild)</translation>
    </message>
    <message>
        <source>--line takes a line number from 1</source>
        <translation>--line erwartet eine Zeilennummer ab 1</translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos;: markdown, html, figure or template</source>
        <translation>unbekannter Stil „%1“: markdown, html, figure oder template</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>--line %1 is past the end of %2 (%n line(s))</source>
        <translation>
            <numerusform>--line %1 liegt hinter dem Ende von %2 (%n Zeile)</numerusform>
            <numerusform>--line %1 liegt hinter dem Ende von %2 (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::Application</name>
    <message>
        <source>A post or a site folder to open.</source>
        <translation>Ein Beitrag oder ein Seitenordner, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window once the preview has rendered, then quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern, sobald die Vorschau dargestellt ist, und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use the light or the dark colour scheme instead of the desktop&apos;s.</source>
        <translation>Das helle oder das dunkle Farbschema statt dem des Desktops verwenden.</translation>
    </message>
    <message>
        <source>Open View &gt; Site Preview: the post as its site&apos;s own server renders it.</source>
        <translation>Ansicht &gt; Website-Vorschau öffnen: der Beitrag, wie ihn der eigene Server der Website darstellt.</translation>
    </message>
    <message>
        <source>An editor for technical blog posts, aware of Hugo and Jekyll sites.</source>
        <translation>Ein Editor für technische Blogartikel, der Hugo- und Jekyll-Websites kennt.</translation>
    </message>
</context>
<context>
    <name>Postwright::AtomicWriter</name>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The file is larger than this disk or process may write.</source>
        <translation>Die Datei ist größer, als dieser Datenträger oder Prozess schreiben darf.</translation>
    </message>
    <message>
        <source>The disk is mounted read-only.</source>
        <translation>Der Datenträger ist schreibgeschützt eingehängt.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation>In %1 konnte keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not keep the permissions of %1: %2</source>
        <translation>Die Zugriffsrechte von %1 konnten nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Replacing %1 failed: %2</source>
        <translation>Das Ersetzen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>Der Ordner %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>The folder %1 is outside %2.</source>
        <translation>Der Ordner %1 liegt außerhalb von %2.</translation>
    </message>
    <message>
        <source>Every name from %1 to %2 is taken in %3.</source>
        <translation>In %3 sind alle Namen von %1 bis %2 vergeben.</translation>
    </message>
</context>
<context>
    <name>Postwright::CommandLine</name>
    <message>
        <source>Export a post as a standalone HTML page or fragment</source>
        <translation>Einen Beitrag als eigenständige HTML-Seite oder als Fragment exportieren</translation>
    </message>
    <message>
        <source>Usage: postwright [OPTIONS] [FILE | SITE]
       postwright COMMAND [OPTIONS] ARGS...

Without a command, opens the editor on a post or a site folder.

Options:
  -h, --help               Show this help
  -v, --version            Show the version
  --screenshot FILE.png    Open the window, save a screenshot once the preview
                           has rendered, and quit

Commands:
</source>
        <translation>Aufruf: postwright [OPTIONEN] [DATEI | SEITE]
        postwright BEFEHL [OPTIONEN] ARGUMENTE...

Ohne Befehl öffnet sich der Editor mit einem Beitrag oder einem Seitenordner.

Optionen:
  -h, --help               Diese Hilfe anzeigen
  -v, --version            Die Version anzeigen
  --screenshot DATEI.png   Das Fenster öffnen, ein Bildschirmfoto speichern, sobald
                           die Vorschau dargestellt ist, und beenden

Befehle:
</translation>
    </message>
    <message>
        <source>Run &apos;postwright COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;postwright BEFEHL --help&apos; werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Export every post of a site as HTML pages, in parallel</source>
        <translation>Alle Beiträge einer Seite parallel als HTML-Seiten exportieren</translation>
    </message>
    <message>
        <source>Print a post&apos;s front matter as typed fields (--json for scripts)</source>
        <translation>Die Front Matter eines Beitrags als typisierte Felder ausgeben (--json für Skripte)</translation>
    </message>
    <message>
        <source>Set or remove front matter keys, changing nothing else</source>
        <translation>Schlüssel der Front Matter setzen oder entfernen, ohne sonst etwas zu ändern</translation>
    </message>
    <message>
        <source>Check the front matter and images of a post or a whole site</source>
        <translation>Front Matter und Bilder eines Beitrags oder einer ganzen Seite prüfen</translation>
    </message>
    <message>
        <source>Copy an image into the post&apos;s site and insert a reference to it</source>
        <translation>Ein Bild in die Website des Beitrags kopieren und einen Verweis darauf einfügen</translation>
    </message>
</context>
<context>
    <name>Postwright::CountsLabel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::DiagramRenderer</name>
    <message>
        <source>Mermaid is not installed; diagrams stay code</source>
        <translation>Mermaid ist nicht installiert; Diagramme bleiben Code</translation>
    </message>
    <message>
        <source>Mermaid could not be loaded from %1</source>
        <translation>Mermaid konnte nicht aus %1 geladen werden</translation>
    </message>
    <message>
        <source>Mermaid did not finish within two minutes</source>
        <translation>Mermaid ist nicht innerhalb von zwei Minuten fertig geworden</translation>
    </message>
</context>
<context>
    <name>Postwright::DocumentManager</name>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown)</source>
        <translation>Markdown-Beiträge (*.md *.markdown)</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;These posts have changes that are not saved:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Diese Beiträge haben Änderungen, die nicht gespeichert sind:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Recovered text that was never saved, as it was at %1. Save it to keep it.</source>
        <translation>Wiederhergestellter Text, der nie gespeichert wurde, Stand %1. Speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>Postwright::EditorLauncher</name>
    <message>
        <source>postwright: cannot load the editor (%1); the commands still work, see postwright --help</source>
        <translation>postwright: Der Editor lässt sich nicht laden (%1); die Befehle funktionieren weiterhin, siehe postwright --help</translation>
    </message>
</context>
<context>
    <name>Postwright::ExportCommand</name>
    <message>
        <source>Export a post as a standalone HTML page or fragment.</source>
        <translation>Einen Beitrag als eigenständige HTML-Seite oder als Fragment exportieren.</translation>
    </message>
    <message>
        <source>The Markdown post to export.</source>
        <translation>Der zu exportierende Markdown-Beitrag.</translation>
    </message>
    <message>
        <source>Write to FILE (&apos;-&apos; for standard output).</source>
        <translation>In DATEI schreiben (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>expected exactly one post; see --help</source>
        <translation>genau ein Beitrag erwartet; siehe --help</translation>
    </message>
    <message>
        <source>missing -o FILE (use -o - for standard output)</source>
        <translation>-o DATEI fehlt (-o - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>Write a PDF of the page (code highlighted, math and images in) instead of HTML.</source>
        <translation>Ein PDF der Seite schreiben (Code hervorgehoben, mit Formeln und Bildern) statt HTML.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page size: A4 or Letter (default A4).</source>
        <translation>Seitengröße des PDF: A4 oder Letter (Vorgabe A4).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>The PDF&apos;s margins in millimetres (default 15).</source>
        <translation>Ränder des PDF in Millimetern (Vorgabe 15).</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>--pdf writes a whole page to a file: give -o FILE, without --fragment</source>
        <translation>--pdf schreibt eine ganze Seite in eine Datei: -o DATEI angeben, ohne --fragment</translation>
    </message>
    <message>
        <source>--margins takes millimetres from 0 to 100, not &apos;%1&apos;</source>
        <translation>--margins erwartet Millimeter von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos;; use A4 or Letter</source>
        <translation>unbekannte Seitengröße „%1“; A4 oder Letter verwenden</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>HTML &amp;Page…</source>
        <translation>HTML-&amp;Seite …</translation>
    </message>
    <message>
        <source>HTML Page with &amp;Embedded Images…</source>
        <translation>HTML-Seite mit &amp;eingebetteten Bildern …</translation>
    </message>
    <message>
        <source>HTML &amp;Fragment…</source>
        <translation>HTML-&amp;Fragment …</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF …</translation>
    </message>
    <message>
        <source>Export the post as a PDF: the page as exported, code highlighted, math and diagrams drawn</source>
        <translation>Den Beitrag als PDF exportieren: die exportierte Seite, Code hervorgehoben, Formeln und Diagramme gezeichnet</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>Als &amp;HTML kopieren</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>post.html</source>
        <translation>beitrag.html</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>post.pdf</source>
        <translation>beitrag.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the first: line %1: %2</source>
        <translation>
            <numerusform>%n Warnung; die erste: Zeile %1: %2</numerusform>
            <numerusform>%n Warnungen; die erste: Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Copied the post as HTML</source>
        <translation>Der Beitrag wurde als HTML kopiert</translation>
    </message>
</context>
<context>
    <name>Postwright::ExportOptionParser</name>
    <message>
        <source>Write the body HTML only, without the page around it.</source>
        <translation>Nur das HTML des Inhalts schreiben, ohne die umgebende Seite.</translation>
    </message>
    <message>
        <source>Inline every local image as a data: URI, for one file that opens anywhere.</source>
        <translation>Jedes lokale Bild als data:-URI einbetten, für eine Datei, die sich überall öffnen lässt.</translation>
    </message>
    <message>
        <source>Highlight code with the KSyntaxHighlighting theme NAME (default: light and dark).</source>
        <translation>Code mit dem KSyntaxHighlighting-Farbschema NAME hervorheben (Vorgabe: hell und dunkel).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Style the page with FILE (the blog&apos;s own stylesheet).</source>
        <translation>Die Seite mit DATEI gestalten (dem eigenen Stylesheet des Blogs).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Drop raw HTML from the post.</source>
        <translation>Rohes HTML aus dem Beitrag entfernen.</translation>
    </message>
    <message>
        <source>Add a table of contents.</source>
        <translation>Ein Inhaltsverzeichnis hinzufügen.</translation>
    </message>
    <message>
        <source>Treat warnings as errors.</source>
        <translation>Warnungen als Fehler behandeln.</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos;; installed themes: %2</source>
        <translation>unbekanntes Farbschema &apos;%1&apos;; installierte Farbschemata: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Math as MODE: katex (drawn now with KaTeX; the page needs its stylesheet and fonts, copied beside it, no script), mathjax (kept for MathJax, with its script tag) or none (as the site writes it). Default: katex.</source>
        <translation>Formeln als MODUS: katex (jetzt mit KaTeX gesetzt; die Seite braucht dessen Stylesheet und Schriften, daneben kopiert, kein Skript), mathjax (für MathJax belassen, mit dessen Skript-Tag) oder none (wie die Website sie schreibt). Vorgabe: katex.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Mermaid diagrams as MODE: svg (drawn now, inline SVG) or keep (&lt;pre class=&quot;mermaid&quot;&gt; for the blog&apos;s own Mermaid script). Default: svg.</source>
        <translation>Mermaid-Diagramme als MODUS: svg (jetzt gezeichnet, eingebettetes SVG) oder keep (&lt;pre class=&quot;mermaid&quot;&gt; für das eigene Mermaid-Skript des Blogs). Vorgabe: svg.</translation>
    </message>
    <message>
        <source>unknown math mode &apos;%1&apos;; use katex, mathjax or none</source>
        <translation>unbekannter Formelmodus „%1“; katex, mathjax oder none verwenden</translation>
    </message>
    <message>
        <source>unknown diagrams mode &apos;%1&apos;; use svg or keep</source>
        <translation>unbekannter Diagrammmodus „%1“; svg oder keep verwenden</translation>
    </message>
</context>
<context>
    <name>Postwright::ExportSiteCommand</name>
    <message>
        <source>Export every post of a site as HTML pages, in parallel.</source>
        <translation>Alle Beiträge einer Seite parallel als HTML-Seiten exportieren.</translation>
    </message>
    <message>
        <source>The site&apos;s folder (Hugo or Jekyll).</source>
        <translation>Der Ordner der Seite (Hugo oder Jekyll).</translation>
    </message>
    <message>
        <source>Write the pages below DIR.</source>
        <translation>Die Seiten unterhalb von ORDNER schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Export N posts at a time (default: one per core).</source>
        <translation>N Beiträge gleichzeitig exportieren (Vorgabe: einer je Prozessorkern).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Export drafts too.</source>
        <translation>Auch Entwürfe exportieren.</translation>
    </message>
    <message>
        <source>usage: postwright export-site SITE -o DIR; see --help</source>
        <translation>Aufruf: postwright export-site SEITE -o ORDNER; siehe --help</translation>
    </message>
    <message>
        <source>--fragment is for single posts</source>
        <translation>--fragment gilt nur für einzelne Beiträge</translation>
    </message>
    <message>
        <source>--jobs takes a whole number of at least 1</source>
        <translation>--jobs erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a Hugo or Jekyll site (no hugo.toml, config.toml or _config.yml)</source>
        <translation>%1 ist keine Hugo- oder Jekyll-Seite (keine hugo.toml, config.toml oder _config.yml)</translation>
    </message>
    <message>
        <source>the output folder must not be the site itself</source>
        <translation>der Ausgabeordner darf nicht die Seite selbst sein</translation>
    </message>
    <message>
        <source>exported %1 of %2</source>
        <translation>%1 von %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) skipped</source>
        <translation>
            <numerusform>%n Entwurf übersprungen</numerusform>
            <numerusform>%n Entwürfe übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
</context>
<context>
    <name>Postwright::Exporter</name>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid front matter: %1</source>
        <translation>ungültige Front Matter: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>diagram %1 stays code: %2</source>
        <translation>Diagramm %1 bleibt Code: %2</translation>
    </message>
    <message>
        <source>math is shown as TeX: %1</source>
        <translation>Formeln werden als TeX gezeigt: %1</translation>
    </message>
    <message>
        <source>could not copy %1 to %2</source>
        <translation>konnte %1 nicht nach %2 kopieren</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <source>The front matter is not a map of keys and values.</source>
        <translation>Die Front Matter ist keine Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
    <message>
        <source>The front matter&apos;s aliases expand to too many values.</source>
        <translation>Die Aliase der Front Matter ergeben zu viele Werte.</translation>
    </message>
    <message>
        <source>The front matter is not valid UTF-8.</source>
        <translation>Die Front Matter ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The front matter holds the control character U+%1, which YAML does not allow.</source>
        <translation>Die Front Matter enthält das Steuerzeichen U+%1, das YAML nicht erlaubt.</translation>
    </message>
    <message>
        <source>There is nothing between these commas.</source>
        <translation>Zwischen diesen Kommas steht nichts.</translation>
    </message>
    <message>
        <source>This value has no key.</source>
        <translation>Dieser Wert hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>This key has no “:” after it.</source>
        <translation>Auf diesen Schlüssel folgt kein „:“.</translation>
    </message>
    <message>
        <source>The alias %1 is used inside the value it names.</source>
        <translation>Der Alias %1 steht in dem Wert, den er benennt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid !!%2 value.</source>
        <translation>„%1“ ist kein gültiger !!%2-Wert.</translation>
    </message>
    <message>
        <source>The merge key &lt;&lt; needs a map, an alias of a map, or a list of those.</source>
        <translation>Der Merge-Schlüssel &lt;&lt; braucht eine Zuordnung, einen Alias einer Zuordnung oder eine Liste davon.</translation>
    </message>
    <message>
        <source>A tab follows the list item&apos;s dash; YAML allows only spaces there.</source>
        <translation>Auf den Strich des Listeneintrags folgt ein Tabulator; YAML erlaubt dort nur Leerzeichen.</translation>
    </message>
    <message>
        <source>The tag %1 uses a handle no %TAG directive defines.</source>
        <translation>Das Tag %1 verwendet ein Kürzel, das keine %TAG-Direktive definiert.</translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed.</source>
        <translation>Der hier beginnende Wert in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A line starting with % is a YAML directive, which front matter cannot hold.</source>
        <translation>Eine Zeile, die mit % beginnt, ist eine YAML-Direktive, und die kann Front Matter nicht enthalten.</translation>
    </message>
    <message>
        <source>The post opens like front matter but the block is never closed: it is read as text, and Hugo refuses the post.</source>
        <translation>Der Beitrag beginnt wie Front Matter, aber der Block wird nie geschlossen: Er wird als Text gelesen, und Hugo lehnt den Beitrag ab.</translation>
    </message>
    <message>
        <source>The block at the top is not a map of keys: it is read as text, and Hugo refuses the post.</source>
        <translation>Der Block am Anfang ist keine Zuordnung von Schlüsseln: Er wird als Text gelesen, und Hugo lehnt den Beitrag ab.</translation>
    </message>
    <message>
        <source>Inside [ ] or { }, a value cannot start with “:”; put it in quotes.</source>
        <translation>In [ ] oder { } kann ein Wert nicht mit „:“ beginnen; setzen Sie ihn in Anführungszeichen.</translation>
    </message>
    <message>
        <source>This value must be indented more than its key.</source>
        <translation>Dieser Wert muss weiter eingerückt sein als sein Schlüssel.</translation>
    </message>
    <message>
        <source>This tag holds a character YAML does not allow in tags.</source>
        <translation>Dieses Tag enthält ein Zeichen, das YAML in Tags nicht erlaubt.</translation>
    </message>
    <message>
        <source>An anchor or alias name may hold only letters, digits, “-” and “_”.</source>
        <translation>Der Name eines Ankers oder Alias darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterLint</name>
    <message>
        <source>The front matter does not parse: %1</source>
        <translation>Die Front Matter ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>Der Beitrag hat keinen Titel.</translation>
    </message>
    <message>
        <source>%1 is not a date: &quot;%2&quot;.</source>
        <translation>%1 ist kein Datum: „%2“.</translation>
    </message>
    <message>
        <source>The post is published but dated %1, in the future: sites hide it until then.</source>
        <translation>Der Beitrag ist veröffentlicht, aber auf %1 datiert, in der Zukunft: Seiten verbergen ihn bis dahin.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; search results show about %3.</source>
        <translation>%1 hat %2 Zeichen; Suchergebnisse zeigen etwa %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by no other post; did you mean &quot;%2&quot;?</source>
        <translation>„%1“ verwendet kein anderer Beitrag; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>%1 is written more than once; the parser keeps only one.</source>
        <translation>%1 steht mehrmals da; der Parser behält nur einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterPanel</name>
    <message>
        <source>Add Front Matter</source>
        <translation>Front Matter hinzufügen</translation>
    </message>
    <message>
        <source>Insert the site&apos;s front matter template at the top of the post</source>
        <translation>Die Front-Matter-Vorlage der Seite am Anfang des Beitrags einfügen</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What to check before publishing; click one to go to its line</source>
        <translation>Was vor dem Veröffentlichen zu prüfen ist; ein Klick springt zur Zeile</translation>
    </message>
    <message>
        <source>%1 of about %2 characters</source>
        <translation>%1 von etwa %2 Zeichen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Kommas, getrennt</translation>
    </message>
    <message>
        <source>From Title</source>
        <translation>Aus dem Titel</translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation>Den Slug aus dem Titel bilden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose an image of the site</source>
        <translation>Ein Bild der Seite auswählen</translation>
    </message>
    <message>
        <source>Cover Image</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>Kein Beitrag</translation>
    </message>
    <message>
        <source>%1 front matter</source>
        <translation>%1-Front-Matter</translation>
    </message>
    <message>
        <source>This post has no front matter.</source>
        <translation>Dieser Beitrag hat keine Front Matter.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1:%2&quot;&gt;Line %1, column %2&lt;/a&gt;: %3&lt;br&gt;The form is read-only until the text is fixed.</source>
        <translation>&lt;a href=&quot;%1:%2&quot;&gt;Zeile %1, Spalte %2&lt;/a&gt;: %3&lt;br&gt;Das Formular ist schreibgeschützt, bis der Text korrigiert ist.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;1:1&quot;&gt;Line 1&lt;/a&gt;: %1</source>
        <translation>&lt;a href=&quot;1:1&quot;&gt;Zeile 1&lt;/a&gt;: %1</translation>
    </message>
    <message>
        <source>Reading the post…</source>
        <translation>Der Beitrag wird gelesen …</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterSchema</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shown by search engines and link previews; about 160 characters.</source>
        <translation>Wird von Suchmaschinen und Linkvorschauen gezeigt; etwa 160 Zeichen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Veröffentlichen am</translation>
    </message>
    <message>
        <source>Hugo builds drafts only with --buildDrafts.</source>
        <translation>Hugo baut Entwürfe nur mit --buildDrafts.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>Excerpt separator</source>
        <translation>Auszugstrenner</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Lower weights come first in Hugo&apos;s lists.</source>
        <translation>Kleinere Gewichte stehen in Hugos Listen zuerst.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Old URLs that redirect here.</source>
        <translation>Alte URLs, die hierher weiterleiten.</translation>
    </message>
    <message>
        <source>%1 has no list of fields.</source>
        <translation>%1 hat keine Liste von Feldern.</translation>
    </message>
    <message>
        <source>%1: every field needs a key.</source>
        <translation>%1: Jedes Feld braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1: unknown type %2 for %3.</source>
        <translation>%1: unbekannter Typ %2 für %3.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>Postwright::HighlightingLoader</name>
    <message>
        <source>postwright: cannot load code highlighting (%1); code is shown as plain text</source>
        <translation>postwright: Die Syntaxhervorhebung lässt sich nicht laden (%1); Code wird als reiner Text gezeigt</translation>
    </message>
</context>
<context>
    <name>Postwright::HtmlPage</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::ImageCheck</name>
    <message>
        <source>image not found in the site: %1</source>
        <translation>Bild nicht in der Website gefunden: %1</translation>
    </message>
    <message>
        <source>the post is not saved yet, so its images cannot be found</source>
        <translation>der Beitrag ist noch nicht gespeichert, darum können seine Bilder nicht gefunden werden</translation>
    </message>
    <message>
        <source>image outside the site, never read by the preview or export: %1</source>
        <translation>Bild außerhalb der Website, von Vorschau und Export nie gelesen: %1</translation>
    </message>
    <message>
        <source>image without alt text: %1</source>
        <translation>Bild ohne Alternativtext: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::ImageImporter</name>
    <message>
        <source>The data is not an image Postwright can insert (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).</source>
        <translation>Die Daten sind kein Bild, das Postwright einfügen kann (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).</translation>
    </message>
    <message>
        <source>%1 is not an image Postwright can insert (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).</source>
        <translation>%1 ist kein Bild, das Postwright einfügen kann (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP, TIFF, ICO).</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete: it cannot be shown.</source>
        <translation>Das Bild ist beschädigt oder unvollständig: Es kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: it cannot be shown.</source>
        <translation>%1 ist beschädigt oder unvollständig: Es kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is outside the site %2: images are stored inside the site only.</source>
        <translation>Der Ordner %1 liegt außerhalb der Website %2: Bilder werden nur innerhalb der Website abgelegt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was copied; try again.</source>
        <translation>%1 hat sich beim Kopieren geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 konnte nicht kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::ImageInserter</name>
    <message>
        <source>The reference style was not saved for the site: %1</source>
        <translation>Der Verweisstil wurde nicht für die Website gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::ImagePlacement</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no settings (folder, style, class, template).</source>
        <translation>%1 enthält keine Einstellungen (folder, style, class, template).</translation>
    </message>
    <message>
        <source>%1: %2 must be a single value.</source>
        <translation>%1: %2 muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: unknown image style “%2”; use markdown, html, figure or template.</source>
        <translation>%1: unbekannter Bildstil „%2“; verwenden Sie markdown, html, figure oder template.</translation>
    </message>
    <message>
        <source>%1: the template style needs a template.</source>
        <translation>%1: Der Stil template braucht eine Vorlage (template).</translation>
    </message>
    <message>
        <source>%1: the image folder “%2” is outside the site; images go to %3 instead.</source>
        <translation>%1: Der Bildordner „%2“ liegt außerhalb der Website; Bilder kommen stattdessen nach %3.</translation>
    </message>
    <message>
        <source>Save the post first: its images are stored next to it, in its site.</source>
        <translation>Speichern Sie den Beitrag zuerst: Seine Bilder werden neben ihm in seiner Website abgelegt.</translation>
    </message>
    <message>
        <source>%1 is outside the site %2.</source>
        <translation>%1 liegt außerhalb der Website %2.</translation>
    </message>
    <message>
        <source>Jekyll does not publish %1: a name in its path starts with “_” or “.”.</source>
        <translation>Jekyll veröffentlicht %1 nicht: Ein Name in seinem Pfad beginnt mit „_“ oder „.“.</translation>
    </message>
    <message>
        <source>Hugo does not publish the files in assets/ as they are: choose a folder in static/, or beside a page bundle&apos;s index.md.</source>
        <translation>Hugo veröffentlicht die Dateien in assets/ nicht unverändert: Wählen Sie einen Ordner in static/ oder neben der index.md eines Page Bundles.</translation>
    </message>
    <message>
        <source>Hugo does not publish %1: images go in static/, or beside a page bundle&apos;s index.md.</source>
        <translation>Hugo veröffentlicht %1 nicht: Bilder gehören nach static/ oder neben die index.md eines Page Bundles.</translation>
    </message>
    <message>
        <source>%1 is not beside the post, so the post cannot link it.</source>
        <translation>%1 liegt nicht neben dem Beitrag, daher kann der Beitrag nicht darauf verweisen.</translation>
    </message>
    <message>
        <source>There is no site to remember the image style for.</source>
        <translation>Es gibt keine Website, für die der Bildstil gespeichert werden kann.</translation>
    </message>
    <message>
        <source>%1 is not a plain list of settings; add “style: %2” to it by hand.</source>
        <translation>%1 ist keine einfache Liste von Einstellungen; fügen Sie „style: %2“ von Hand hinzu.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Postwright::ImagesPanel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>&amp;Insert Image…</source>
        <translation>Bild &amp;einfügen …</translation>
    </message>
    <message>
        <source>&amp;Remove Reference</source>
        <translation>Verweis &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected references from the post (the image files stay)</source>
        <translation>Die gewählten Verweise aus dem Beitrag entfernen (die Bilddateien bleiben)</translation>
    </message>
    <message>
        <source>No post is open.</source>
        <translation>Kein Beitrag ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 (on the web; not loaded in the preview)</source>
        <translation>%1 (im Web; wird in der Vorschau nicht geladen)</translation>
    </message>
    <message>
        <source>(no alt text)</source>
        <translation>(kein Alternativtext)</translation>
    </message>
    <message>
        <source>Screen readers cannot say what this image shows</source>
        <translation>Screenreader können nicht sagen, was dieses Bild zeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n defekt</numerusform>
            <numerusform>%n defekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without alt text</source>
        <translation>
            <numerusform>%n ohne Alternativtext</numerusform>
            <numerusform>%n ohne Alternativtext</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postwright::InsertImageDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>Kein Bild gewählt</translation>
    </message>
    <message>
        <source>&amp;Image file:</source>
        <translation>&amp;Bilddatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Was das Bild zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>⚠ No alt text: screen readers cannot say what the image shows.</source>
        <translation>⚠ Kein Alternativtext: Screenreader können nicht sagen, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Bild&amp;unterschrift:</translation>
    </message>
    <message>
        <source>CSS c&amp;lass:</source>
        <translation>CSS-K&amp;lasse:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>As the image</source>
        <translation>Wie das Bild</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Verweis:</translation>
    </message>
    <message>
        <source>Use for this &amp;site</source>
        <translation>Für diese &amp;Website verwenden</translation>
    </message>
    <message>
        <source>Remember the reference style and class in the site&apos;s .postwright/images.yaml</source>
        <translation>Verweisstil und Klasse in der .postwright/images.yaml der Website speichern</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Placeholders: {src} {alt} {title} {caption} {class} {width} {height}</source>
        <translation>Platzhalter: {src} {alt} {title} {caption} {class} {width} {height}</translation>
    </message>
    <message>
        <source>Inserts:</source>
        <translation>Fügt ein:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Markdown  ![alt](src)</source>
        <translation>Markdown  ![alt](src)</translation>
    </message>
    <message>
        <source>HTML  &lt;img&gt;</source>
        <translation>HTML  &lt;img&gt;</translation>
    </message>
    <message>
        <source>Hugo figure shortcode</source>
        <translation>Hugo-Shortcode figure</translation>
    </message>
    <message>
        <source>HTML &lt;figure&gt; with caption</source>
        <translation>HTML &lt;figure&gt; mit Bildunterschrift</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder for the Image</source>
        <translation>Ordner für das Bild</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>size not known</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The folder must be inside the site (%1).</source>
        <translation>Der Ordner muss in der Website liegen (%1).</translation>
    </message>
    <message>
        <source>Folder in the site (%1) the image is copied to; it is created if needed</source>
        <translation>Ordner in der Website (%1), in den das Bild kopiert wird; er wird bei Bedarf angelegt</translation>
    </message>
</context>
<context>
    <name>Postwright::LintCommand</name>
    <message>
        <source>A Markdown post or a site&apos;s folder.</source>
        <translation>Ein Markdown-Beitrag oder der Ordner einer Seite.</translation>
    </message>
    <message>
        <source>expected one post or site; see --help</source>
        <translation>ein Beitrag oder eine Seite erwartet; siehe --help</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Check the front matter and the images of a post, or of every post of a site.</source>
        <translation>Front Matter und Bilder eines Beitrags prüfen, oder jedes Beitrags einer Website.</translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>&amp;Ask Before Inserting Dropped Images</source>
        <translation>Vor dem Einfügen abgelegter Bilder &amp;nachfragen</translation>
    </message>
    <message>
        <source>Open the Insert Image dialog for every image dropped on the post</source>
        <translation>Für jedes auf dem Beitrag abgelegte Bild den Dialog „Bild einfügen“ öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s)</source>
        <translation>
            <numerusform>%n Bild eingefügt</numerusform>
            <numerusform>%n Bilder eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Fokusmodus verlassen</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Inline &amp;Code</source>
        <translation>&amp;Code im Text</translation>
    </message>
    <message>
        <source>Code &amp;Block</source>
        <translation>Code&amp;block</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>&amp;Bild einfügen …</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownEditor</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Show Preview</source>
        <translation>Vorschau zeigen</translation>
    </message>
    <message>
        <source>This post is larger than 20 MB, so its preview is paused while you edit.</source>
        <translation>Dieser Beitrag ist größer als 20 MB, daher ist seine Vorschau beim Bearbeiten angehalten.</translation>
    </message>
    <message>
        <source>The post has no file yet.</source>
        <translation>Der Beitrag hat noch keine Datei.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>%1 was not saved: %2 Your text is still here, unsaved; the file on disk is as it was.</source>
        <translation>%1 wurde nicht gespeichert: %2 Ihr Text ist noch hier, ungespeichert; die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Your text is kept here; save to write it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht. Ihr Text bleibt hier erhalten; speichern Sie, um ihn wieder zu schreiben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Show Diff</source>
        <translation>Unterschiede zeigen</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes here. Reload discards yours; Keep Mine saves over the file when you save.</source>
        <translation>%1 wurde auf dem Datenträger geändert, und Sie haben hier ungespeicherte Änderungen. „Neu laden“ verwirft Ihre; „Meine behalten“ überschreibt die Datei beim Speichern.</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf dem Datenträger</translation>
    </message>
    <message>
        <source>in the editor</source>
        <translation>im Editor</translation>
    </message>
    <message>
        <source>No difference, or diff could not run: %1</source>
        <translation>Kein Unterschied, oder diff konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Changes on Disk and Here</source>
        <translation>Änderungen auf dem Datenträger und hier</translation>
    </message>
    <message>
        <source>The encoding %1 is not known.</source>
        <translation>Die Kodierung %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>Line %1 has a character that %2 cannot hold. Choose another encoding in Tools &gt; Encoding, such as UTF-8.</source>
        <translation>Zeile %1 enthält ein Zeichen, das %2 nicht darstellen kann. Wählen Sie unter Extras &gt; Kodierung eine andere Kodierung, etwa UTF-8.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Writing the file failed.</source>
        <translation>Das Schreiben der Datei ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownRenderer</name>
    <message numerus="yes">
        <source>invalid UTF-8 replaced with U+FFFD on %n line(s)</source>
        <translation>
            <numerusform>ungültiges UTF-8 in %n Zeile durch U+FFFD ersetzt</numerusform>
            <numerusform>ungültiges UTF-8 in %n Zeilen durch U+FFFD ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>image outside the site, not used: %1</source>
        <translation>Bild außerhalb der Seite, nicht verwendet: %1</translation>
    </message>
    <message>
        <source>unknown code language &apos;%1&apos;; shown as plain text</source>
        <translation>unbekannte Code-Sprache &apos;%1&apos;; als einfacher Text gezeigt</translation>
    </message>
    <message>
        <source>GitHub alert %1 shows as a plain quote: the site has no blockquote render hook</source>
        <translation>GitHub-Hinweis %1 erscheint als einfaches Zitat: Die Website hat keinen Render-Hook für Zitate</translation>
    </message>
    <message>
        <source>Mermaid is not installed; diagrams are shown as code</source>
        <translation>Mermaid ist nicht installiert; Diagramme werden als Code gezeigt</translation>
    </message>
    <message>
        <source>Mermaid is not installed, so this diagram stays code (see the README, “Diagrams”).</source>
        <translation>Mermaid ist nicht installiert, darum bleibt dieses Diagramm Code (siehe README, „Diagrams“).</translation>
    </message>
</context>
<context>
    <name>Postwright::MathEngine</name>
    <message>
        <source>KaTeX is not installed (Debian&apos;s libjs-katex)</source>
        <translation>KaTeX ist nicht installiert (Debians libjs-katex)</translation>
    </message>
    <message>
        <source>KaTeX could not be loaded: %1</source>
        <translation>KaTeX konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>cannot load the math module (%1)</source>
        <translation>kann das Formelmodul nicht laden (%1)</translation>
    </message>
</context>
<context>
    <name>Postwright::MetaCommand</name>
    <message>
        <source>Print a post&apos;s front matter as typed fields.</source>
        <translation>Die Front Matter eines Beitrags als typisierte Felder ausgeben.</translation>
    </message>
    <message>
        <source>The Markdown post to read.</source>
        <translation>Der zu lesende Markdown-Beitrag.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>expected exactly one post; see --help</source>
        <translation>genau ein Beitrag erwartet; siehe --help</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PagePrinter</name>
    <message>
        <source>the page did not load within a minute</source>
        <translation>die Seite wurde nicht innerhalb einer Minute geladen</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>die Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>printing did not finish within a minute</source>
        <translation>das Drucken ist nicht innerhalb einer Minute fertig geworden</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>das Drucken ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Postwright::PanelManager</name>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Front Matter</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFile</name>
    <message>
        <source>The file starts like UTF-%1 text but is not valid UTF-%1.</source>
        <translation>Die Datei beginnt wie UTF-%1-Text, ist aber kein gültiges UTF-%1.</translation>
    </message>
    <message>
        <source>The file is binary, not text: it holds bytes no text file has (at byte %1).</source>
        <translation>Die Datei ist binär, kein Text: Sie enthält Bytes, die keine Textdatei hat (bei Byte %1).</translation>
    </message>
    <message>
        <source>The file is UTF-8 text with invalid bytes on line %1; opening it would show and save them as garbage. Repair it in an editor that shows raw bytes.</source>
        <translation>Die Datei ist UTF-8-Text mit ungültigen Bytes in Zeile %1; beim Öffnen würden sie als Zeichensalat angezeigt und gespeichert. Reparieren Sie sie in einem Editor, der rohe Bytes zeigt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Der Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Postwright::PostsPanel</name>
    <message>
        <source>Filter posts…</source>
        <translation>Beiträge filtern …</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · Entwurf</translation>
    </message>
</context>
<context>
    <name>Postwright::PreviewController</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>S&amp;ite Preview</source>
        <translation>&amp;Website-Vorschau</translation>
    </message>
    <message>
        <source>Show the post as its site&apos;s own server (hugo or jekyll) builds it, in a tab beside the preview</source>
        <translation>Den Beitrag so zeigen, wie ihn der eigene Server der Website (hugo oder jekyll) erstellt, in einem Reiter neben der Vorschau</translation>
    </message>
    <message>
        <source>Preview &amp;Below the Editor</source>
        <translation>Vorschau &amp;unter dem Editor</translation>
    </message>
    <message>
        <source>Show Post &amp;Header</source>
        <translation>Beitrags&amp;kopf anzeigen</translation>
    </message>
    <message>
        <source>Show the post&apos;s title, date and tags above the preview, as the blog&apos;s page does</source>
        <translation>Titel, Datum und Schlagwörter des Beitrags über der Vorschau zeigen, wie die Seite des Blogs</translation>
    </message>
    <message>
        <source>Preview &amp;Stylesheet…</source>
        <translation>&amp;Stylesheet der Vorschau …</translation>
    </message>
    <message>
        <source>Preview Stylesheet</source>
        <translation>Stylesheet der Vorschau</translation>
    </message>
    <message>
        <source>Stylesheets (*.css);;All files (*)</source>
        <translation>Stylesheets (*.css);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;No Preview Stylesheet</source>
        <translation>&amp;Kein Vorschau-Stylesheet</translation>
    </message>
    <message>
        <source>Show the preview in Postwright&apos;s own style again</source>
        <translation>Die Vorschau wieder in Postwrights eigenem Stil zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Raw HTML omitted in %n place(s), as on your published site (markup.goldmark.renderer.unsafe is false).</source>
        <translation>
            <numerusform>Rohes HTML an %n Stelle weggelassen, wie auf Ihrer veröffentlichten Website (markup.goldmark.renderer.unsafe ist false).</numerusform>
            <numerusform>Rohes HTML an %n Stellen weggelassen, wie auf Ihrer veröffentlichten Website (markup.goldmark.renderer.unsafe ist false).</numerusform>
        </translation>
    </message>
    <message>
        <source>Site Preview</source>
        <translation>Website-Vorschau</translation>
    </message>
</context>
<context>
    <name>Postwright::PreviewView</name>
    <message>
        <source>Allow Web Content in Preview for This Site</source>
        <translation>Webinhalte in der Vorschau für diese Website erlauben</translation>
    </message>
    <message>
        <source>Show frames from the web (videos, embeds) in this site&apos;s posts; scripts in posts still never run</source>
        <translation>Frames aus dem Web (Videos, Einbettungen) in den Beiträgen dieser Website zeigen; Skripte in Beiträgen laufen weiterhin nie</translation>
    </message>
</context>
<context>
    <name>Postwright::SetCommand</name>
    <message>
        <source>Set front matter keys of a post, changing nothing else, and save it atomically.</source>
        <translation>Schlüssel der Front Matter eines Beitrags setzen, ohne sonst etwas zu ändern, und ihn atomar speichern.</translation>
    </message>
    <message>
        <source>The Markdown post to change.</source>
        <translation>Der zu ändernde Markdown-Beitrag.</translation>
    </message>
    <message>
        <source>VALUE in JSON syntax when it reads as JSON (lists, numbers, true, false, &quot;quoted&quot;), otherwise a string. A dotted KEY (params.author) reaches into maps.</source>
        <translation>WERT in JSON-Schreibweise, wenn er sich als JSON lesen lässt (Listen, Zahlen, true, false, &quot;in Anführungszeichen&quot;), sonst eine Zeichenkette. Ein SCHLÜSSEL mit Punkten (params.author) reicht in Zuordnungen hinein.</translation>
    </message>
    <message>
        <source>Set KEY to VALUE as a string, always.</source>
        <translation>SCHLÜSSEL immer als Zeichenkette auf WERT setzen.</translation>
    </message>
    <message>
        <source>Remove KEY.</source>
        <translation>SCHLÜSSEL entfernen.</translation>
    </message>
    <message>
        <source>expected a post and KEY=VALUE pairs; see --help</source>
        <translation>ein Beitrag und SCHLÜSSEL=WERT-Paare erwartet; siehe --help</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; ist nicht SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>nothing to set; see --help</source>
        <translation>nichts zu setzen; siehe --help</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::SettingsDialog</name>
    <message>
        <source>Configure Postwright</source>
        <translation>Postwright einrichten</translation>
    </message>
    <message>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <source>Preview, Images and Export</source>
        <translation>Vorschau, Bilder und Export</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Ask before inserting dropped images</source>
        <translation>Vor dem Einfügen abgelegter Bilder &amp;fragen</translation>
    </message>
    <message>
        <source>PDF Export</source>
        <translation>PDF-Export</translation>
    </message>
    <message>
        <source>As the locale uses</source>
        <translation>Wie im Gebietsschema üblich</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
</context>
<context>
    <name>Postwright::ShortcodeRenderer</name>
    <message>
        <source>YouTube video %1</source>
        <translation>YouTube-Video %1</translation>
    </message>
    <message>
        <source>unknown code language &apos;%1&apos;; shown as plain text</source>
        <translation>unbekannte Code-Sprache &apos;%1&apos;; als einfacher Text gezeigt</translation>
    </message>
    <message>
        <source>unknown shortcode &apos;%1&apos;</source>
        <translation>unbekannter Shortcode &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Postwright::Site</name>
    <message>
        <source>Line %1: the front matter does not parse: %2</source>
        <translation>Zeile %1: Die Front Matter lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteExporter</name>
    <message>
        <source>the page for %1 would land outside the output folder</source>
        <translation>die Seite für %1 läge außerhalb des Ausgabeordners</translation>
    </message>
</context>
<context>
    <name>Postwright::SitePreview</name>
    <message>
        <source>Restart the Server</source>
        <translation>Server neu starten</translation>
    </message>
    <message>
        <source>Save the post to see it on its site.</source>
        <translation>Speichern Sie den Beitrag, um ihn auf seiner Website zu sehen.</translation>
    </message>
    <message>
        <source>Starting the site&apos;s server (%1)…</source>
        <translation>Der Server der Website (%1) startet …</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteServer</name>
    <message>
        <source>Hugo listed no pages (hugo list all wrote no path and permalink columns).</source>
        <translation>Hugo hat keine Seiten aufgelistet (hugo list all lieferte keine Spalten path und permalink).</translation>
    </message>
    <message>
        <source>Hugo publishes no page for %1 (a headless bundle, a post outside the content folder, or one set not to render).</source>
        <translation>Hugo veröffentlicht keine Seite für %1 (ein Headless-Bundle, ein Beitrag außerhalb des Inhaltsordners oder einer, der nicht gerendert werden soll).</translation>
    </message>
    <message>
        <source>The post is not part of a Hugo or Jekyll site.</source>
        <translation>Der Beitrag gehört zu keiner Hugo- oder Jekyll-Website.</translation>
    </message>
    <message>
        <source>%1 is not installed (it was not found on PATH).</source>
        <translation>%1 ist nicht installiert (im PATH nicht gefunden).</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for the site&apos;s server.</source>
        <translation>Kein freier Port auf 127.0.0.1 für den Server der Website.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The site&apos;s server (%1) crashed.</source>
        <translation>Der Server der Website (%1) ist abgestürzt.</translation>
    </message>
    <message>
        <source>The site&apos;s server (%1) stopped with exit code %2.</source>
        <translation>Der Server der Website (%1) hat sich mit Exit-Code %2 beendet.</translation>
    </message>
    <message>
        <source>The site&apos;s server (%1) did not start (exit code %2).</source>
        <translation>Der Server der Website (%1) ist nicht gestartet (Exit-Code %2).</translation>
    </message>
    <message>
        <source>hugo list all failed: %1</source>
        <translation>hugo list all ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::SurgicalWriter</name>
    <message>
        <source>%1 is not an object Postwright can add keys to.</source>
        <translation>%1 ist kein Objekt, dem Postwright Schlüssel hinzufügen kann.</translation>
    </message>
    <message>
        <source>Postwright could not find where %1 is written.</source>
        <translation>Postwright hat nicht gefunden, wo %1 steht.</translation>
    </message>
    <message>
        <source>The edit fell outside the front matter.</source>
        <translation>Die Änderung lag außerhalb der Front Matter.</translation>
    </message>
    <message>
        <source>The edit would break the front matter (%1); nothing was changed.</source>
        <translation>Die Änderung würde die Front Matter beschädigen (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The edit would change other keys too; nothing was changed.</source>
        <translation>Die Änderung würde auch andere Schlüssel ändern; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The post has no front matter.</source>
        <translation>Der Beitrag hat keine Front Matter.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>A key is empty.</source>
        <translation>Ein Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a map of keys.</source>
        <translation>%1 ist keine Zuordnung von Schlüsseln.</translation>
    </message>
    <message>
        <source>There is no key %1.</source>
        <translation>Es gibt keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>%1 is not a table Postwright can add keys to.</source>
        <translation>%1 ist keine Tabelle, der Postwright Schlüssel hinzufügen kann.</translation>
    </message>
    <message>
        <source>TOML cannot hold this value for %1.</source>
        <translation>TOML kann diesen Wert für %1 nicht darstellen.</translation>
    </message>
    <message>
        <source>%1 is an array of tables; Postwright reads it but does not rewrite it.</source>
        <translation>%1 ist ein Array von Tabellen; Postwright liest es, schreibt es aber nicht neu.</translation>
    </message>
    <message>
        <source>%1 is a table; change its keys one by one.</source>
        <translation>%1 ist eine Tabelle; ändern Sie ihre Schlüssel einzeln.</translation>
    </message>
    <message>
        <source>%1 is written in several places; remove its keys one by one.</source>
        <translation>%1 steht an mehreren Stellen; entfernen Sie seine Schlüssel einzeln.</translation>
    </message>
    <message>
        <source>Could not find where %1 is written in the front matter.</source>
        <translation>Es ist nicht zu finden, wo %1 in der Front Matter steht.</translation>
    </message>
    <message>
        <source>%1 is written more than once; remove the extra copies first.</source>
        <translation>%1 steht mehrmals da; entfernen Sie zuerst die überzähligen Kopien.</translation>
    </message>
</context>
<context>
    <name>Postwright::ViewManager</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>No posts found in %1</source>
        <translation>Keine Beiträge in %1 gefunden</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 (site: %2)</source>
        <translation>%1 (Seite: %2)</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Could not create the post: %1</source>
        <translation>Der Artikel konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag …</translation>
    </message>
    <message>
        <source>Open &amp;Site…</source>
        <translation>&amp;Seite öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the edits this post had when Postwright last stopped without saving them</source>
        <translation>Die Änderungen dieses Beitrags wiederherstellen, die beim letzten Ende von Postwright nicht gespeichert waren</translation>
    </message>
    <message>
        <source>&amp;Discard Unsaved Changes from Last Time</source>
        <translation>Ungespeicherte Änderungen vom letzten Mal &amp;verwerfen</translation>
    </message>
    <message>
        <source>Next Post</source>
        <translation>Nächster Beitrag</translation>
    </message>
    <message>
        <source>Previous Post</source>
        <translation>Vorheriger Beitrag</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Title of the new post:</source>
        <translation>Titel des neuen Beitrags:</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown *.mdown *.mkd);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown *.mdown *.mkd);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Postwright::WebWorkerClient</name>
    <message>
        <source>the web worker did not finish within three minutes</source>
        <translation>der Web-Arbeitsprozess ist nicht innerhalb von drei Minuten fertig geworden</translation>
    </message>
    <message>
        <source>printing to PDF failed: %1</source>
        <translation>das Drucken als PDF ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot write to a temporary folder</source>
        <translation>kann nicht in einen temporären Ordner schreiben</translation>
    </message>
    <message>
        <source>the web worker wrote no diagrams</source>
        <translation>der Web-Arbeitsprozess hat keine Diagramme geschrieben</translation>
    </message>
    <message>
        <source>the web worker wrote no PDF: %1</source>
        <translation>der Web-Arbeitsprozess hat kein PDF geschrieben: %1</translation>
    </message>
</context>
</TS>
