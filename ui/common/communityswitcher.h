#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace guild::ui {

/// The communities this computer knows, one button each down the window's left edge (the community's
/// initial on a colour of its own, with how many chat messages wait unread), the open one marked: one
/// click opens another, without signing out of any; + adds one.
class CommunitySwitcher final : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString key;
        QString name;
        QString detail; ///< who on which server, for the tooltip
        int unread = 0;
        bool current = false;
    };

    explicit CommunitySwitcher(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setUnread(const QString &key, int unread);
    QList<Entry> entries() const { return m_entries; }
    /// One per community, in order (for tests and accessibility).
    QList<QToolButton *> buttons() const { return m_buttons; }
    QToolButton *addButton() const { return m_add; }

Q_SIGNALS:
    void chosen(const QString &key);
    void addRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void paintButton(int index);
    void retranslate();

    QList<Entry> m_entries;
    QList<QToolButton *> m_buttons;
    QVBoxLayout *m_layout;
    QToolButton *m_add;
};

} // namespace guild::ui
