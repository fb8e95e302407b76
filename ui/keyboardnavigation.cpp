#include "keyboardnavigation.h"

#include "chat/chatpanel.h"
#include "common/safetextbrowser.h"
#include "common/shortcutsheet.h"
#include "courses/coursepage.h"
#include "courses/coursespanel.h"
#include "courses/lessonview.h"
#include "feed/articleview.h"
#include "feed/feedpanel.h"
#include "mainwindow.h"
#include "saved/savedpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QListView>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
constexpr int ZoomMin = -4;
constexpr int ZoomMax = 10;

QList<SafeTextBrowser *> readers(MainWindow &window)
{
    return {window.feedPanel()->reader()->browser(), window.coursesPanel()->coursePage()->lessonView()->body()};
}
} // namespace

KeyboardNavigation::KeyboardNavigation(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_go(window.menuBar()->addMenu(QString()))
    , m_help(window.menuBar()->addMenu(QString()))
{
    for (int panel = MainWindow::FeedPage; panel <= MainWindow::SavedPage; ++panel) {
        QAction *action =
            m_go->addAction(QString(), this, [this, panel] { m_window.showPanel(MainWindow::Panel(panel)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + panel)));
        m_panels.append(action);
    }
    m_go->addSeparator();
    m_next = m_go->addAction(QString(), this, [this] { step(1); });
    m_next->setShortcut(QKeySequence(Qt::Key_J));
    m_previous = m_go->addAction(QString(), this, [this] { step(-1); });
    m_previous->setShortcut(QKeySequence(Qt::Key_K));
    m_reply = m_go->addAction(QString(), this, [this] {
        ChatPanel *chat = m_window.chatPanel();
        const QModelIndex current = chat->messageList()->currentIndex();
        if (m_window.currentPanel() == MainWindow::ChatPage && current.isValid()) {
            chat->replyToRow(current.row());
        }
    });
    m_reply->setShortcut(QKeySequence(Qt::Key_R));
    m_react = m_go->addAction(QString(), this, [this] {
        ChatPanel *chat = m_window.chatPanel();
        QListView *list = chat->messageList();
        const QModelIndex current = list->currentIndex();
        if (m_window.currentPanel() == MainWindow::ChatPage && current.isValid()) {
            // The message's own menu, with its reactions first, where the message is.
            chat->showMessageActions(current, list->visualRect(current).topLeft() + QPoint(24, 8));
        }
    });
    m_react->setShortcut(QKeySequence(Qt::Key_E));
    m_go->addSeparator();
    m_larger = m_go->addAction(QString(), this, [this] { setReadingZoom(m_zoom + 1); });
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = m_go->addAction(QString(), this, [this] { setReadingZoom(m_zoom - 1); });
    m_smaller->setShortcut(QKeySequence::ZoomOut);
    m_normal = m_go->addAction(QString(), this, [this] { setReadingZoom(0); });
    m_normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_sheet = m_help->addAction(QString(), this, &KeyboardNavigation::showSheet);
    m_sheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_go, &QMenu::aboutToShow, this, &KeyboardNavigation::updatePanels);
    window.installEventFilter(this);
    retranslate();
    updatePanels();
}

QAbstractItemView *KeyboardNavigation::currentList() const
{
    // The panel's own widget: panels hold stacks of their own, so it is not searched for.
    QWidget *page = m_window.currentPage();
    if (auto *focused = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        focused && page && page->isAncestorOf(focused)) {
        return focused;
    }
    switch (m_window.currentPanel()) {
    case MainWindow::FeedPage:
        return m_window.feedPanel()->list();
    case MainWindow::ChatPage:
        return m_window.chatPanel()->messageList();
    case MainWindow::SavedPage:
        return m_window.savedPanel()->list();
    default:
        break;
    }
    // Elsewhere the first list in view that has something in it.
    const QList<QAbstractItemView *> views =
        page ? page->findChildren<QAbstractItemView *>() : QList<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->model() && view->model()->rowCount(view->rootIndex()) > 0) {
            return view;
        }
    }
    return nullptr;
}

void KeyboardNavigation::step(int delta)
{
    QAbstractItemView *view = currentList();
    if (!view || !view->model()) {
        return;
    }
    const int rows = view->model()->rowCount(view->rootIndex());
    if (rows == 0) {
        return;
    }
    const QModelIndex current = view->currentIndex();
    // From nothing chosen, J takes the first and K the last.
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : (delta > 0 ? 0 : rows - 1);
    const QModelIndex next = view->model()->index(row, 0, view->rootIndex());
    view->setCurrentIndex(next);
    view->scrollTo(next);
    view->setFocus(Qt::ShortcutFocusReason); // where the keys act next, and the focus frame shows it
}

void KeyboardNavigation::setReadingZoom(int steps)
{
    m_zoom = std::clamp(steps, ZoomMin, ZoomMax);
    for (SafeTextBrowser *browser : readers(m_window)) {
        QFont font = QApplication::font(browser);
        font.setPointSizeF(font.pointSizeF() * (1.0 + 0.1 * m_zoom));
        browser->setFont(font);
    }
}

void KeyboardNavigation::updatePanels()
{
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        m_panels.at(i)->setVisible(m_window.panelAvailable(MainWindow::Panel(i)));
    }
}

void KeyboardNavigation::showSheet()
{
    updatePanels();
    auto *sheet = new ShortcutSheet(m_window.menuBar(), &m_window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return false;
}

void KeyboardNavigation::retranslate()
{
    m_go->setTitle(tr("G&o"));
    m_help->setTitle(tr("&Help"));
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        m_panels.at(i)->setText(MainWindow::panelName(MainWindow::Panel(i)));
    }
    m_next->setText(tr("Next item"));
    m_previous->setText(tr("Previous item"));
    m_reply->setText(tr("Reply to the chosen message"));
    m_react->setText(tr("React to the chosen message…"));
    m_larger->setText(tr("Larger reading text"));
    m_smaller->setText(tr("Smaller reading text"));
    m_normal->setText(tr("Normal reading text"));
    m_sheet->setText(tr("&Keyboard shortcuts"));
}

} // namespace guild::ui
