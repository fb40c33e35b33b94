<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
      <source>Run 'postwright COMMAND --help' for a command's options.</source>
      <translation>Mit 'postwright BEFEHL --help' werden die Optionen eines Befehls angezeigt.</translation>
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
      <source>Write to FILE ('-' for standard output).</source>
      <translation>In DATEI schreiben ('-' für die Standardausgabe).</translation>
    </message>
    <message>
      <source>FILE</source>
      <translation>DATEI</translation>
    </message>
    <message>
      <source>Write the body HTML only, without the page around it.</source>
      <translation>Nur das HTML des Inhalts schreiben, ohne die umgebende Seite.</translation>
    </message>
    <message>
      <source>Drop raw HTML from the post.</source>
      <translation>Rohes HTML aus dem Beitrag entfernen.</translation>
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
      <source>cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
  </context>
  <context>
    <name>Postwright::FrontMatter</name>
    <message>
      <source>The front matter block is not closed.</source>
      <translation>Der Front-Matter-Block ist nicht abgeschlossen.</translation>
    </message>
    <message>
      <source>The front matter is not a map of keys and values.</source>
      <translation>Die Front Matter ist keine Zuordnung von Schlüsseln zu Werten.</translation>
    </message>
  </context>
  <context>
    <name>Postwright::MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
      <source>Open &amp;Site…</source>
      <translation>&amp;Seite öffnen …</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>Show &amp;Preview</source>
      <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
      <source>&amp;About Postwright</source>
      <translation>&amp;Über Postwright</translation>
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
      <source>Could not open %1</source>
      <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <source>%1 (site: %2)</source>
      <translation>%1 (Seite: %2)</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Unbenannt</translation>
    </message>
    <message>
      <source>Open Post</source>
      <translation>Beitrag öffnen</translation>
    </message>
    <message>
      <source>Markdown posts (*.md *.markdown *.mdown *.mkd);;All files (*)</source>
      <translation>Markdown-Beiträge (*.md *.markdown *.mdown *.mkd);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Open Site</source>
      <translation>Seite öffnen</translation>
    </message>
    <message>
      <source>About Postwright</source>
      <translation>Über Postwright</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;An editor for technical blog posts, aware of Hugo and Jekyll sites.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Ein Editor für technische Blogbeiträge, der Hugo- und Jekyll-Seiten kennt.&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
