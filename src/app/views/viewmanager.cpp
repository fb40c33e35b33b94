#include "viewmanager.h"

#include "documents/documentmanager.h"
#include "editor/markdowneditor.h"
#include "settings.h"
#include "site/site.h"

#include <KActionCollection>
#include <KActionMenu>
#include <KStandardAction>
#include <KTextEditor/Document>
#include <KTextEditor/View>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QFontMetrics>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace Postwright {

ViewManager::ViewManager(DocumentManager *documents, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_settings(settings)
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs->setObjectName(QStringLiteral("postTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(false);
    m_tabs->setExpanding(false);
    m_tabs->setAutoHide(true); // one post: no tab bar
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack);
    connect(m_tabs, &QTabBar::currentChanged, this, &ViewManager::setCurrentIndex);
    connect(m_tabs, &QTabBar::tabCloseRequested, this, &ViewManager::closeTab);
    connect(m_documents, &DocumentManager::activationRequested, this, &ViewManager::setCurrent);
    setCurrent(addEditor());
}

MarkdownEditor *ViewManager::addEditor()
{
    MarkdownEditor *editor = m_documents->create(m_stack);
    // Only the current tab's post is read as it changes (see setCurrent).
    editor->session()->setActive(false);
    m_stack->addWidget(editor->view());
    {
        const QSignalBlocker blocker(m_tabs); // the caller decides which tab is current
        m_tabs->addTab(QString());
    }
    updateTabText(editor);
    auto changed = [this, editor] {
        updateTabText(editor);
        if (editor != m_current)
            return;
        followSite(editor);
        updateRecoveryActions();
        Q_EMIT currentTitleChanged();
    };
    connect(editor->document(), &KTextEditor::Document::modifiedChanged, this, changed);
    connect(editor->document(), &KTextEditor::Document::documentUrlChanged, this, changed);
    return editor;
}

void ViewManager::updateTabText(MarkdownEditor *editor)
{
    const int index = int(m_documents->editors().indexOf(editor));
    const QString path = editor->filePath();
    QString text = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    if (editor->document()->isModified())
        text += QStringLiteral(" •");
    m_tabs->setTabText(index, text);
    m_tabs->setTabToolTip(index, path);
}

void ViewManager::setCurrentIndex(int index)
{
    const QList<MarkdownEditor *> &editors = m_documents->editors();
    if (index >= 0 && index < editors.size() && editors[index] != m_current)
        setCurrent(editors[index]);
}

void ViewManager::showNext()
{
    setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void ViewManager::showPrevious()
{
    setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

void ViewManager::setCurrent(MarkdownEditor *editor)
{
    if (m_current && m_current != editor) {
        m_current->view()->setContentsMargins(0, 0, 0, 0);
        m_current->session()->setActive(false);
    }
    m_current = editor;
    editor->session()->setActive(true);
    m_stack->setCurrentWidget(editor->view());
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(int(m_documents->editors().indexOf(editor)));
    }
    applyColumnWidth();
    followSite(editor);
    Q_EMIT currentChanged(editor);
    // KTextEditor found the post's swap file while opening it: Ctrl+Shift+R
    // must work at once, not only after the File menu was opened.
    updateRecoveryActions();
    editor->view()->setFocus();
}

bool ViewManager::openPath(const QString &path)
{
    const QFileInfo info(path);
    QString post = info.absoluteFilePath();
    QString error;
    if (!info.exists())
        error = tr("%1 does not exist").arg(path);
    else if (info.isDir() && (post = Site::newestPostIn(path)).isEmpty())
        error = tr("No posts found in %1").arg(path);
    if (!error.isEmpty()) {
        Q_EMIT message(error, 0);
        return false;
    }
    if (MarkdownEditor *open = m_documents->find(post)) {
        setCurrent(open);
        return true;
    }
    MarkdownEditor *editor = m_current && m_current->isPristine() ? m_current : addEditor();
    if (!editor->openFile(post, &error)) {
        // Refused (not text, unreadable): said where the user looks, nothing opened.
        if (editor != m_current)
            closeTab(int(m_documents->editors().indexOf(editor)));
        error = tr("%1 was not opened: %2").arg(QFileInfo(post).fileName(), error);
        Q_EMIT message(error, 0);
        m_current->showBar(error, KTextEditor::Message::Error);
        return false;
    }
    updateTabText(editor);
    setCurrent(editor);
    const Site &site = editor->site();
    m_settings.addRecentFile(post);
    if (site.kind() != SiteKind::None)
        m_settings.addRecentSite(site.rootPath());
    updateRecentMenu();
    Q_EMIT message(site.kind() == SiteKind::None ? post : tr("%1 (site: %2)").arg(post, site.rootPath()), 5000);
    return true;
}

QString ViewManager::createPost(const QString &title)
{
    const QString folder = m_current->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_current->filePath()).absolutePath();
    QString error;
    const QString path = DocumentManager::writeNewPost(m_site, title, folder, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(window(), tr("New Post"), tr("Could not create the post: %1").arg(error));
        return {};
    }
    if (!openPath(path))
        return {};
    Q_EMIT siteChanged(m_site); // list the new post too
    m_current->view()->setCursorPosition(KTextEditor::Cursor(m_current->document()->lines() - 1, 0));
    return path;
}

bool ViewManager::reopenLastSession()
{
    bool opened = false;
    for (const QString &file : m_settings.openFiles())
        if (QFileInfo(file).isFile())
            opened = openPath(file) || opened;
    if (MarkdownEditor *current = m_documents->find(m_settings.currentFile()))
        setCurrent(current);
    return opened;
}

void ViewManager::setUpActions(KActionCollection *actions)
{
    m_actions = actions;
    auto add = [actions](const char *name, const QString &text, const QString &icon, const QKeySequence &key = {}) {
        QAction *action = actions->addAction(QLatin1String(name));
        action->setText(text);
        action->setIcon(QIcon::fromTheme(icon));
        actions->setDefaultShortcut(action, key);
        return action;
    };
    connect(add("file_new_post", tr("&New Post…"), QStringLiteral("document-new"), QKeySequence::New), &QAction::triggered,
            this, &ViewManager::newPostDialog);
    KStandardAction::open(this, [this] { openDialog(false); }, actions);
    connect(add("file_open_site", tr("Open &Site…"), QStringLiteral("folder-open")), &QAction::triggered, this,
            [this] { openDialog(true); });
    m_recent = new KActionMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"), this);
    m_recent->setPopupMode(QToolButton::InstantPopup);
    actions->addAction(QStringLiteral("file_open_recent_posts"), m_recent);
    KStandardAction::save(this, [this] { m_current->save(); }, actions);
    KStandardAction::saveAs(this, [this] { m_documents->saveAs(m_current, m_site.rootPath()); }, actions);
    KStandardAction::close(this, [this] { closeTab(m_tabs->currentIndex()); }, actions);
    // Swap-file recovery from the keyboard too (KTextEditor's bar has buttons only).
    QAction *recover = add("file_recover", tr("&Recover Unsaved Changes"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    recover->setToolTip(tr("Restore the edits this post had when Postwright last stopped without saving them"));
    connect(recover, &QAction::triggered, this, [this] {
        if (m_current->document()->isDataRecoveryAvailable())
            m_current->document()->recoverData();
        updateRecoveryActions();
    });
    connect(add("file_discard_recovery", tr("&Discard Unsaved Changes from Last Time"), {}), &QAction::triggered, this, [this] {
        if (m_current->document()->isDataRecoveryAvailable())
            m_current->document()->discardDataRecovery();
        updateRecoveryActions();
    });
    connect(add("next_post", tr("Next Post"), {}, QKeySequence::NextChild), &QAction::triggered, this, &ViewManager::showNext);
    connect(add("previous_post", tr("Previous Post"), {}, QKeySequence::PreviousChild), &QAction::triggered, this,
            &ViewManager::showPrevious);
    updateRecentMenu();
    updateRecoveryActions();
}

void ViewManager::followSite(MarkdownEditor *editor)
{
    const Site &site = editor->site();
    if (!editor->filePath().isEmpty() && (site.rootPath() != m_site.rootPath() || site.kind() != m_site.kind())) {
        m_site = site;
        Q_EMIT siteChanged(m_site);
    }
}

void ViewManager::updateRecoveryActions()
{
    if (!m_actions)
        return;
    const bool available = m_current && m_current->document()->isDataRecoveryAvailable();
    m_actions->action(QStringLiteral("file_recover"))->setEnabled(available);
    m_actions->action(QStringLiteral("file_discard_recovery"))->setEnabled(available);
}

void ViewManager::updateRecentMenu()
{
    if (!m_recent)
        return;
    QMenu *menu = m_recent->menu();
    menu->clear();
    for (const QString &file : m_settings.recentFiles())
        menu->addAction(QFileInfo(file).fileName(), this, [this, file] { openPath(file); })->setToolTip(file);
    if (const QStringList sites = m_settings.recentSites(); !sites.isEmpty()) {
        menu->addSection(tr("Sites"));
        for (const QString &site : sites)
            menu->addAction(site, this, [this, site] { openPath(site); });
    }
    m_recent->setEnabled(!menu->isEmpty());
}

void ViewManager::newPostDialog()
{
    bool ok = false;
    const QString title = QInputDialog::getText(window(), tr("New Post"), tr("Title of the new post:"), QLineEdit::Normal,
                                                QString(), &ok);
    if (ok && !title.trimmed().isEmpty())
        createPost(title.trimmed());
    m_current->view()->setFocus();
}

void ViewManager::openDialog(bool site)
{
    const QString path = site ? QFileDialog::getExistingDirectory(window(), tr("Open Site"), m_site.rootPath())
                              : QFileDialog::getOpenFileName(window(), tr("Open Post"), m_site.rootPath(),
                                                             tr("Markdown posts (*.md *.markdown *.mdown *.mkd);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
    m_current->view()->setFocus();
}

bool ViewManager::closeTab(int index)
{
    const QList<MarkdownEditor *> &editors = m_documents->editors();
    if (index < 0 || index >= editors.size())
        return false;
    MarkdownEditor *editor = editors[index];
    if (!m_documents->settleUnsaved({editor}, m_site.rootPath()))
        return false;
    if (editors.size() == 1) {
        // The last tab stays, empty: the window always has an editor.
        m_documents->clear(editor);
        updateTabText(editor);
        setCurrent(editor);
        return true;
    }
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->removeTab(index);
    }
    const bool wasCurrent = editor == m_current;
    if (wasCurrent)
        m_current = nullptr;
    m_documents->close(editor);
    if (wasCurrent)
        setCurrent(m_documents->editors().value(qMin(index, int(m_documents->editors().size()) - 1)));
    return true;
}

void ViewManager::setColumnWidth(int columns)
{
    m_columns = columns;
    applyColumnWidth();
}

void ViewManager::applyColumnWidth()
{
    if (!m_current)
        return;
    KTextEditor::View *view = m_current->view();
    if (m_columns <= 0) {
        view->setContentsMargins(0, 0, 0, 0);
        return;
    }
    // The text's own font, from Kate's settings, not the widget's.
    const QFont font = view->configValue(QStringLiteral("font")).value<QFont>();
    const int column = QFontMetrics(font).horizontalAdvance(QString(m_columns, u'M'));
    // The column centred in the window: in focus mode the text is all of it
    // (the width here follows once the layout has caught up).
    const int margin = qMax(0, (window()->width() - column) / 2);
    view->setContentsMargins(margin, 0, margin, 0);
}

void ViewManager::setTabBarAllowed(bool allowed)
{
    m_tabs->setAutoHide(allowed); // shown for two posts or more
    m_tabs->setVisible(allowed && m_tabs->count() > 1);
}

void ViewManager::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyColumnWidth();
}

} // namespace Postwright
