#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;
class QMenu;

namespace guild::ui {

class MainWindow;

/// The keys that move around the window, in a Go and a Help menu: a panel each (Ctrl+1…8), the next
/// and previous item of the list in view (J, K), reply to and react to the chosen chat message (R, E),
/// reading text larger and smaller (Ctrl++, Ctrl+−, Ctrl+0), and the sheet of every shortcut (Ctrl+/).
/// Single keys reach these only outside text boxes (which take them as typing).
class KeyboardNavigation final : public QObject
{
    Q_OBJECT
public:
    explicit KeyboardNavigation(MainWindow &window);

    /// Moves the current item of the list in view by delta rows (J is +1, K −1).
    void step(int delta);
    /// The list J and K move: the one with focus in the open panel, else the panel's main list.
    QAbstractItemView *currentList() const;

    /// Steps from the normal size of the article and lesson text (each 10 %; 0 is normal).
    int readingZoom() const { return m_zoom; }
    void setReadingZoom(int steps);

    void showSheet();
    /// Offers the panels the member has (Admin only to authors and admins), keys included.
    void updatePanels();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow &m_window;
    QMenu *m_go;
    QMenu *m_help;
    QList<QAction *> m_panels;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_reply;
    QAction *m_react;
    QAction *m_larger;
    QAction *m_smaller;
    QAction *m_normal;
    QAction *m_sheet;
    int m_zoom = 0;
};

} // namespace guild::ui
